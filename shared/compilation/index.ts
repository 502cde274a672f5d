// Public surface of the compilation model: matrix, remissammanställning and excerpt rows.
export * from './compilation-filter';
export * from './compilation-labels';
export * from './document-reference';
export * from './export-metadata';
export * from './proposal-order';
export * from './build-matrix';
export * from './build-compilation';
export * from './build-excerpt-rows';
