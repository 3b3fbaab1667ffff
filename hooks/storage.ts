// Stored data as Preact state, kept live as storage changes (in this page or any other).
import { useEffect, useState } from 'preact/hooks';
import { defaultSettings } from '../utils/settings';
import {
  type Dismissal,
  pageKey,
  type Read,
  readComparison,
  readDismissed,
  readReports,
  readSettings,
  type SavedReport,
  type Settings,
  watchComparison,
  watchDismissed,
  watchReports,
  watchSettings,
} from '../utils/storage';

/** The settings, or null until they are read. */
export function useSettings(): Read<Settings> | null {
  const [s, set] = useState<Read<Settings> | null>(null);
  useEffect(() => {
    let alive = true;
    void readSettings().then((r) => alive && set(r));
    const stop = watchSettings(set);
    return () => {
      alive = false;
      stop();
    };
  }, []);
  return s;
}

export const FALLBACK_SETTINGS: Read<Settings> = { value: defaultSettings(), recovered: false };

/** Dismissed flags on one page (all pages when url is null). */
export function useDismissed(url: string | null): Dismissal[] {
  const [list, set] = useState<Dismissal[]>([]);
  useEffect(() => {
    let alive = true;
    const page = url === null ? null : pageKey(url);
    const keep = (r: Read<Dismissal[]>) => alive && set(page === null ? r.value : r.value.filter((d) => d.page === page));
    void readDismissed().then(keep);
    const stop = watchDismissed(keep);
    return () => {
      alive = false;
      stop();
    };
  }, [url]);
  return list;
}

/** Every dismissal, with whether the stored list had to be repaired. */
export function useDismissals(): Read<Dismissal[]> | null {
  const [r, set] = useState<Read<Dismissal[]> | null>(null);
  useEffect(() => {
    let alive = true;
    void readDismissed().then((x) => alive && set(x));
    const stop = watchDismissed(set);
    return () => {
      alive = false;
      stop();
    };
  }, []);
  return r;
}

export function useReports(): Read<SavedReport[]> | null {
  const [r, set] = useState<Read<SavedReport[]> | null>(null);
  useEffect(() => {
    let alive = true;
    void readReports().then((x) => alive && set(x));
    const stop = watchReports(set);
    return () => {
      alive = false;
      stop();
    };
  }, []);
  return r;
}

export function useComparison(): Read<string[]> | null {
  const [r, set] = useState<Read<string[]> | null>(null);
  useEffect(() => {
    let alive = true;
    void readComparison().then((x) => alive && set(x));
    const stop = watchComparison(set);
    return () => {
      alive = false;
      stop();
    };
  }, []);
  return r;
}
