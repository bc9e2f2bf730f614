import type { KeyValueStore } from '../../lib/db/console/history-store.ts';

function memoryStore(): KeyValueStore {
  const map = new Map<string, string>();
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
}

/** localStorage when the browser allows it (private modes may refuse), else memory for this page. */
export const browserStore: KeyValueStore = (() => {
  try {
    const probe = '__fazhi_probe__';
    localStorage.setItem(probe, '1');
    localStorage.removeItem(probe);
    return localStorage;
  } catch {
    return memoryStore();
  }
})();
