export type { Correction, CorrectionKind, CorrectionMark, CorrectionRequest } from './types';
export {
  applyCorrections,
  findEntity,
  holdsOn,
  type CorrectedAnalysis,
  type CorrectedEntity,
  type HiddenEntity,
} from './apply';
export { nameKey, siteOf } from './name-key';
export { CORRECTIONS_KEY, readStoredCorrections, UNREADABLE_KEY } from './stored';
export {
  createCorrectionsStore,
  newCorrection,
  CorrectionsSaveError,
  type CorrectionsStore,
  type CorrectionsStorage,
} from './store';
