// The measures Sceptic leaves of its own work: the name and detail as given, and a bounded count per name.
import { afterEach, describe, expect, it } from 'vitest';
import { leaveMeasure } from '../../utils/perf';

afterEach(() => performance.clearMeasures());

describe('leaveMeasure', () => {
  it('leaves a measure with its name, span and detail', () => {
    const start = performance.now();
    leaveMeasure('sceptic:test', { start, end: start + 5 }, { mode: 'full', nodes: 3 });
    const [m] = performance.getEntriesByName('sceptic:test') as PerformanceMeasure[];
    expect(m?.duration).toBeCloseTo(5);
    expect(m?.detail).toEqual({ mode: 'full', nodes: 3 });
  });

  it('keeps at most `keep` entries of a name', () => {
    for (let i = 0; i < 7; i++) leaveMeasure('sceptic:test', { start: performance.now(), keep: 3 }, { i });
    const kept = performance.getEntriesByName('sceptic:test') as PerformanceMeasure[];
    expect(kept.length).toBeLessThanOrEqual(3);
    expect(kept.at(-1)?.detail).toEqual({ i: 6 });
  });
});
