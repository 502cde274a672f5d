// Public face of the annotation-exchange file format.
export { buildAnnotationFile, type AnnotationFileFilter } from './build-annotation-file';
export { parseAnnotationFile, MAX_ANNOTATION_FILE_CHARS } from './parse-annotation-file';
export {
  annotationFileSchema,
  ANNOTATION_FILE_FORMAT,
  ANNOTATION_FILE_VERSION,
  type AnnotationFile,
  type FileAnnotation,
  type FileDocument,
} from './schema';
export { annotationFileJsonSchema } from './json-schema';
