// The application version, injected at build time (falls back to the package version in dev).
declare const __REMISSKOD_VERSION__: string | undefined;

export const APP_VERSION: string =
  typeof __REMISSKOD_VERSION__ === 'string' ? __REMISSKOD_VERSION__ : '0.0.0-dev';
