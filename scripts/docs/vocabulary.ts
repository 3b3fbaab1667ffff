// Re-exports for the docs renderer, plus the words the docs use for each sensitivity.
export { CLAIM_KINDS, ROLES, RUBRIC_IDS, type RubricId } from '../../heuristics/types';

export const SENSITIVITIES_DOC = {
  lenient: 'not shown, no points off',
  normal: 'shown, points off',
  strict: 'shown, points off',
} as const;
