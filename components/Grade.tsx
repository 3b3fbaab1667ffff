import type { Grade } from '../heuristics/types';
import { useI18n } from './i18n';

/** The grade letter on its band's colour (the badge's), or the badge's neutral mark when there is none. */
export function GradeTile({ grade, small = false, testId, mark = '–' }: { grade: Grade | null; small?: boolean; testId?: string; mark?: string }) {
  const { t } = useI18n();
  return (
    <div
      class={`grade-tile grade-tile--${grade ?? 'none'}${small ? ' grade-tile--small' : ''}`}
      role="img"
      aria-label={grade ? t('grade.aria', { grade }) : t('grade.ariaNone')}
      data-testid={testId}
    >
      <span aria-hidden="true">{grade ?? mark}</span>
    </div>
  );
}
