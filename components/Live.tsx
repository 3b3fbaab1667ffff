// A polite live region: short confirmations ("Copied 5 questions") that screen readers announce.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export function useAnnouncer(timeoutMs = 4000): [string, (msg: string) => void] {
  const [msg, setMsg] = useState('');
  const timer = useRef<number | undefined>(undefined);
  const say = useCallback(
    (m: string) => {
      setMsg(m);
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => setMsg(''), timeoutMs);
    },
    [timeoutMs],
  );
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return [msg, say];
}

export function Live({ message, class: cls = 'toast' }: { message: string; class?: string }) {
  return (
    <div class={cls} role="status" aria-live="polite" data-testid="status">
      {message}
    </div>
  );
}
