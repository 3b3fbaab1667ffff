import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Claim } from '../../heuristics/types';
import { type TabState, TabState as TabStateSchema } from '../../utils/messages';

/** The tab this popup speaks for: ?tab=ID when opened as a page, else the active tab. */
async function targetTab(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function ClaimItem({ claim, tabId }: { claim: Claim; tabId: number }) {
  const show = () => browser.tabs.sendMessage(tabId, { type: 'ui/show-claim', claimId: claim.id }).catch(() => undefined);
  return (
    <li class={`claim claim--${claim.verdict}`} data-claim-id={claim.id}>
      <button type="button" class="claim__quote" onClick={show} title="Show on page">
        “{claim.text}”
      </button>
      <div class="claim__meta">
        <span class={`verdict verdict--${claim.verdict}`}>{claim.verdict}</span> <span class="score">{claim.score}/100</span>{' '}
        <span class="kinds">{claim.kinds.join(', ')}</span>
      </div>
      {claim.flags.map((f) => (
        <div class="flag" key={`${f.rule}:${f.span[0]}`}>
          <p class="flag__note">{f.note}</p>
          <p class="flag__question">Ask: {f.question}</p>
        </div>
      ))}
    </li>
  );
}

export function App() {
  const [tabId, setTabId] = useState<number>();
  const [state, setState] = useState<TabState>({ status: 'none' });

  useEffect(() => {
    let alive = true;
    const load = async () => {
      const id = await targetTab();
      if (!alive || id === undefined) return;
      setTabId(id);
      const raw: unknown = await browser.runtime.sendMessage({ type: 'ui/get-tab-state', tabId: id });
      const parsed = TabStateSchema.safeParse(raw);
      if (alive && parsed.success) setState(parsed.data);
    };
    void load();
    const timer = setInterval(load, 1000);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, []);

  if (state.status !== 'ready' || tabId === undefined) {
    const text =
      state.status === 'scanning'
        ? 'Reading this page…'
        : state.status === 'unreadable'
          ? 'Sceptic could not read this page.'
          : 'Nothing to judge on this page yet.';
    return (
      <main class="popup">
        <h1 class="brand">Sceptic</h1>
        <p class="empty">{text}</p>
      </main>
    );
  }
  const { report } = state;
  const claims = [...report.claims].sort((a, b) => a.score - b.score);
  return (
    <main class="popup">
      <header class="summary">
        <div class={`grade grade--${report.grade ?? 'none'}`} data-testid="grade">
          {report.grade ?? '–'}
        </div>
        <div>
          <h1 class="brand">Sceptic</h1>
          <p data-testid="summary">
            {report.grade ? `Score ${report.score}/100 · ` : report.isProductPage ? 'Too few claims to grade · ' : 'Not a product page · '}
            {report.counts.claims} claims, {report.counts.unsupported} unsupported
          </p>
        </div>
      </header>
      <ol class="claims" data-testid="claims">
        {claims.map((c) => (
          <ClaimItem key={c.id} claim={c} tabId={tabId} />
        ))}
      </ol>
    </main>
  );
}
