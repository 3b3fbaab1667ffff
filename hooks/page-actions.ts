// What a page can do with the scan it shows: copy the questions for the vendor, export the report
// as Markdown or JSON, save it to the library and add it to the comparison. Each action says how
// it went. A scan is saved under its one id (scanId), from whichever page saves it.
import { useState } from 'preact/hooks';
import { useI18n } from '../components/i18n';
import { joinList, type Translate, type UiLang } from '../locales/index';
import { copyText, downloadText } from '../utils/download';
import { fileName, questionsText, type ReportInput, reportJson, reportMarkdown } from '../utils/export';
import { titleOrHost } from '../utils/present';
import type { TabState } from '../utils/protocol';
import { addToComparison, MAX_COMPARED, MAX_SAVED_REPORTS, type SavedReport, type Settings, saveReport } from '../utils/storage';

/** The engine version an export names when the report carries none. */
const ENGINE_VERSION_FALLBACK = '0';

export interface PageActionsOptions {
  /** Says how an action went, to the page's live region. */
  say: (text: string) => void;
  /**
   * Asked before a save drops the oldest saved reports to make room, with the sentence that names
   * them; says whether to go on. Without it, nothing is dropped and nothing saved.
   */
  confirmEvict?: (evict: SavedReport[], message: string) => boolean | Promise<boolean>;
  /** The id of the saved report the page shows, when it shows one: that one is not saved again. */
  savedId?: string | null;
  /** Told the id the scan was saved under. */
  onSaved?: (id: string) => void;
}

export interface PageActions {
  /** Copy the vendor questions as plain text. */
  copy(): Promise<void>;
  exportAs(ext: 'md' | 'json'): void;
  /** Save the scan to the library: the id it is saved under, or null when it was not saved. */
  save(): Promise<string | null>;
  /** Save the scan and add it to the comparison. */
  compare(): Promise<void>;
}

/** A tab's report as a saved report holds it. */
export function scanOfTab(state: Extract<TabState, { status: 'ready' }>, sensitivity: Settings['sensitivity']): Omit<SavedReport, 'id'> {
  return { url: state.url, title: state.title, at: state.at, report: state.report, sensitivity };
}

/** The file an export is written to: a selection's name says it is one. */
function exportFile(input: ReportInput, ext: 'md' | 'json'): string {
  const name = fileName(input.url, input.at, ext);
  return input.selection ? name.replace(/^sceptic-/, 'sceptic-selection-') : name;
}

/** The actions on one scan, in the interface language given. */
export function pageActions(t: Translate, lang: UiLang, input: ReportInput, opts: PageActionsOptions): PageActions {
  const { say } = opts;
  const store = async (): Promise<string | null> => {
    if (opts.savedId) return opts.savedId;
    const scan: Omit<SavedReport, 'id'> = { url: input.url, title: input.title, at: input.at, sensitivity: input.sensitivity, report: input.report };
    let out = await saveReport(scan);
    if (out.status === 'needs-room') {
      const names = joinList(
        lang,
        out.evict.map((r) => titleOrHost(r.title, r.url)),
      );
      if (!(await opts.confirmEvict?.(out.evict, t('popup.savedFull', { max: MAX_SAVED_REPORTS, list: names })))) return null;
      out = await saveReport(scan, { allowEvict: true });
    }
    if (out.status !== 'saved') {
      say(t('popup.tooLarge'));
      return null;
    }
    opts.onSaved?.(out.saved.id);
    return out.saved.id;
  };
  // A full or failing storage is said in words, never swallowed.
  const failed = () => {
    say(t('popup.storageFailed'));
    return null;
  };
  return {
    async copy() {
      const { text, count } = questionsText(t, lang, input);
      if (!count) return say(t('popup.copyNone'));
      say((await copyText(text)) ? t('popup.copied', { count }) : t('popup.copyFailed'));
    },
    exportAs(ext) {
      const file = exportFile(input, ext);
      if (ext === 'md') downloadText(file, 'text/markdown', reportMarkdown(t, lang, input, input.report.engine || ENGINE_VERSION_FALLBACK));
      else downloadText(file, 'application/json', reportJson(input, lang));
      say(t('popup.exported', { file }));
    },
    async save() {
      try {
        const id = await store();
        if (id) say(t('report.saved'));
        return id;
      } catch {
        return failed();
      }
    },
    async compare() {
      try {
        const id = await store();
        if (!id) return;
        const added = await addToComparison(id);
        if (added.status === 'full') return say(t('popup.comparisonFull', { max: MAX_COMPARED }));
        say(added.replaced ? t('popup.replaced', { count: added.ids.length }) : t('popup.added', { count: added.ids.length }));
      } catch {
        failed();
      }
    },
  };
}

/** The actions on the scan a page shows, and the id it is saved under once it is (or null). */
export function usePageActions(input: ReportInput, opts: Omit<PageActionsOptions, 'onSaved'>): PageActions & { savedId: string | null } {
  const { t, lang } = useI18n();
  const [savedId, setSavedId] = useState<string | null>(opts.savedId ?? null);
  return { ...pageActions(t, lang, input, { ...opts, onSaved: setSavedId }), savedId };
}
