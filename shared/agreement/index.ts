// Public face of coder agreement: kappa, alpha, span overlap and disagreements.
export {
  computeAgreement,
  type AgreementInput,
  type AgreementReport,
  type AgreementStats,
  type Disagreement,
  type PairAgreement,
} from './compute-agreement';
export { percentAgreement, cohensKappa, krippendorffAlpha } from './nominal-measures';
export { overlapCounts, jaccard, f1, type Span, type OverlapCounts } from './span-overlap';
export { NOT_TAGGED, UNSPECIFIED_STANCE } from './coding-units';
