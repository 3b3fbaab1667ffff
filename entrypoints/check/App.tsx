// "Check with Sceptic": the verdicts for the sentences selected on any page (?id=ID, the selection
// the background kept in storage.session), or for text pasted here, each with its note, the
// question for the vendor and the source; copy the questions, export Markdown or JSON. A selection
// has no page around it, so it gets verdicts and no grade. The text is judged here, in this page.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ClaimCard } from '../../components/ClaimCard';
import { useI18n, useTitle } from '../../components/i18n';
import { IconCopy, IconDownload } from '../../components/icons';
import { Live, useAnnouncer } from '../../components/Live';
import { PageHeader } from '../../components/PageHeader';
import { PageShell } from '../../components/PageShell';
import { analyse } from '../../heuristics/index';
import { usePageActions } from '../../hooks/page-actions';
import { formatDate } from '../../locales/index';
import { hostOf, safeHref, sortedClaims, titleOrHost } from '../../utils/present';
import { type CheckedSelection, checkKey, isCheckId, MAX_SELECTION, parseSelection, selectionBlocks } from '../../utils/selection';
import type { Read, Settings } from '../../utils/storage';

type Loaded = { kind: 'loading' } | { kind: 'missing' } | { kind: 'ready'; selection: CheckedSelection };

export function App() {
  return <PageShell waiting={<main class="page" aria-busy="true" />}>{(settings) => <CheckPage settings={settings} />}</PageShell>;
}

async function loadSelection(): Promise<Loaded> {
  const id = new URLSearchParams(location.search).get('id');
  if (!isCheckId(id)) return { kind: 'missing' };
  const got = (await browser.storage.session.get(checkKey(id)))[checkKey(id)];
  const selection = parseSelection(got);
  return selection ? { kind: 'ready', selection } : { kind: 'missing' };
}

function CheckPage({ settings }: { settings: Read<Settings> }) {
  const { t, lang } = useI18n();
  useTitle(`${t('check.page.title')} · ${t('app.name')}`);
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [text, setText] = useState('');
  const [message, say] = useAnnouncer();
  const s = settings.value;

  useEffect(() => {
    void loadSelection()
      .catch((): Loaded => ({ kind: 'missing' }))
      .then((l) => {
        setLoaded(l);
        if (l.kind === 'ready') setText(l.selection.text);
      });
  }, []);

  const selection = loaded.kind === 'ready' ? loaded.selection : null;
  const url = selection?.url ?? '';
  const at = selection?.at ?? 0;
  const report = useMemo(
    () => analyse(selectionBlocks(text), { sensitivity: s.sensitivity, disabledRubrics: s.disabledRubrics }),
    [text, s.sensitivity, s.disabledRubrics],
  );
  const views = useMemo(() => sortedClaims(report, url, []), [report, url]);
  const title = selection?.title.trim() ? t('check.page.titleOf', { title: selection.title.trim() }) : t('check.page.title');
  const input = { url: url || 'about:selection', title, at: at || Date.now(), report, sensitivity: s.sensitivity, dismissed: [], selection: true };
  const actions = usePageActions(input, { say });

  if (loaded.kind === 'loading') {
    return (
      <main class="page" aria-busy="true">
        <PageHeader />
      </main>
    );
  }

  const href = safeHref(url);
  const c = report.counts;

  return (
    <main class="page check">
      <PageHeader>
        <button type="button" class="btn btn--primary" onClick={() => void actions.copy()} disabled={!c.claims} data-testid="copy-questions">
          <IconCopy />
          {t('popup.copyQuestions')}
        </button>
        <button
          type="button"
          class="btn"
          onClick={() => actions.exportAs('md')}
          data-testid="export-markdown"
          aria-label={`${t('popup.export')} ${t('popup.exportMarkdown')}`}
        >
          <IconDownload />
          {t('popup.exportMarkdown')}
        </button>
        <button
          type="button"
          class="btn"
          onClick={() => actions.exportAs('json')}
          data-testid="export-json"
          aria-label={`${t('popup.export')} ${t('popup.exportJson')}`}
        >
          <IconDownload />
          {t('popup.exportJson')}
        </button>
      </PageHeader>

      <h1 class="page__title">{t('check.page.title')}</h1>
      <p class="card__intro">{t('check.page.intro')}</p>
      {selection ? (
        <p class="hint" data-testid="check-source">
          {t('check.page.from', { page: titleOrHost(selection.title, url) || t('check.page.pasted'), time: formatDate(lang, at) })}
          {href && (
            <>
              {' · '}
              <a href={href} target="_blank" rel="noopener noreferrer" class="url-shown">
                {hostOf(url)}
              </a>
            </>
          )}
        </p>
      ) : (
        <p class="notice" data-testid="check-missing">
          {t('check.page.missing')}
        </p>
      )}

      <section class="card" aria-labelledby="check-text-label">
        <label id="check-text-label" for="check-text" class="sample__label">
          {t('check.page.text')}
        </label>
        <p class="hint" id="check-text-hint">
          {t('check.page.textHint')}
        </p>
        <textarea
          id="check-text"
          class="input check__text"
          rows={8}
          maxLength={MAX_SELECTION}
          value={text}
          aria-describedby="check-text-hint"
          onInput={(e) => setText(e.currentTarget.value)}
          spellcheck={false}
          data-testid="check-text"
        />
      </section>

      <section class="card" aria-labelledby="check-result" aria-live="polite">
        <h2 id="check-result">{t('check.page.result')}</h2>
        <p class="summary-card__score" data-testid="summary">
          {t('check.page.counts', {
            claims: t('count.claims', { count: c.claims }),
            unsupported: t('count.unsupported', { count: c.unsupported }),
            weak: c.weak,
            supported: c.supported,
          })}
        </p>
        {views.length ? (
          <ol class="claims claims--report" data-testid="claims">
            {views.map((v) => (
              <ClaimCard key={v.claim.id} view={v} />
            ))}
          </ol>
        ) : (
          <p class="hint" data-testid="check-empty">
            {t('check.page.empty')}
          </p>
        )}
      </section>
      <Live message={message} />
    </main>
  );
}
