// The user's settings as the content script needs them, read defensively: a missing or
// malformed field falls back to its default, never to an error in the page.
import { RUBRIC_IDS, type RubricId, type Sensitivity } from '../../heuristics/types';
import type { LanguageSetting } from '../../utils/storage';

export interface ContentSettings {
  /** Read pages as they open; when off, only when the popup asks. */
  autoScan: boolean;
  sensitivity: Sensitivity;
  disabledRubrics: RubricId[];
  /** Marks in the page on by default. */
  marksDefault: boolean;
  /** Hostnames where Sceptic stays quiet (subdomains included). */
  disabledSites: string[];
  /** The interface language, which the hover card speaks: 'auto' follows the browser. */
  language: LanguageSetting;
}

export const DEFAULT_SETTINGS: ContentSettings = {
  autoScan: true,
  sensitivity: 'normal',
  disabledRubrics: [],
  marksDefault: true,
  disabledSites: [],
  language: 'auto',
};

const SENSITIVITIES: readonly Sensitivity[] = ['lenient', 'normal', 'strict'];
const LANGUAGES: readonly LanguageSetting[] = ['auto', 'en', 'zh'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The hostname rule of utils/storage.ts, which the options page writes through. */
const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

function isRubric(v: unknown): v is RubricId {
  return (RUBRIC_IDS as readonly unknown[]).includes(v);
}

function isHostname(v: unknown): v is string {
  return typeof v === 'string' && HOSTNAME.test(v);
}

/**
 * Settings from whatever is stored, as utils/storage.ts reads them (it carries zod, which the
 * content script leaves out): each field checked on its own, the default for any that fails.
 */
export function parseSettings(raw: unknown): ContentSettings {
  const out: ContentSettings = { ...DEFAULT_SETTINGS, disabledRubrics: [], disabledSites: [] };
  if (!isRecord(raw)) return out;
  if (typeof raw.autoScan === 'boolean') out.autoScan = raw.autoScan;
  if (SENSITIVITIES.includes(raw.sensitivity as Sensitivity)) out.sensitivity = raw.sensitivity as Sensitivity;
  const rubrics = raw.disabledRubrics;
  if (Array.isArray(rubrics) && rubrics.length <= RUBRIC_IDS.length && rubrics.every(isRubric)) out.disabledRubrics = [...rubrics];
  if (typeof raw.marksDefault === 'boolean') out.marksDefault = raw.marksDefault;
  const sites = raw.disabledSites;
  if (Array.isArray(sites) && sites.length <= 1000 && sites.every(isHostname)) out.disabledSites = [...sites];
  if (LANGUAGES.includes(raw.language as LanguageSetting)) out.language = raw.language as LanguageSetting;
  return out;
}

/** Is Sceptic switched off for this hostname (or a domain it belongs to)? */
export function siteDisabled(host: string, settings: ContentSettings): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return settings.disabledSites.some((d) => h === d || h.endsWith(`.${d}`));
}

/**
 * Ask the background for the settings (content scripts do not read storage.local, which the
 * background closes to them where the browser allows). Any failure, or a malformed answer, gives
 * the defaults field by field.
 */
export async function askSettings(send: (msg: { type: 'content/get-settings' }) => Promise<unknown>): Promise<ContentSettings> {
  try {
    return parseSettings(await send({ type: 'content/get-settings' }));
  } catch {
    return parseSettings(undefined);
  }
}
