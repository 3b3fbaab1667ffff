// The frame every extension page shares: the settings, read and kept live, and the interface
// language they choose for everything inside. Until the settings are read the page shows
// `waiting`, or, without it, draws itself on the default settings at once.
import type { ComponentChildren } from 'preact';
import { FALLBACK_SETTINGS, useSettings } from '../hooks/storage';
import type { Read, Settings } from '../utils/storage';
import { I18nProvider } from './i18n';

export function PageShell({ waiting, children }: { waiting?: ComponentChildren; children: (settings: Read<Settings>) => ComponentChildren }) {
  const settings = useSettings();
  return (
    <I18nProvider settings={(settings ?? FALLBACK_SETTINGS).value}>
      {settings === null && waiting !== undefined ? waiting : children(settings ?? FALLBACK_SETTINGS)}
    </I18nProvider>
  );
}
