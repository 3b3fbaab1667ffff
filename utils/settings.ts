// The settings core, without zod: what the settings are, their defaults, the lists their values
// come from, and whether Sceptic is off on a site. The content script (which leaves zod out)
// and utils/storage.ts (which checks what it reads and writes with zod) both build on it.
import { RUBRIC_IDS, type RubricId, SENSITIVITIES, type Sensitivity } from '../heuristics/types';
import { LANGUAGES, type LanguageSetting } from '../locales/lang';

export { LANGUAGES, type LanguageSetting, SENSITIVITIES, type Sensitivity };

/** What the user chose on the options page; every part of Sceptic reads it. */
export interface Settings {
  /** Scan every page on load (true) or only when the toolbar button is clicked (false). */
  autoScan: boolean;
  sensitivity: Sensitivity;
  /** Rubric questions whose rules are switched off. */
  disabledRubrics: RubricId[];
  /** The interface language: 'auto' follows the browser. */
  language: LanguageSetting;
  /** Whether claims are marked in the page when a scan finishes. */
  marksDefault: boolean;
  /** Hostnames where Sceptic stays off; each also covers its subdomains. */
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  autoScan: true,
  sensitivity: 'normal',
  disabledRubrics: [],
  language: 'auto',
  marksDefault: true,
  disabledSites: [],
});

/** The defaults, with lists of their own to change. */
export function defaultSettings(): Settings {
  return { ...DEFAULT_SETTINGS, disabledRubrics: [], disabledSites: [] };
}

/** The most sites the user can turn Sceptic off on. */
export const MAX_DISABLED_SITES = 1000;

/** A hostname as the options page stores it: lower case, dot-separated labels of letters, digits and inner hyphens. */
export const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export function isHostname(v: unknown): v is string {
  return typeof v === 'string' && HOSTNAME.test(v);
}

export function isSensitivity(v: unknown): v is Sensitivity {
  return (SENSITIVITIES as readonly unknown[]).includes(v);
}

export function isLanguageSetting(v: unknown): v is LanguageSetting {
  return (LANGUAGES as readonly unknown[]).includes(v);
}

export function isRubric(v: unknown): v is RubricId {
  return (RUBRIC_IDS as readonly unknown[]).includes(v);
}

/**
 * Whether Sceptic is off on this hostname: a listed site covers itself and its subdomains
 * (`www.` among them); case and a final dot do not matter.
 */
export function isSiteOff(settings: Pick<Settings, 'disabledSites'>, host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return settings.disabledSites.some((site) => h === site || h.endsWith(`.${site}`));
}
