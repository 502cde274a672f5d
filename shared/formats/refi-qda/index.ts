// Public face of REFI-QDA exchange: build and read .qde/.qdc, map positions and stances.
export { buildQde, type BuiltQde, type BuildQdeOptions, type QdeSource, QDE_NAMESPACE } from './build-qde';
export { buildQdc, QDC_NAMESPACE } from './build-qdc';
export { parseQde } from './parse-qde';
export { parseQdc } from './parse-qdc';
export {
  refiToProject,
  resolveSourcePath,
  type RefiImport,
  type RefiDocument,
  type LineEndingCount,
} from './to-project';
export { positionMap, toLf, type PositionMap } from './positions';
export { guidFor, isGuid } from './guid';
export type {
  RefiProject,
  RefiCode,
  RefiSource,
  RefiSelection,
  RefiUser,
  RefiNote,
  RefiCoding,
} from './refi-types';
