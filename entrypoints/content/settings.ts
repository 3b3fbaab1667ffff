// The user's settings as the content script needs them, read defensively: a missing or
// malformed field falls back to its default, never to an error in the page.
import { RUBRIC_IDS } from '../../heuristics/types';
import {
  DEFAULT_SETTINGS,
  defaultSettings,
  isHostname,
  isLanguageSetting,
  isRubric,
  isSensitivity,
  MAX_DISABLED_SITES,
  type Settings,
} from '../../utils/settings';

export { DEFAULT_SETTINGS };

/** The settings as the content script needs them: all of them (scan on load, sensitivity, rubrics, marks, sites off, language). */
export type ContentSettings = Settings;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Settings from whatever is stored, as utils/storage.ts reads them (it carries zod, which the
 * content script leaves out): each field checked on its own, the default for any that fails.
 */
export function parseSettings(raw: unknown): ContentSettings {
  const out: ContentSettings = defaultSettings();
  if (!isRecord(raw)) return out;
  if (typeof raw.autoScan === 'boolean') out.autoScan = raw.autoScan;
  if (isSensitivity(raw.sensitivity)) out.sensitivity = raw.sensitivity;
  const rubrics = raw.disabledRubrics;
  if (Array.isArray(rubrics) && rubrics.length <= RUBRIC_IDS.length && rubrics.every(isRubric)) out.disabledRubrics = [...rubrics];
  if (typeof raw.marksDefault === 'boolean') out.marksDefault = raw.marksDefault;
  const sites = raw.disabledSites;
  if (Array.isArray(sites) && sites.length <= MAX_DISABLED_SITES && sites.every(isHostname)) out.disabledSites = [...sites];
  if (isLanguageSetting(raw.language)) out.language = raw.language;
  return out;
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
