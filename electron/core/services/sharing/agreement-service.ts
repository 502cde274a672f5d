// Agreement between coders in the open project, with each disagreement's settlement if there is one.
import type { Output } from '../../../../shared/api/contract';
import { computeAgreement } from '../../../../shared/agreement';
import { listAllAnnotations } from '../../db/tables/annotations';
import { listReconciliations } from '../../db/tables/reconciliations';
import type { ProjectSession } from '../../project/project-session';

export interface AgreementFilter {
  coderIds?: readonly string[] | undefined;
  documentIds?: readonly string[] | undefined;
  codeIds?: readonly string[] | undefined;
}

export type AgreementResult = Output<'sharing:agreement'>;

export function projectAgreement(session: ProjectSession, filter: AgreementFilter): AgreementResult {
  return session.transaction(() => {
    const report = computeAgreement({ annotations: listAllAnnotations(session.db), ...filter });
    const settled = new Map(
      listReconciliations(session.db).map((r) => [`${r.documentId}\u0000${r.codeId}`, r]),
    );
    return {
      ...report,
      disagreements: report.disagreements.map((d) => {
        const r = settled.get(`${d.documentId}\u0000${d.codeId}`);
        return { ...d, settled: r ? { stanceId: r.stanceId, by: r.settledBy, at: r.settledAt } : null };
      }),
    };
  });
}
