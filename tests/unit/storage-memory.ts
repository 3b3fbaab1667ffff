// An in-memory stand-in for browser.storage.local with its change events, for the storage tests.
import type { Area, AreaEvents, ChangeListener } from '../../utils/storage';

export function memoryStorage(initial: Record<string, unknown> = {}) {
  const data = new Map<string, unknown>(Object.entries(structuredClone(initial)));
  const listeners = new Set<ChangeListener>();
  const emit = (key: string, oldValue: unknown, newValue: unknown) => {
    for (const l of listeners) l({ [key]: { oldValue, newValue } }, 'local');
  };
  const area: Area = {
    async get(key) {
      return data.has(key) ? { [key]: structuredClone(data.get(key)) } : {};
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) {
        const old = data.get(k);
        // storage.local stores JSON-like values: a round trip through JSON is what a real browser keeps.
        data.set(k, JSON.parse(JSON.stringify(v)));
        emit(k, old, structuredClone(data.get(k)));
      }
    },
    async remove(key) {
      const old = data.get(key);
      data.delete(key);
      emit(key, old, undefined);
    },
  };
  const events: AreaEvents = {
    addListener: (cb) => listeners.add(cb),
    removeListener: (cb) => listeners.delete(cb),
  };
  return { area, events, data, listeners };
}
