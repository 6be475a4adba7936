/** An in-memory Web Storage (localStorage) for unit tests in Node, which has none, and a pair of tabs' channel. */
import type { TabChannel, TabMessage } from '../../src/state/tab-channel.ts';

/** Installs a fresh localStorage on globalThis and returns it. */
export function installLocalStorage(): Storage {
  const data = new Map<string, string>();
  const storage: Storage = {
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, String(v)),
    removeItem: (k) => void data.delete(k),
    clear: () => data.clear(),
  };
  Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true, writable: true });
  return storage;
}

/** Every key and value of a storage. */
export function dump(storage: Storage): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < storage.length; i++) out[storage.key(i)!] = storage.getItem(storage.key(i)!)!;
  return out;
}

/** Channels for tabs on one device: what one posts, every other hears (asynchronously, as BroadcastChannel does). */
export function tabChannels(count: number): TabChannel[] {
  const listeners: ((m: TabMessage) => void)[][] = Array.from({ length: count }, () => []);
  return listeners.map((mine, i) => ({
    post: (m) => listeners.forEach((ls, j) => j !== i && ls.forEach((l) => queueMicrotask(() => l(structuredClone(m))))),
    listen: (on) => void mine.push(on),
  }));
}
