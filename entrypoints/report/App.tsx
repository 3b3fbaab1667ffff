// The full report of one page: every claim with its evidence and flags, the page-level
// signals, how the score was computed step by step, and the rules' sources. Opened from the
// popup for a live tab (?tab=ID) or from the comparison for a saved report (?id=ID).
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ClaimCard } from '../../components/ClaimCard';
import { GradeTile } from '../../components/Grade';
import { useI18n, useTitle } from '../../components/i18n';
import { IconColumns, IconCopy, IconDownload, IconExternal, IconPrint } from '../../components/icons';
import { Live, useAnnouncer } from '../../components/Live';
import { PageHeader } from '../../components/PageHeader';
import { PageShell } from '../../components/PageShell';
import { GRADE_BANDS, VERDICT_BANDS } from '../../heuristics/score';
import { RUBRIC_IDS } from '../../heuristics/types';
import { scanOfTab, usePageActions } from '../../hooks/page-actions';
import { useDismissed } from '../../hooks/storage';
import { formatDate, type MessageKey, punct } from '../../locales/index';
import { rulesUsed, scoreSteps, signalLabel } from '../../utils/export';
import { flagTexts, quoted, safeHref, sortedClaims, titleOrHost, unquote, vendorQuestions } from '../../utils/present';
import { type Read, type SavedReport, type Settings, savedReport, setDismissed } from '../../utils/storage';
import { getState, showClaim } from '../../utils/tab';

type Source = { kind: 'loading' } | { kind: 'missing' } | { kind: 'ready'; data: Omit<SavedReport, 'id'>; savedId: string | null; tabId?: number };

export function App() {
  return <PageShell waiting={<main class="page" aria-busy="true" />}>{(settings) => <ReportPage settings={settings} />}</PageShell>;
}

function ReportPage({ settings }: { settings: Read<Settings> }) {
  const { t } = useI18n();
  const [source, setSource] = useState<Source>({ kind: 'loading' });

  useEffect(() => {
    const q = new URLSearchParams(location.search);
    const id = q.get('id');
    const tab = Number(q.get('tab'));
    (async (): Promise<Source> => {
      if (id) {
        const saved = await savedReport(id);
        return saved ? { kind: 'ready', data: saved, savedId: saved.id } : { kind: 'missing' };
      }
      if (Number.isInteger(tab) && tab > 0) {
        const st = await getState(tab);
        if (st.status !== 'ready') return { kind: 'missing' };
        // The report as it stood when this page opened: later navigation in the tab does not change it.
        return { kind: 'ready', data: scanOfTab(st, settings.value.sensitivity), savedId: null, tabId: tab };
      }
      return { kind: 'missing' };
    })()
      .then(setSource)
      .catch(() => setSource({ kind: 'missing' }));
  }, [settings.value.sensitivity]);

  if (source.kind === 'loading') {
    return (
      <main class="page" aria-busy="true">
        <PageHeader />
        <p class="hint">{t('report.loading')}</p>
      </main>
    );
  }
  if (source.kind === 'missing') {
    return (
      <main class="page">
        <PageHeader />
        <h1 class="page__title">{t('report.missing')}</h1>
        <p class="page__lead">{t('report.missingHint')}</p>
        <p style={{ marginTop: '16px' }}>
          <a href="/compare.html">{t('popup.openComparison')}</a>
        </p>
      </main>
    );
  }
  return <Report data={source.data} savedId={source.savedId} tabId={source.tabId} />;
}

function Report({ data, savedId: knownId, tabId }: { data: Omit<SavedReport, 'id'>; savedId: string | null; tabId?: number }) {
  const { t, lang } = useI18n();
  const { report, url, title } = data;
  const name = titleOrHost(title, url);
  useTitle(t('report.pageTitle', { title: name }));
  const dismissed = useDismissed(url);
  const views = useMemo(() => sortedClaims(report, url, dismissed), [report, url, dismissed]);
  const questions = useMemo(() => vendorQuestions(views, lang), [views, lang]);
  const [message, say] = useAnnouncer();
  const input = { ...data, dismissed };
  const actions = usePageActions(input, { say, savedId: knownId, confirmEvict: (_evict, question) => window.confirm(question) });
  const savedId = actions.savedId;
  const dismissedCount = views.reduce((a, v) => a + v.flags.filter((f) => f.dismissed).length, 0);
  const href = safeHref(url);

  return (
    <main class="page report">
      <PageHeader>
        <button type="button" class="btn" onClick={() => void actions.save()} disabled={!!savedId} data-testid="save-report">
          {savedId ? t('report.saved') : t('report.save')}
        </button>
        <button type="button" class="btn" onClick={() => void actions.compare()} data-testid="add-to-comparison">
          <IconColumns />
          {t('popup.addToComparison')}
        </button>
        <button type="button" class="btn" onClick={() => actions.exportAs('md')} data-testid="export-markdown">
          <IconDownload />
          {t('report.exportMarkdown')}
        </button>
        <button type="button" class="btn" onClick={() => actions.exportAs('json')} data-testid="export-json">
          <IconDownload />
          {t('report.exportJson')}
        </button>
        <button type="button" class="btn" onClick={() => window.print()}>
          <IconPrint />
          {t('report.print')}
        </button>
      </PageHeader>

      <p class="report__kicker">{t('report.title')}</p>
      <h1 class="page__title report__title" dir="auto">
        {name}
      </h1>
      <dl class="meta">
        <div>
          <dt>{t('report.page')}</dt>
          <dd class="meta__url">
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer" class="url-shown">
                {url}
              </a>
            ) : (
              url
            )}
          </dd>
        </div>
        <div>
          <dt>{t('report.scanned')}</dt>
          <dd>{formatDate(lang, data.at)}</dd>
        </div>
        <div>
          <dt>{t('report.sensitivity')}</dt>
          <dd>{t(`options.sensitivity.${data.sensitivity}` as MessageKey)}</dd>
        </div>
        <div>
          <dt>{t('report.engine')}</dt>
          <dd>{report.engine}</dd>
        </div>
      </dl>

      <section class="card summary-card" aria-labelledby="summary-heading">
        <h2 id="summary-heading" class="visually-hidden">
          {t('report.summary')}
        </h2>
        <div class="summary-card__grade">
          <GradeTile grade={report.grade} testId="grade" />
          <div>
            <p class="summary-card__line">
              {report.grade ? t(`grade.${report.grade}` as MessageKey) : t(`grade.noGrade.${report.noGradeReason ?? 'too-few-claims'}` as MessageKey)}
            </p>
            <p class="summary-card__score" data-testid="summary">
              {report.score !== null && (
                <>
                  {t('score.label')} <strong>{t('score.value', { score: report.score })}</strong> ·{' '}
                </>
              )}
              {t('count.claims', { count: report.counts.claims })}
            </p>
          </div>
        </div>
        <ul class="verdict-counts">
          {(['unsupported', 'weak', 'supported'] as const).map((v) => (
            <li key={v} class={`verdict-count verdict-count--${v}`}>
              <span class="verdict-count__n">{report.counts[v]}</span>
              <span>{t(`verdict.${v}`)}</span>
            </li>
          ))}
        </ul>
        {dismissedCount > 0 && <p class="hint">{t('report.dismissedCount', { count: dismissedCount })}</p>}
      </section>

      {questions.length > 0 && (
        <section class="card" aria-labelledby="questions-heading">
          <div class="card__head">
            <h2 id="questions-heading">{t('report.questions')}</h2>
            <button type="button" class="btn btn--small no-print" onClick={() => void actions.copy()}>
              <IconCopy />
              {t('popup.copyQuestions')}
            </button>
          </div>
          <ol class="questions">
            {questions.map((q) => (
              <li key={q.question}>
                <p class="questions__q">{q.question}</p>
                <p class="questions__claims">
                  {q.claims.slice(0, 3).map(quoted).join(' ')}
                  {q.claims.length > 3 && <span class="questions__more"> {t('report.more', { count: q.claims.length - 3 })}</span>}
                </p>
              </li>
            ))}
          </ol>
        </section>
      )}

      <section class="card" aria-labelledby="claims-heading">
        <h2 id="claims-heading">{t('report.claims')}</h2>
        <p class="card__intro">{t('report.claimsIntro')}</p>
        {views.length ? (
          <ol class="claims claims--report" data-testid="claims">
            {views.map((v) => {
              return (
                <ClaimCard
                  key={v.claim.id}
                  view={v}
                  onShow={
                    tabId === undefined
                      ? undefined
                      : () => void showInTab(tabId, url, v.claim.id).then((ok) => say(ok ? t('claim.shown') : t('claim.notShown')))
                  }
                  onDismiss={(flag, d) => void setDismissed(url, flag.rule, v.claim.text, d)}
                >
                  <p class="claim__math">{t('report.claimWeight', { score: v.claim.score, weight: v.claim.weight })}</p>
                </ClaimCard>
              );
            })}
          </ol>
        ) : (
          <p class="hint">{t('popup.noClaims')}</p>
        )}
      </section>

      <section class="card" aria-labelledby="signals-heading">
        <h2 id="signals-heading">{t('report.signals')}</h2>
        <p class="card__intro">{t('report.signalsIntro')}</p>
        {report.signals.length ? (
          <div class="table-wrap">
            <table class="table" data-testid="signals">
              <thead>
                <tr>
                  <th scope="col">{t('report.table.signal')}</th>
                  <th scope="col" class="num">
                    {t('report.table.points')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.signals.map((s) => (
                  <tr key={s.id} class={`signal signal--${s.polarity}`}>
                    <td>
                      <span class="signal__label">{signalLabel(t, s.id, s.label)}</span>
                      {s.text && <q class="signal__text">{unquote(s.text)}</q>}
                    </td>
                    <td class="num signal__points">
                      {t(s.polarity === 'positive' ? 'signal.points.positive' : 'signal.points.negative', { points: s.points })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p class="hint">{t('report.noSignals')}</p>
        )}
      </section>

      <Scoring data={data} />

      <section class="card" aria-labelledby="rules-heading">
        <h2 id="rules-heading">{t('report.rules')}</h2>
        <p class="card__intro">{t('report.rulesIntro')}</p>
        {rulesUsed(report).length ? (
          <ul class="rules" data-testid="rules">
            {rulesUsed(report).map((f) => {
              const src = safeHref(f.source.url);
              return (
                <li key={f.rule} data-rule={f.rule}>
                  <span class="tag">{f.rubric}</span> <strong>{flagTexts(f, lang).title}</strong>
                  <span class="rules__q"> — {t(`rubric.${f.rubric}` as MessageKey)}</span>
                  <br />
                  {src ? (
                    <a href={src} target="_blank" rel="noopener noreferrer">
                      {f.source.name} <IconExternal />
                    </a>
                  ) : (
                    <span>{f.source.name}</span>
                  )}
                </li>
              );
            })}
          </ul>
        ) : (
          <p class="hint">{t('report.noRules')}</p>
        )}
        <details class="rubric-list">
          <summary>{t('report.rubric')}</summary>
          <ol>
            {RUBRIC_IDS.map((id) => (
              <li key={id}>
                <strong>{id}</strong> {t(`rubric.${id}` as MessageKey)}
              </li>
            ))}
          </ol>
        </details>
      </section>

      <p class="report__footer">{t('report.generated', { version: report.engine, date: formatDate(lang, data.at) })}</p>
      <Live message={message} />
    </main>
  );
}

/** Bring the page's tab to the front and flash the claim there, if the tab still shows that page. */
async function showInTab(tabId: number, url: string, claimId: string): Promise<boolean> {
  try {
    const st = await getState(tabId);
    if (st.status !== 'ready' || st.url !== url) return false;
    await browser.tabs.update(tabId, { active: true });
    return await showClaim(tabId, claimId);
  } catch {
    return false;
  }
}

function Scoring({ data }: { data: Omit<SavedReport, 'id'> }) {
  const { t, lang } = useI18n();
  const r = data.report;
  const bands = VERDICT_BANDS[data.sensitivity];
  const totalWeight = r.claims.reduce((a, c) => a + c.weight, 0);
  const claims = [...r.claims].sort((a, b) => b.weight - a.weight || a.score - b.score);
  return (
    <section class="card" aria-labelledby="scoring-heading">
      <h2 id="scoring-heading">{t('report.scoring')}</h2>
      <p class="card__intro">{t('report.scoringIntro')}</p>
      <div class="table-wrap">
        <table class="table steps" data-testid="score-steps">
          <thead>
            <tr>
              <th scope="col">{t('report.table.step')}</th>
              <th scope="col" class="num">
                {t('report.table.value')}
              </th>
            </tr>
          </thead>
          <tbody>
            {scoreSteps(t, r).map(([label, value]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td class="num">{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="hint scoring__note">{t('report.bands', { bands: GRADE_BANDS.map(([g, min]) => `${g} ≥ ${min}`).join(punct(lang).comma) })}</p>
      <p class="hint scoring__note">
        {t('report.verdictBands', { sensitivity: t(`options.sensitivity.${data.sensitivity}` as MessageKey), supported: bands.supported, weak: bands.weak })}
      </p>
      {claims.length > 0 && (
        <div class="table-wrap scoring__claims">
          <table class="table" data-testid="score-claims">
            <thead>
              <tr>
                <th scope="col">{t('report.table.claim')}</th>
                <th scope="col">{t('report.table.evidence')}</th>
                <th scope="col">{t('claim.missing')}</th>
                <th scope="col">{t('report.table.flags')}</th>
                <th scope="col" class="num">
                  {t('report.table.score')}
                </th>
                <th scope="col" class="num">
                  {t('report.table.weight')}
                </th>
              </tr>
            </thead>
            <tbody>
              {claims.map((c) => {
                const strong = c.evidence.filter((e) => e.strength === 'strong').length;
                return (
                  <tr key={c.id}>
                    <td class="scoring__claim">
                      <span class={`dot dot--${c.verdict}`} aria-hidden="true" />
                      {c.text}
                      <span class="hint"> · {t(`role.${c.role}` as MessageKey)}</span>
                    </td>
                    <td class="scoring__needs">{c.evidence.length ? t('report.evidenceCount', { count: c.evidence.length, strong }) : t('compare.none')}</td>
                    <td class="scoring__needs">
                      {c.missing.map((m) => (
                        <span key={m} class="need need--none">
                          {t(`evidence.${m}` as MessageKey)}
                        </span>
                      ))}
                    </td>
                    <td class="scoring__flags">
                      {c.flags.map((f) => (
                        <span key={`${f.rule}:${f.span[0]}`} class={`need need--${f.severity === 'minor' ? 'part' : 'sev'}`} title={flagTexts(f, lang).title}>
                          {f.rubric} · {t(`severity.${f.severity}` as MessageKey)}
                        </span>
                      ))}
                    </td>
                    <td class="num">
                      <strong>{c.score}</strong>
                    </td>
                    <td class="num">× {c.weight}</td>
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={4}>
                  {t('report.step.claims', { count: r.counts.claims })}
                </th>
                <td class="num">{r.breakdown.claimMean ?? '—'}</td>
                <td class="num">Σ {Math.round(totalWeight * 100) / 100}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
