// Saved pages side by side (2 to 6): grade, claims by verdict and kind, evidence, pricing and
// limitations, and for a page saved before, what changed since. Below, the library of saved reports.
import type { ComponentChildren } from 'preact';
import { browser } from 'wxt/browser';
import { GradeTile } from '../../components/Grade';
import { useI18n, useTitle } from '../../components/i18n';
import { IconDownload } from '../../components/icons';
import { Live, useAnnouncer } from '../../components/Live';
import { PageHeader } from '../../components/PageHeader';
import { PageShell } from '../../components/PageShell';
import { useComparison, useReports } from '../../hooks/storage';
import { formatDate, type MessageKey } from '../../locales/index';
import { factsOf, kindsAcross, type PageFacts } from '../../utils/compare';
import { downloadText } from '../../utils/download';
import { type ComparedPage, comparedPages, comparisonCsv, comparisonMarkdown, diffSummary, signalLabel } from '../../utils/export';
import { hostOf, safeHref, titleOrHost, unquote } from '../../utils/present';
import {
  addToComparison,
  deleteReport,
  MAX_COMPARED,
  MAX_SAVED_REPORTS,
  MIN_COMPARED,
  type Read,
  removeFromComparison,
  type SavedReport,
} from '../../utils/storage';

export function App() {
  return <PageShell>{() => <Compare />}</PageShell>;
}

const reportUrl = (id: string) => browser.runtime.getURL(`/report.html?id=${encodeURIComponent(id)}` as '/report.html');

function Compare() {
  const { t, lang } = useI18n();
  useTitle(`Sceptic — ${t('compare.title')}`);
  const reports = useReports();
  const comparison = useComparison();
  const [message, say] = useAnnouncer();
  if (!reports || !comparison) return <main class="page page--wide" aria-busy="true" />;
  const pages = comparedPages(comparison.value, reports.value);
  const problems = [reports, comparison].flatMap((r: Read<unknown>) => (r.recovered ? r.problems : []));
  const stamp = Date.now();

  const exportAs = (ext: 'csv' | 'md') => {
    const file = `sceptic-comparison-${new Date(stamp).toISOString().slice(0, 10)}.${ext}`;
    if (ext === 'csv') downloadText(file, 'text/csv', comparisonCsv(t, pages, lang));
    else downloadText(file, 'text/markdown', comparisonMarkdown(t, lang, pages));
    say(t('popup.exported', { file }));
  };

  return (
    <main class="page page--wide compare">
      <PageHeader>
        <button type="button" class="btn" disabled={pages.length < MIN_COMPARED} onClick={() => exportAs('csv')} data-testid="export-csv">
          <IconDownload />
          {t('compare.exportCsv')}
        </button>
        <button type="button" class="btn" disabled={pages.length < MIN_COMPARED} onClick={() => exportAs('md')} data-testid="export-markdown">
          <IconDownload />
          {t('compare.exportMarkdown')}
        </button>
      </PageHeader>
      <h1 class="page__title">{t('compare.title')}</h1>
      <p class="page__lead">{t('compare.intro')}</p>
      {problems.length > 0 && (
        <p class="notice notice--warn" role="alert">
          {t('compare.recovered', { problems: problems.join('; ') })}
        </p>
      )}

      {pages.length === 0 ? (
        <section class="card empty-card" data-testid="compare-empty">
          <h2>{t('compare.empty')}</h2>
          <p class="card__intro">{t('compare.emptyHint')}</p>
        </section>
      ) : (
        <>
          {pages.length < MIN_COMPARED && <p class="notice compare__more">{t('compare.needMore')}</p>}
          <Table pages={pages} onRemove={(id) => void removeFromComparison(id)} />
          <Changes pages={pages} />
        </>
      )}

      <Library reports={reports.value} compared={comparison.value} onFull={() => say(t('compare.full', { max: MAX_COMPARED }))} />
      <Live message={message} />
    </main>
  );
}

function Table({ pages, onRemove }: { pages: ComparedPage[]; onRemove: (id: string) => void }) {
  const { t, lang } = useI18n();
  const facts = pages.map((p) => factsOf(p.saved.report));
  const kinds = kindsAcross(facts);
  const yes = (v: string | null) =>
    v ? (
      <span class="yes">
        {t('compare.yes')} <q>{unquote(v)}</q>
      </span>
    ) : (
      <span class="no">{t('compare.no')}</span>
    );
  const row = (label: string, cell: (f: PageFacts, p: ComparedPage) => ComponentChildren, cls = '') => (
    <tr class={cls}>
      <th scope="row">{label}</th>
      {pages.map((p, i) => {
        const f = facts[i] ?? factsOf(p.saved.report);
        return <td key={p.saved.id}>{cell(f, p)}</td>;
      })}
    </tr>
  );
  const bar = (f: PageFacts) => (
    <span class="mini-bar" aria-hidden="true">
      {(['unsupported', 'weak', 'supported'] as const).map((v) =>
        f[v] ? <span key={v} class={`bar__seg bar__seg--${v}`} style={{ flexGrow: f[v] }} /> : null,
      )}
    </span>
  );
  return (
    <div class="table-wrap compare__wrap">
      <table class="table compare__table" data-testid="comparison">
        <caption class="visually-hidden">{t('compare.title')}</caption>
        <thead>
          <tr>
            <td class="compare__corner" />
            {pages.map((p) => (
              <th scope="col" key={p.saved.id} class="compare__page" data-testid="compared-page">
                <div class="compare__page-head">
                  <GradeTile grade={p.saved.report.grade} small />
                  <div class="compare__page-name">
                    <a href={reportUrl(p.saved.id)} class="compare__title">
                      {titleOrHost(p.saved.title, p.saved.url)}
                    </a>
                    <span class="hint">{hostOf(p.saved.url)}</span>
                  </div>
                </div>
                <button
                  type="button"
                  class="btn btn--small btn--ghost no-print"
                  aria-label={t('compare.removeAria', { title: titleOrHost(p.saved.title, p.saved.url) })}
                  onClick={() => onRemove(p.saved.id)}
                >
                  {t('compare.remove')}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {row(t('compare.row.grade'), (f) => (
            <strong class={`grade-text grade-text--${f.grade ?? 'none'}`} data-testid="compare-grade">
              {f.grade ?? t('grade.none')}
            </strong>
          ))}
          {row(t('compare.row.score'), (f) => (f.score === null ? t('compare.none') : <span class="num">{f.score}</span>))}
          {row(t('compare.row.claims'), (f) => (
            <>
              <span class="num">{f.claims}</span>
              {bar(f)}
            </>
          ))}
          {row(
            t('compare.row.unsupported'),
            (f) => (
              <span class="num count--unsupported">{f.unsupported}</span>
            ),
            'compare__verdict',
          )}
          {row(
            t('compare.row.weak'),
            (f) => (
              <span class="num count--weak">{f.weak}</span>
            ),
            'compare__verdict',
          )}
          {row(
            t('compare.row.supported'),
            (f) => (
              <span class="num count--supported">{f.supported}</span>
            ),
            'compare__verdict',
          )}
          {row(t('compare.row.saved'), (_f, p) => formatDate(lang, p.saved.at))}
          {row(t('compare.row.changes'), (_f, p) => (
            <span data-testid="compare-changes">{diffSummary(t, lang, p.diff)}</span>
          ))}
          <tr class="compare__group">
            <th scope="rowgroup" colSpan={pages.length + 1}>
              {t('compare.row.evidenceGroup')}
            </th>
          </tr>
          {row(t('compare.row.evidence'), (f) => t('compare.row.evidenceValue', { count: f.evidence, strong: f.strongEvidence }))}
          {row(t('compare.row.backed'), (f) => (
            <span class="num">{f.backedClaims}</span>
          ))}
          {row(t('compare.row.pricing'), (f) => yes(f.pricing))}
          {row(t('compare.row.limitations'), (f) => yes(f.limitations))}
          {row(t('compare.row.privacy'), (f) => yes(f.privacy))}
          {row(t('compare.row.model'), (f) => yes(f.model))}
          {row(t('compare.row.redFlags'), (f) =>
            f.redFlags.length ? <span class="count--unsupported">{f.redFlags.map((id) => signalLabel(t, id, id)).join('; ')}</span> : t('compare.none'),
          )}
          {kinds.length > 0 && (
            <tr class="compare__group">
              <th scope="rowgroup" colSpan={pages.length + 1}>
                {t('compare.row.kinds')}
              </th>
            </tr>
          )}
          {kinds.map((k) =>
            row(t(`kind.${k}` as MessageKey), (f) => <span class={`num${f.kinds[k] ? '' : ' zero'}`}>{f.kinds[k] ?? 0}</span>, 'compare__kind'),
          )}
        </tbody>
      </table>
    </div>
  );
}

function Changes({ pages }: { pages: ComparedPage[] }) {
  const { t, lang } = useI18n();
  const changed = pages.filter((p) => p.diff && (p.diff.added.length || p.diff.removed.length || p.diff.numbers.length));
  if (!changed.length) return null;
  return (
    <section class="card" aria-labelledby="changes-heading">
      <h2 id="changes-heading">{t('compare.changesHeading')}</h2>
      {changed.map((p) => {
        const d = p.diff;
        if (!d) return null;
        return (
          <div class="change" key={p.saved.id} data-testid="changes">
            <h3>
              {titleOrHost(p.saved.title, p.saved.url)} <span class="hint">{t('compare.changesSince', { date: formatDate(lang, d.since) })}</span>
            </h3>
            {d.engine && (
              <p class="hint" data-testid="engine-changed">
                {t('compare.engineChanged', { from: d.engine.before, to: d.engine.after })}
              </p>
            )}
            <ul>
              {d.added.map((a) => (
                <li key={`a${a}`} class="change--added">
                  <span class="tag">{t('compare.changeAdded')}</span> <q>{unquote(a)}</q>
                </li>
              ))}
              {d.removed.map((r) => (
                <li key={`r${r}`} class="change--removed">
                  <span class="tag">{t('compare.changeRemoved')}</span> <q>{unquote(r)}</q>
                </li>
              ))}
              {d.numbers.map((n) => (
                <li key={`n${n.after}`} class="change--numbers">
                  <span class="tag">{t('compare.changeNumbers')}</span> <q>{unquote(n.before)}</q> → <q>{unquote(n.after)}</q>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

function Library({ reports, compared, onFull }: { reports: SavedReport[]; compared: string[]; onFull: () => void }) {
  const { t, lang } = useI18n();
  const sorted = [...reports].sort((a, b) => b.at - a.at);
  return (
    <section class="card" aria-labelledby="library-heading">
      <h2 id="library-heading">{t('compare.library')}</h2>
      <p class="card__intro">{t('compare.libraryIntro', { count: reports.length, max: MAX_SAVED_REPORTS })}</p>
      {sorted.length === 0 ? (
        <p class="hint">{t('compare.libraryEmpty')}</p>
      ) : (
        <div class="table-wrap">
          <table class="table library" data-testid="library">
            <thead>
              <tr>
                <th scope="col">{t('compare.include')}</th>
                <th scope="col">{t('compare.row.page')}</th>
                <th scope="col">{t('compare.row.grade')}</th>
                <th scope="col">{t('compare.row.saved')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('compare.delete')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((r) => {
                const inIt = compared.includes(r.id);
                const href = safeHref(r.url);
                return (
                  <tr key={r.id}>
                    <td>
                      <input
                        type="checkbox"
                        checked={inIt}
                        aria-label={t('compare.includeAria', { title: titleOrHost(r.title, r.url) })}
                        onChange={async (e) => {
                          const box = e.currentTarget;
                          if (!box.checked) return void removeFromComparison(r.id);
                          const out = await addToComparison(r.id).catch(() => null);
                          if (!out) {
                            box.checked = false;
                            return;
                          }
                          if (out.status === 'full') {
                            box.checked = false;
                            onFull();
                          }
                        }}
                      />
                    </td>
                    <td>
                      <a href={reportUrl(r.id)}>{titleOrHost(r.title, r.url)}</a>
                      <br />
                      <span class="hint">{href ? hostOf(href) : r.url}</span>
                    </td>
                    <td>
                      <span class={`grade-text grade-text--${r.report.grade ?? 'none'}`}>{r.report.grade ?? '–'}</span>
                      {r.report.score !== null && <span class="hint"> · {r.report.score}</span>}
                    </td>
                    <td>{formatDate(lang, r.at)}</td>
                    <td class="num">
                      <button
                        type="button"
                        class="btn btn--small btn--ghost"
                        aria-label={t('compare.deleteAria', { title: titleOrHost(r.title, r.url) })}
                        onClick={() => {
                          if (window.confirm(t('compare.deleteConfirm', { title: titleOrHost(r.title, r.url) }))) void deleteReport(r.id);
                        }}
                      >
                        {t('compare.delete')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
