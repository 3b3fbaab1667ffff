import type { ComponentChildren } from 'preact';
import { useI18n } from './i18n';
import { IconLogo } from './icons';

/** The brand and page-level actions at the top of a full extension page. */
export function PageHeader({ children }: { children?: ComponentChildren }) {
  const { t } = useI18n();
  return (
    <header class="page__header">
      <span class="page__brand">
        <IconLogo size={24} />
        <span>{t('app.name')}</span>
      </span>
      <span class="page__header-spacer" />
      {children && <div class="toolbar-row no-print">{children}</div>}
    </header>
  );
}
