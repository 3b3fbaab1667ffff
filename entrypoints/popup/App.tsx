// The popup: the tab's grade at a glance and why (one sentence for this page, the checklist of
// what a careful page shows), then its headline claims as rows that open to the full card, the
// rest one click away grouped by where they stand; marks, copy questions, export, compare.
import type { RefObject } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ClaimCard } from '../../components/ClaimCard';
import { GradeTile } from '../../components/Grade';
import { useI18n } from '../../components/i18n';
import { IconColumns, IconCopy, IconDownload, IconGear, IconLogo, IconReport } from '../../components/icons';
import { Live, useAnnouncer } from '../../components/Live';
import { PageShell } from '../../components/PageShell';
import { CLAIM_KINDS, type ClaimKind, type Flag, type PageReport, type Verdict } from '../../heuristics/types';
import { scanOfTab, usePageActions } from '../../hooks/page-actions';
import { useRoving } from '../../hooks/roving';
import { useDismissed } from '../../hooks/storage';
import { LANG_TAG, type MessageKey } from '../../locales/index';
import { type CheckItem, checkLabel, checklist, explain, explanationText, FIRST_SCREEN, groupedClaims, rowFlags, type topFlag } from '../../utils/explain';
import { type ClaimView, flagTexts, headlineClaims, hostOf, quoted, sortedClaims, titleOrHost, unquote } from '../../utils/present';
import type { TabState } from '../../utils/protocol';
import { isSiteOff } from '../../utils/settings';
import { type Read, type Settings, setDismissed, updateSettings } from '../../utils/storage';
import { getState, marksState, openPage, requestScan, setMarks, showClaim, showText, tabInfo, targetTab, watchState } from '../../utils/tab';
import { firstLook, type View, viewOfState } from './decide';

/** How long a page asked to scan may take before the popup offers to try again. */
const NO_ANSWER_MS = 20_000;

export function App() {
  return <PageShell waiting={<main class="popup" aria-busy="true" />}>{(settings) => <Popup settings={settings} />}</PageShell>;
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
      if (where?.url && /^https?:/i.test(where.url) && isSiteOff(s, hostOf(where.url))) return setView({ kind: 'site-off', host: hostOf(where.url) });
      stop = watchState(id, (st) => {
        const v = fromState(st);
        if (alive && v) setView(v);
      });
      const st = await getState(id);
      if (!alive) return;
      const known = fromState(st);
      // A tab still "reading" when the reader asks again is read afresh: its reader may be gone.
      if (known && !(known.kind === 'scanning' && attempt > 0)) {
        setView(known);
        if (known.kind === 'scanning')
          giveUp = window.setTimeout(() => {
            if (alive) setView((v) => (v.kind === 'scanning' ? { kind: 'error', message: t('popup.noAnswer') } : v));
          }, NO_ANSWER_MS);
        return;
      }
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
    if (!host || isSiteOff(s, host)) return then();
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

/** Claim rows on the first screen, before "Show all". */
const HEADLINE_ROWS = 5;

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
  // "Saved reports are full": the question asked, and its answer once the reader gives one.
  const [confirm, setConfirm] = useState<string | null>(null);
  const asking = useRef<((ok: boolean) => void) | null>(null);
  const [all, setAll] = useState(false);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const rows = useRoving('[data-row]', 'vertical');
  const tools = useRoving('[data-tool]');

  const [canMark, setCanMark] = useState(true);
  useEffect(() => {
    void marksState(tabId).then((m) => {
      if (!m) return;
      setMarksOn(m.on);
      setCanMark(m.supported);
    });
  }, [tabId]);

  const views = useMemo(() => sortedClaims(report, url, dismissed), [report, url, dismissed]);
  const top = useMemo(() => headlineClaims(views, HEADLINE_ROWS, FIRST_SCREEN), [views]);
  const kinds = useMemo(() => CLAIM_KINDS.filter((k) => report.claims.some((c) => c.kinds.includes(k))), [report]);
  const shown = useMemo(
    () => views.filter((v) => (filter === 'all' || v.claim.verdict === filter) && (!kind || v.claim.kinds.includes(kind))),
    [views, filter, kind],
  );
  const input = { ...scanOfTab(state, settings.sensitivity), dismissed };
  const checks = useMemo(() => checklist(report, views, title), [report, views, title]);
  const explanation = useMemo(() => explanationText(t, lang, explain(report, views)), [t, lang, report, views]);
  const more = views.length > top.length;

  const onDismiss = useCallback((claimText: string) => (flag: Flag, dismiss: boolean) => void setDismissed(url, flag.rule, claimText, dismiss), [url]);
  const show = useCallback((claimId: string) => void showClaim(tabId, claimId).then((ok) => say(ok ? t('claim.shown') : t('claim.notShown'))), [tabId, say, t]);
  const toggle = (id: string) =>
    setOpen((o) => {
      const next = new Set(o);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  // j and k step through the claims listed, and the page follows.
  const step = rows.step;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.key !== 'j' && e.key !== 'k') || e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target as Element | null;
      if (target?.closest('input:not([type=checkbox]):not([type=radio]), select, textarea, [contenteditable]')) return;
      const el = step(e.key === 'j' ? 1 : -1);
      const id = el?.closest('[data-claim-id]')?.getAttribute('data-claim-id');
      if (!id) return;
      e.preventDefault();
      show(id);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [step, show]);

  const answer = (ok: boolean) => {
    asking.current?.(ok);
    asking.current = null;
    setConfirm(null);
  };
  const actions = usePageActions(input, {
    say,
    confirmEvict: (_evict, question) =>
      new Promise<boolean>((resolve) => {
        asking.current = resolve;
        setConfirm(question);
      }),
  });
  const compare = () => {
    // Asking again drops a question still open.
    answer(false);
    void actions.compare();
  };

  // Each row names the one flag that matters most on it, a different one from the rows above where it can.
  const groups = useMemo(() => (all ? groupedClaims(shown) : []), [all, shown]);
  const flags = useMemo(() => rowFlags(all ? groups.flatMap((g) => g.views) : top), [all, groups, top]);
  const wrap = useRef<HTMLElement>(null);
  const row = (v: ClaimView) => (
    <ClaimRow
      key={v.claim.id}
      view={v}
      flag={flags.get(v.claim.id)}
      open={open.has(v.claim.id)}
      onToggle={() => toggle(v.claim.id)}
      onShow={() => show(v.claim.id)}
      onDismiss={onDismiss(v.claim.text)}
    />
  );

  return (
    <>
      <Summary report={report} url={url} title={title} explanation={explanation} />
      {state.trimmed !== undefined && (
        <p class="notice popup__notice" data-testid="trimmed">
          {t('popup.trimmed', { shown: report.claims.length, total: state.trimmed })}
        </p>
      )}
      {checks.length > 0 && (
        <Checklist
          items={checks}
          onShowClaim={show}
          onShowText={(text) => void showText(tabId, text).then((ok) => say(ok ? t('claim.shown') : t('check.notShown')))}
        />
      )}
      <section class="claims-wrap" aria-labelledby="claims-heading" ref={wrap}>
        <div class="claims-head">
          <h2 id="claims-heading" class="claims-heading">
            {all ? t('popup.claimsHeading') : report.isProductPage ? t('popup.headlineClaims') : t('popup.claimsFound')}
          </h2>
          {(more || all) && (
            <button
              type="button"
              class="btn btn--small btn--ghost rows__more"
              data-testid="show-all"
              aria-expanded={all}
              onClick={() => {
                setAll((a) => !a);
                // The list starts at its top, filters and first group in view.
                if (wrap.current) wrap.current.scrollTop = 0;
              }}
            >
              {all ? t('popup.showHeadline') : t('popup.showAll', { count: views.length })}
            </button>
          )}
        </div>
        {!report.isProductPage && report.claims.length > 0 && <p class="notice claims-note">{t('popup.notProductClaims', { count: report.claims.length })}</p>}
        {report.claims.length === 0 ? (
          <div class="empty" data-testid="state" data-state="no-claims">
            <p class="empty__title">{t('popup.noClaims')}</p>
            <p class="empty__hint">{t('popup.noClaimsHint')}</p>
          </div>
        ) : (
          <>
            {all && (
              <div class="toolbar">
                <VerdictFilter report={report} value={filter} onChange={setFilter} />
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
                {(filter !== 'all' || kind) && (
                  <p class="claims-count" aria-live="polite">
                    {shown.length ? t('popup.filter.showing', { shown: shown.length, total: views.length }) : t('popup.filter.none')}
                  </p>
                )}
              </div>
            )}
            {/* biome-ignore lint/a11y/noStaticElementInteractions: the keys move between the rows' own buttons */}
            <div
              class="rows"
              data-testid="claims"
              ref={rows.ref as RefObject<HTMLDivElement>}
              onKeyDown={rows.onKeyDown}
              onFocusIn={rows.onFocusIn}
              aria-describedby="keys-hint"
            >
              {all ? (
                groups.map((g) => (
                  <section key={g.group} class="rows__group" aria-labelledby={`group-${g.group}`}>
                    <h3 id={`group-${g.group}`} class="rows__title">
                      {t(`group.${g.group}` as MessageKey)} <span class="rows__count">{g.views.length}</span>
                    </h3>
                    <ol class="rows__list">{g.views.map(row)}</ol>
                  </section>
                ))
              ) : (
                <ol class="rows__list">{top.map(row)}</ol>
              )}
            </div>
            <p id="keys-hint" class="visually-hidden">
              {t('popup.keys')}
            </p>
          </>
        )}
      </section>
      {confirm && (
        <div class="notice notice--warn confirm" role="alertdialog" aria-labelledby="confirm-text">
          <p id="confirm-text">{confirm}</p>
          <div class="confirm__actions">
            <button type="button" class="btn btn--primary" onClick={() => answer(true)}>
              {t('popup.saveAnyway')}
            </button>
            <button type="button" class="btn" onClick={() => answer(false)}>
              {t('popup.cancel')}
            </button>
          </div>
        </div>
      )}
      <footer class="actions">
        <div class="actions__row">
          <button
            type="button"
            class="btn btn--primary actions__main"
            onClick={() => void actions.copy()}
            disabled={!report.claims.length}
            data-testid="copy-questions"
          >
            <IconCopy />
            {t('popup.copyQuestions')}
          </button>
        </div>
        <div
          class="actions__row"
          role="toolbar"
          aria-label={t('popup.actions')}
          aria-describedby="tools-hint"
          ref={tools.ref as RefObject<HTMLDivElement>}
          onKeyDown={tools.onKeyDown}
          onFocusIn={tools.onFocusIn}
        >
          <button type="button" class="btn btn--small" onClick={compare} data-testid="add-to-comparison" data-tool>
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
            onClick={() => actions.exportAs('md')}
            aria-label={`${t('popup.export')} ${t('popup.exportMarkdown')}`}
            data-testid="export-markdown"
            data-tool
          >
            {t('popup.exportMarkdown')}
          </button>
          <button
            type="button"
            class="btn btn--small"
            onClick={() => actions.exportAs('json')}
            aria-label={`${t('popup.export')} ${t('popup.exportJson')}`}
            data-testid="export-json"
            data-tool
          >
            {t('popup.exportJson')}
          </button>
          <span id="tools-hint" class="visually-hidden">
            {t('popup.toolsKeys')}
          </span>
        </div>
        <div class="actions__row actions__row--quiet">
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
          <button type="button" class="btn btn--small btn--ghost actions__off" onClick={() => void onTurnOff()} data-testid="site-off">
            {t('popup.turnOff')}
          </button>
        </div>
      </footer>
      <Live message={message} />
    </>
  );
}

/** A claim in one line or two: its verdict, its words and the one flag that matters most; it opens to the full card. */
function ClaimRow({
  view,
  flag,
  open,
  onToggle,
  onShow,
  onDismiss,
}: {
  view: ClaimView;
  flag: ReturnType<typeof topFlag>;
  open: boolean;
  onToggle: () => void;
  onShow: () => void;
  onDismiss: (flag: Flag, dismiss: boolean) => void;
}) {
  const { t, lang } = useI18n();
  const c = view.claim;
  const note = flag ? flagTexts(flag.flag, lang).title : c.verdict === 'supported' ? t('claim.evidenceFound') : t('claim.noEvidence');
  const body = `card-${c.id}`;
  return (
    // Escape, anywhere in an open card, closes it and puts the reader back on its row.
    <li
      class={`row row--${c.verdict}${open ? ' row--open' : ''}`}
      data-claim-id={c.id}
      data-verdict={c.verdict}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return;
        e.stopPropagation();
        onToggle();
        (e.currentTarget.querySelector('.row__head') as HTMLElement | null)?.focus();
      }}
    >
      <button type="button" class="row__head" data-row data-roving-key={c.id} aria-expanded={open} aria-controls={body} onClick={onToggle}>
        <span class={`pill pill--${c.verdict}`}>{t(`verdict.${c.verdict}` as MessageKey)}</span>
        <span class="row__body">
          <span class="row__quote" lang={LANG_TAG[c.lang]} dir="auto">
            {quoted(c.text)}
          </span>
          <span class="row__flag">{note}</span>
        </span>
        <span class="row__chev" aria-hidden="true">
          ›
        </span>
      </button>
      {open && (
        <div id={body} class="row__card">
          <ClaimCard as="div" view={view} onShow={onShow} onDismiss={onDismiss} />
        </div>
      )}
    </li>
  );
}

function Summary({ report, url, title, explanation }: { report: PageReport; url: string; title: string; explanation: string }) {
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
          {/* The page's own sentence, below, says more than the grade's stock one. */}
          {!(report.grade && explanation) && <p class="summary__line">{line}</p>}
          <p class="summary__page" title={url} dir="auto">
            {titleOrHost(title, url)} · {hostOf(url)}
          </p>
        </div>
      </div>
      {report.grade && explanation && (
        <p class="summary__why" data-testid="explanation" title={explanation}>
          {explanation}
        </p>
      )}
    </section>
  );
}

/** What a careful page shows, ticked or crossed, good points beside the bad; each point found on the page shows where it stands. */
function Checklist({ items, onShowClaim, onShowText }: { items: CheckItem[]; onShowClaim: (id: string) => void; onShowText: (text: string) => void }) {
  const { t } = useI18n();
  const roving = useRoving('[data-check]');
  return (
    <section class="checks" aria-labelledby="checks-heading" data-testid="checklist">
      <h2 id="checks-heading" class="checks__title">
        {t('check.heading')}
      </h2>
      <ul class="checks__list" ref={roving.ref as RefObject<HTMLUListElement>} onKeyDown={roving.onKeyDown} onFocusIn={roving.onFocusIn}>
        {items.map((item) => {
          const label = checkLabel(t, item);
          const mark = (
            <span class="checks__mark" aria-hidden="true">
              {item.ok ? '✓' : '✗'}
            </span>
          );
          const go = item.claimId ? () => onShowClaim(item.claimId as string) : item.text ? () => onShowText(item.text as string) : undefined;
          return (
            <li key={item.id} class={`checks__item checks__item--${item.ok ? 'ok' : 'bad'}`} data-check-id={item.id} data-ok={String(item.ok)}>
              {go ? (
                <button
                  type="button"
                  class="checks__link"
                  data-check
                  data-roving-key={item.id}
                  onClick={go}
                  aria-label={t('check.showAria', { label })}
                  title={item.text ? unquote(item.text) : undefined}
                >
                  {mark}
                  <span>{label}</span>
                </button>
              ) : (
                <span class="checks__plain">
                  {mark}
                  <span>{label}</span>
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
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
