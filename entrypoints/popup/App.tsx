// The popup: the tab's grade at a glance, then its claims, most questionable first, each with
// the sceptical note and the question for the vendor; filters, marks, copy, export, compare.
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ClaimCard } from '../../components/ClaimCard';
import { copyText, downloadText } from '../../components/download';
import { GradeTile } from '../../components/Grade';
import { FALLBACK_SETTINGS, useDismissed, useSettings } from '../../components/hooks';
import { I18nProvider, useI18n } from '../../components/i18n';
import { IconColumns, IconCopy, IconDownload, IconGear, IconLogo, IconReport } from '../../components/icons';
import { Live, useAnnouncer } from '../../components/Live';
import { getState, marksState, openPage, requestScan, setMarks, showClaim, tabInfo, targetTab, watchState } from '../../components/tab';
import { CLAIM_KINDS, type ClaimKind, type Flag, type PageReport, type Verdict } from '../../heuristics/types';
import type { MessageKey } from '../../locales/index';
import { fileName, questionsText, reportJson, reportMarkdown, signalLabel } from '../../utils/export';
import type { TabState } from '../../utils/messages';
import { hostOf, sortedClaims, unquote } from '../../utils/present';
import {
  addToComparison,
  MAX_COMPARED,
  MAX_SAVED_REPORTS,
  type Read,
  type SavedReport,
  type Settings,
  saveReport,
  setDismissed,
  siteIsDisabled,
  updateSettings,
} from '../../utils/storage';
import { firstLook, type View, viewOfState } from './decide';

const ENGINE_VERSION_FALLBACK = '0';
/** How long a page asked to scan may take before the popup offers to try again. */
const NO_ANSWER_MS = 20_000;

export function App() {
  const settings = useSettings();
  return (
    <I18nProvider settings={(settings ?? FALLBACK_SETTINGS).value}>
      {settings ? <Popup settings={settings} /> : <main class="popup" aria-busy="true" />}
    </I18nProvider>
  );
}

function Popup({ settings }: { settings: Read<Settings> }) {
  const { t } = useI18n();
  const [tabId, setTabId] = useState<number | undefined>();
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const s = settings.value;

  useEffect(() => {
    let alive = true;
    let stop = () => {};
    let giveUp: number | undefined;
    const fromState = (st: TabState) => viewOfState(st, s);
    (async () => {
      const id = await targetTab();
      if (!alive) return;
      if (id === undefined) return setView({ kind: 'no-tab' });
      setTabId(id);
      // A site the user turned off stays off, even when a report for it is still held.
      const where = await tabInfo(id);
      if (!alive) return;
      if (where?.url && /^https?:/i.test(where.url) && siteIsDisabled(s, hostOf(where.url))) return setView({ kind: 'site-off', host: hostOf(where.url) });
      stop = watchState(id, (st) => {
        const v = fromState(st);
        if (alive && v) setView(v);
      });
      const st = await getState(id);
      if (!alive) return;
      const known = fromState(st);
      if (known) return setView(known);
      // Nothing known about the tab yet: find out why, and scan when that is what the user wants.
      const first = firstLook(where, s);
      setView(first.view);
      if (!first.scan) return;
      const asked = await requestScan(id);
      if (!alive) return;
      if (!asked.ok) return setView({ kind: 'unreadable', reason: asked.reason });
      // A page that never answers gets a way out rather than an endless spinner.
      giveUp = window.setTimeout(() => {
        if (alive) setView((v) => (v.kind === 'scanning' ? { kind: 'error', message: t('popup.noAnswer') } : v));
      }, NO_ANSWER_MS);
    })().catch((err: unknown) => alive && setView({ kind: 'error', message: err instanceof Error ? err.message : String(err) }));
    return () => {
      alive = false;
      window.clearTimeout(giveUp);
      stop();
    };
    // Settings changes do not restart the popup; a retry does.
  }, [attempt]);

  return (
    <main class="popup">
      <Header tabId={view.kind === 'ready' ? tabId : undefined} />
      {settings.recovered && (
        <p class="notice notice--warn popup__notice" role="alert">
          {t('popup.recovered')}
        </p>
      )}
      {view.kind === 'ready' && tabId !== undefined ? (
        <Ready
          tabId={tabId}
          state={view.state}
          settings={s}
          onTurnOff={turnOffFor(s, hostOf(view.state.url), () => setView({ kind: 'site-off', host: hostOf(view.state.url) }))}
        />
      ) : (
        <Status
          view={view}
          onRetry={() => setAttempt((n) => n + 1)}
          onTurnOn={turnOnFor(s, () => setAttempt((n) => n + 1))}
          onScanOnce={() => {
            if (tabId === undefined) return;
            setView({ kind: 'scanning', manual: true });
            void requestScan(tabId).then((r) => {
              if (!r.ok) setView({ kind: 'unreadable', reason: r.reason });
            });
          }}
        />
      )}
    </main>
  );
}

/** Add the site to the ones Sceptic leaves alone: the page's marks go and nothing is read there until it is turned on again. */
function turnOffFor(s: Settings, host: string, then: () => void) {
  return async () => {
    if (!host || siteIsDisabled(s, host)) return then();
    await updateSettings({ disabledSites: [...s.disabledSites, host.toLowerCase()] });
    then();
  };
}

function turnOnFor(s: Settings, then: () => void) {
  return async (host: string) => {
    await updateSettings({ disabledSites: s.disabledSites.filter((x) => !(host === x || host.endsWith(`.${x}`))) });
    then();
  };
}

/** The brand and the ways out; the full report only once there is a report. */
function Header({ tabId }: { tabId: number | undefined }) {
  const { t } = useI18n();
  return (
    <header class="popup__bar">
      <h1 class="popup__brand">
        <IconLogo size={18} />
        <span>{t('app.name')}</span>
      </h1>
      <nav class="popup__nav" aria-label={t('app.name')}>
        <button
          type="button"
          class="btn btn--ghost btn--small"
          disabled={tabId === undefined}
          onClick={() => tabId !== undefined && void openPage('/report.html', `?tab=${tabId}`)}
        >
          <IconReport />
          {t('popup.openReport')}
        </button>
        <button type="button" class="btn btn--ghost btn--small" onClick={() => void openPage('/compare.html')}>
          <IconColumns />
          {t('popup.openComparison')}
        </button>
        <button
          type="button"
          class="btn btn--ghost btn--small icon-only"
          onClick={() => void browser.runtime.openOptionsPage()}
          aria-label={t('popup.openOptions')}
          title={t('popup.openOptions')}
        >
          <IconGear />
        </button>
      </nav>
    </header>
  );
}

function Status({
  view,
  onRetry,
  onTurnOn,
  onScanOnce,
}: {
  view: View;
  onRetry: () => void;
  onTurnOn: (host: string) => Promise<void>;
  onScanOnce: () => void;
}) {
  const { t } = useI18n();
  let title = '';
  let hint = '';
  let action = null;
  switch (view.kind) {
    case 'loading':
      return <div class="state" aria-busy="true" />;
    case 'no-tab':
      title = t('popup.noTab');
      break;
    case 'scanning':
      title = view.manual ? t('popup.scanningManual') : t('popup.scanning');
      break;
    case 'site-off':
      title = t('popup.siteOff', { host: view.host });
      hint = t('popup.siteOffHint');
      action = (
        <>
          <button type="button" class="btn btn--primary" onClick={() => void onTurnOn(view.host)}>
            {t('popup.turnOn')}
          </button>
          <button type="button" class="btn" onClick={onScanOnce}>
            {t('popup.scanOnce')}
          </button>
        </>
      );
      break;
    case 'unreadable':
      title = t('popup.unreadable');
      // A page opened from disk: say how to open it so that Sceptic can read it.
      hint = view.reason === 'file' ? t('popup.unreadableFile') : t('popup.unreadableHint');
      break;
    case 'error':
      title = t('popup.error');
      hint = view.message;
      action = (
        <button type="button" class="btn" onClick={onRetry}>
          {t('popup.retry')}
        </button>
      );
      break;
    default:
      return null;
  }
  return (
    <section class={`state state--${view.kind}`} data-testid="state" data-state={view.kind} aria-live="polite" aria-busy={view.kind === 'scanning'}>
      <div class="grade-row">
        <GradeTile grade={null} testId="grade" mark={view.kind === 'scanning' ? '…' : view.kind === 'unreadable' || view.kind === 'error' ? '?' : '–'} />
        <div class="grade-row__text">
          <p class="state__title" data-testid="summary">
            {title}
          </p>
          {hint && <p class="state__hint">{hint}</p>}
        </div>
      </div>
      {view.kind === 'scanning' && <div class="progress" aria-hidden="true" />}
      {action && <div class="state__action">{action}</div>}
    </section>
  );
}

type Filter = 'all' | Verdict;

function Ready({
  tabId,
  state,
  settings,
  onTurnOff,
}: {
  tabId: number;
  state: Extract<TabState, { status: 'ready' }>;
  settings: Settings;
  onTurnOff: () => Promise<void>;
}) {
  const { t, lang } = useI18n();
  const { report, url, title } = state;
  const dismissed = useDismissed(url);
  const [filter, setFilter] = useState<Filter>('all');
  const [kind, setKind] = useState<ClaimKind | ''>('');
  const [marks, setMarksOn] = useState<boolean>(settings.marksDefault);
  const [message, say] = useAnnouncer();
  const [confirm, setConfirm] = useState<SavedReport[] | null>(null);

  const [canMark, setCanMark] = useState(true);
  useEffect(() => {
    void marksState(tabId).then((m) => {
      if (!m) return;
      setMarksOn(m.on);
      setCanMark(m.supported);
    });
  }, [tabId]);

  const views = useMemo(() => sortedClaims(report, url, dismissed), [report, url, dismissed]);
  const kinds = useMemo(() => CLAIM_KINDS.filter((k) => report.claims.some((c) => c.kinds.includes(k))), [report]);
  const shown = views.filter((v) => (filter === 'all' || v.claim.verdict === filter) && (!kind || v.claim.kinds.includes(kind)));
  const input = { url, title, at: state.at, report, sensitivity: settings.sensitivity, dismissed };

  const onDismiss = useCallback((claimText: string) => (flag: Flag, dismiss: boolean) => void setDismissed(url, flag.rule, claimText, dismiss), [url]);

  const copy = async () => {
    const { text, count } = questionsText(t, lang, input);
    if (!count) return say(t('popup.copyNone'));
    say((await copyText(text)) ? t('popup.copied', { count }) : t('popup.copyFailed'));
  };
  const exportAs = (ext: 'md' | 'json') => {
    const name = fileName(url, state.at, ext);
    if (ext === 'md') downloadText(name, 'text/markdown', reportMarkdown(t, lang, input, report.engine || ENGINE_VERSION_FALLBACK));
    else downloadText(name, 'application/json', reportJson(input, lang));
    say(t('popup.exported', { file: name }));
  };
  const compare = async (allowEvict = false) => {
    setConfirm(null);
    const out = await saveReport({ id: snapshotId(url, state.at), url, title, at: state.at, sensitivity: settings.sensitivity, report }, { allowEvict });
    if (out.status === 'too-large') return say(t('popup.tooLarge'));
    if (out.status === 'needs-room') return setConfirm(out.evict);
    const added = await addToComparison(out.saved.id);
    if (added.status === 'full') return say(t('popup.comparisonFull', { max: MAX_COMPARED }));
    say(added.replaced ? t('popup.replaced', { count: added.ids.length }) : t('popup.added', { count: added.ids.length }));
  };

  return (
    <>
      <Summary report={report} url={url} title={title} />
      <div class="toolbar">
        <VerdictFilter report={report} value={filter} onChange={setFilter} />
        <div class="toolbar__row">
          <label class="select">
            <span class="visually-hidden">{t('popup.filter.kind')}</span>
            <select value={kind} onChange={(e) => setKind(e.currentTarget.value as ClaimKind | '')} disabled={!kinds.length}>
              <option value="">{t('popup.filter.allKinds')}</option>
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {t(`kind.${k}` as MessageKey)}
                </option>
              ))}
            </select>
          </label>
          <label class="switch" title={canMark ? undefined : t('popup.marksUnsupported')}>
            <input
              type="checkbox"
              role="switch"
              aria-checked={marks}
              checked={marks && canMark}
              disabled={!canMark}
              data-testid="marks"
              onChange={(e) => {
                const on = e.currentTarget.checked;
                setMarksOn(on);
                void setMarks(tabId, on);
              }}
            />
            {t('popup.marks')}
          </label>
        </div>
      </div>
      <section class="claims-wrap" aria-labelledby="claims-heading">
        <h2 id="claims-heading" class="visually-hidden">
          {t('popup.claimsHeading')}
        </h2>
        {!report.isProductPage && report.claims.length > 0 && <p class="notice claims-note">{t('popup.notProductClaims', { count: report.claims.length })}</p>}
        {report.claims.length === 0 ? (
          <div class="empty" data-testid="state" data-state="no-claims">
            <p class="empty__title">{t('popup.noClaims')}</p>
            <p class="empty__hint">{t('popup.noClaimsHint')}</p>
          </div>
        ) : (
          <>
            {(filter !== 'all' || kind) && (
              <p class="claims-count" aria-live="polite">
                {shown.length ? t('popup.filter.showing', { shown: shown.length, total: views.length }) : t('popup.filter.none')}
              </p>
            )}
            <ol class="claims" data-testid="claims">
              {shown.map((v) => (
                <ClaimCard
                  key={v.claim.id}
                  view={v}
                  onShow={() => void showClaim(tabId, v.claim.id).then((ok) => say(ok ? t('claim.shown') : t('claim.notShown')))}
                  onDismiss={onDismiss(v.claim.text)}
                />
              ))}
            </ol>
          </>
        )}
      </section>
      {confirm && (
        <div class="notice notice--warn confirm" role="alertdialog" aria-labelledby="confirm-text">
          <p id="confirm-text">
            {t('popup.savedFull', { max: MAX_SAVED_REPORTS, list: confirm.map((r) => r.title.trim() || hostOf(r.url)).join(lang === 'zh' ? '、' : ', ') })}
          </p>
          <div class="confirm__actions">
            <button type="button" class="btn btn--primary" onClick={() => void compare(true)}>
              {t('popup.saveAnyway')}
            </button>
            <button type="button" class="btn" onClick={() => setConfirm(null)}>
              {t('popup.cancel')}
            </button>
          </div>
        </div>
      )}
      <footer class="actions">
        <button type="button" class="btn btn--primary actions__main" onClick={() => void copy()} disabled={!report.claims.length} data-testid="copy-questions">
          <IconCopy />
          {t('popup.copyQuestions')}
        </button>
        <div class="actions__row">
          <button type="button" class="btn btn--small" onClick={() => void compare()} data-testid="add-to-comparison">
            <IconColumns />
            {t('popup.addToComparison')}
          </button>
          <span class="actions__label" aria-hidden="true">
            <IconDownload />
            {t('popup.export')}
          </span>
          <button
            type="button"
            class="btn btn--small"
            onClick={() => exportAs('md')}
            aria-label={`${t('popup.export')} ${t('popup.exportMarkdown')}`}
            data-testid="export-markdown"
          >
            {t('popup.exportMarkdown')}
          </button>
          <button
            type="button"
            class="btn btn--small"
            onClick={() => exportAs('json')}
            aria-label={`${t('popup.export')} ${t('popup.exportJson')}`}
            data-testid="export-json"
          >
            {t('popup.exportJson')}
          </button>
          <button type="button" class="btn btn--small btn--ghost" onClick={() => void onTurnOff()} data-testid="site-off">
            {t('popup.turnOff')}
          </button>
        </div>
      </footer>
      <Live message={message} />
    </>
  );
}

/** One id per scan of a page, so saving the same scan twice keeps one copy. */
function snapshotId(url: string, at: number): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < url.length; i++) {
    h ^= url.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${at.toString(36)}-${h.toString(36)}`;
}

function Summary({ report, url, title }: { report: PageReport; url: string; title: string }) {
  const { t } = useI18n();
  const line = report.grade ? t(`grade.${report.grade}` as MessageKey) : report.isProductPage ? t('grade.noGrade.too-few-claims') : t('popup.notProduct');
  const c = report.counts;
  return (
    <section class="summary" aria-label={t('report.summary')}>
      <div class="grade-row">
        <GradeTile grade={report.grade} testId="grade" />
        <div class="grade-row__text">
          <p class="summary__score">
            {report.score !== null ? (
              <>
                <strong>{t('score.label')}</strong> <span class="num">{t('score.value', { score: report.score })}</span> ·{' '}
              </>
            ) : null}
            <span data-testid="summary">{t('badge.claims', { count: c.claims, unsupported: c.unsupported })}</span>
          </p>
          <p class="summary__line">{line}</p>
          <p class="summary__page" title={url}>
            {title.trim() || hostOf(url)} · {hostOf(url)}
          </p>
        </div>
      </div>
      <Points report={report} />
    </section>
  );
}

/** What the page shows about itself, good points beside the bad: its caveats, prices, data handling, pressure. */
function Points({ report }: { report: PageReport }) {
  const { t } = useI18n();
  if (!report.isProductPage || !report.signals.length) return null;
  const good = report.signals.filter((s) => s.polarity === 'positive');
  const bad = report.signals.filter((s) => s.polarity === 'negative');
  const list = (items: typeof good, polarity: 'positive' | 'negative', label: string) =>
    items.length ? (
      <div class={`points points--${polarity}`}>
        <h2 class="points__title">{label}</h2>
        <ul class="points__list" data-testid={`points-${polarity}`}>
          {items.map((s) => (
            <li key={s.id} class="points__item" title={s.text ? unquote(s.text) : undefined}>
              <span class="points__mark" aria-hidden="true">
                {polarity === 'positive' ? '✓' : '✗'}
              </span>
              {signalLabel(t, s.id, s.label)}
            </li>
          ))}
        </ul>
      </div>
    ) : null;
  return (
    <div class="points-wrap">
      {list(good, 'positive', t('popup.points.good'))}
      {list(bad, 'negative', t('popup.points.bad'))}
    </div>
  );
}

function VerdictFilter({ report, value, onChange }: { report: PageReport; value: Filter; onChange: (f: Filter) => void }) {
  const { t } = useI18n();
  const c = report.counts;
  const total = Math.max(1, c.claims);
  const options: Array<{ id: Filter; label: string; count: number }> = [
    { id: 'all', label: t('popup.filter.all'), count: c.claims },
    { id: 'unsupported', label: t('verdict.unsupported'), count: c.unsupported },
    { id: 'weak', label: t('verdict.weak'), count: c.weak },
    { id: 'supported', label: t('verdict.supported'), count: c.supported },
  ];
  return (
    <div class="verdicts">
      <div class="bar" aria-hidden="true">
        {(['unsupported', 'weak', 'supported'] as const).map((v) =>
          c[v] ? <span key={v} class={`bar__seg bar__seg--${v}`} style={{ flexGrow: c[v] / total }} /> : null,
        )}
      </div>
      <fieldset class="segmented" data-testid="counts">
        <legend class="visually-hidden">{t('popup.filters')}</legend>
        {options.map((o) => (
          <label key={o.id} class={`segmented__item segmented__item--${o.id}`} data-verdict={o.id}>
            <input type="radio" class="visually-hidden" name="verdict" value={o.id} checked={value === o.id} onChange={() => onChange(o.id)} />
            <span class="segmented__label">{o.label}</span>
            <span class="segmented__count">{o.count}</span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}
