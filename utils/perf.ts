// User Timing measures of Sceptic's own work (sceptic:probe and sceptic:scan in the page,
// sceptic:analyse in the worker): a few numbers, never page text. The benchmark reads them; so
// can anyone profiling. Each name keeps at most `keep` entries, the oldest cleared together.

export interface MeasureSpan {
  start: number;
  /** The end, when it is not now. */
  end?: number;
  /** Entries of this name kept at most: when that many stand, they are cleared first. */
  keep?: number;
}

/** Leave a performance measure; nothing where the timeline cannot take one. */
export function leaveMeasure(name: string, span: MeasureSpan, detail: Record<string, unknown>): void {
  try {
    if (performance.getEntriesByName(name).length >= (span.keep ?? 100)) performance.clearMeasures(name);
    performance.measure(name, span.end === undefined ? { start: span.start, detail } : { start: span.start, end: span.end, detail });
  } catch {
    // no User Timing here
  }
}
