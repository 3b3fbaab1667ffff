// Small statistics for the benchmark: medians of repeated runs, and how to print them.

export function median(xs: readonly number[]): number {
  if (!xs.length) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export function max(xs: readonly number[]): number {
  return xs.length ? Math.max(...xs) : Number.NaN;
}

/** Milliseconds as people read them: 0.42, 4.2, 42, 420. */
export function ms(x: number): string {
  if (!Number.isFinite(x)) return '–';
  if (x < 1) return x.toFixed(2);
  if (x < 10) return x.toFixed(1);
  return x.toFixed(0);
}

/** A ratio as "3.4×" (or "0.21×"). */
export function times(x: number): string {
  if (!Number.isFinite(x)) return '–';
  return `${x < 1 ? x.toFixed(2) : x < 10 ? x.toFixed(1) : x.toFixed(0)}×`;
}

export function percent(x: number): string {
  return Number.isFinite(x) ? `${(x * 100).toFixed(x < 0.1 ? 1 : 0)}%` : '–';
}

export function count(x: number): string {
  return Number.isFinite(x) ? Math.round(x).toLocaleString('en') : '–';
}
