// A roving tab index (the ARIA "composite" pattern): a group of controls is one Tab stop; the
// arrow keys, Home and End move between them. The group remembers its current control across
// renders, so that a list that re-renders under the reader's hand keeps the reader's place.
import type { RefObject } from 'preact';
import { useCallback, useLayoutEffect, useRef } from 'preact/hooks';

export interface Roving {
  ref: RefObject<HTMLElement | null>;
  onKeyDown: (e: KeyboardEvent) => void;
  onFocusIn: (e: FocusEvent) => void;
  /** Move to the item `by` steps away from the current one (clamped), focus it and return it. */
  step: (by: number) => HTMLElement | null;
}

const KEYS: Record<string, number | 'home' | 'end'> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1, Home: 'home', End: 'end' };

/**
 * Make the elements matching `selector` inside the returned `ref` one Tab stop. `axis` 'vertical'
 * listens to up and down only (left and right stay with the controls inside a row).
 */
export function useRoving(selector: string, axis: 'both' | 'vertical' = 'both'): Roving {
  const ref = useRef<HTMLElement>(null);
  const current = useRef<string | null>(null);

  const items = useCallback(
    () => (ref.current ? [...ref.current.querySelectorAll<HTMLElement>(selector)].filter((el) => !el.hasAttribute('disabled')) : []),
    [selector],
  );

  const keyOf = (el: HTMLElement, all: HTMLElement[]) => el.dataset.rovingKey ?? String(all.indexOf(el));

  const settle = useCallback(() => {
    const all = items();
    if (!all.length) return;
    let on = all.find((el) => keyOf(el, all) === current.current);
    if (!on) on = all[0];
    for (const el of all) el.tabIndex = el === on ? 0 : -1;
  }, [items]);

  // After every render: exactly one item of the group is in the Tab order.
  useLayoutEffect(() => settle());

  const focusAt = useCallback(
    (target: HTMLElement | undefined) => {
      if (!target) return null;
      const all = items();
      current.current = keyOf(target, all);
      settle();
      target.focus();
      return target;
    },
    [items, settle],
  );

  const onKeyDown = useCallback(
    (e: KeyboardEvent) => {
      const move = KEYS[e.key];
      if (move === undefined || e.altKey || e.ctrlKey || e.metaKey) return;
      if (axis === 'vertical' && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) return;
      const all = items();
      const at = all.indexOf(e.target as HTMLElement);
      if (at < 0) return;
      e.preventDefault();
      const next = move === 'home' ? 0 : move === 'end' ? all.length - 1 : Math.max(0, Math.min(all.length - 1, at + move));
      focusAt(all[next]);
    },
    [axis, items, focusAt],
  );

  const onFocusIn = useCallback(
    (e: FocusEvent) => {
      const all = items();
      const el = e.target as HTMLElement;
      if (!all.includes(el)) return;
      current.current = keyOf(el, all);
      for (const x of all) x.tabIndex = x === el ? 0 : -1;
    },
    [items],
  );

  const step = useCallback(
    (by: number) => {
      const all = items();
      if (!all.length) return null;
      const at = all.findIndex((el) => keyOf(el, all) === current.current);
      const next = at < 0 ? (by > 0 ? 0 : all.length - 1) : Math.max(0, Math.min(all.length - 1, at + by));
      return focusAt(all[next]);
    },
    [items, focusAt],
  );

  return { ref, onKeyDown, onFocusIn, step };
}
