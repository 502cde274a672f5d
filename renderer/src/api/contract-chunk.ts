// The zod side of the API contract the renderer checks answers with; built as its own chunk (see validation.ts).
export { parseOutput } from '../../../shared/api/validate';
export { exportResultSchema } from '../../../shared/api/channels/compilation';
export { importJobResultSchema } from '../../../shared/api/channels/import';
export { suggestAllResultSchema } from '../../../shared/api/channels/suggestions';
