/**
 * What one tab of the app tells the others on this device: a draft was saved (they reload it or merge), the drafts
 * list changed, or the device was wiped ("next person", "clear all data": they drop the interview on screen at once).
 * BroadcastChannel, so nothing leaves the device; a message is read as untrusted data and anything unknown ignored.
 */

export type TabMessage = { type: 'saved'; id: string; revision: number } | { type: 'listed' } | { type: 'wiped'; all: boolean };

/** The channel as the drafts model uses it; injectable, so unit tests can play two tabs in one process. */
export interface TabChannel {
  post(message: TabMessage): void;
  listen(on: (message: TabMessage) => void): void;
}

/** The browser's channel for this app, or null where there is none (old browsers, some sandboxed frames). */
export function browserTabChannel(name = 'hz-benefits'): TabChannel | null {
  let channel: BroadcastChannel;
  try {
    channel = new BroadcastChannel(name);
  } catch {
    return null;
  }
  return {
    post: (message) => {
      try {
        channel.postMessage(message);
      } catch {
        // A closed channel: the other tabs still meet the revision check at their next write.
      }
    },
    listen: (on) =>
      channel.addEventListener('message', (e: MessageEvent) => {
        const m = readMessage(e.data);
        if (m) on(m);
      }),
  };
}

/** A message, if the data is one. */
export function readMessage(data: unknown): TabMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, id, revision, all } = data as Record<string, unknown>;
  if (type === 'listed') return { type };
  if (type === 'wiped' && typeof all === 'boolean') return { type, all };
  if (type === 'saved' && typeof id === 'string' && id.length <= 64 && typeof revision === 'number' && Number.isSafeInteger(revision)) {
    return { type, id, revision };
  }
  return null;
}
