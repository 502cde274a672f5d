// Refuses XML with document type or entity declarations (billion laughs, external entities).
import { ImportError } from './import-error';

/** Throws corrupt_file when the XML declares a DOCTYPE or ENTITY; office files never need them. */
export function assertSafeXml(fileName: string, entryName: string, xml: string): void {
  if (/<!DOCTYPE|<!ENTITY/iu.test(xml)) {
    throw new ImportError(
      'corrupt_file',
      fileName,
      `${entryName} declares a DTD or entities, which office files never do`,
    );
  }
}
