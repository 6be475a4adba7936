/**
 * Components loaded by need (issue 14): a page the resident may never open (About, drafts, the checklist) is a chunk
 * of its own, downloaded when it is first shown and precached by the service worker for offline use. Until it
 * arrives nothing is rendered in its place; focusQuestion() waits for it, so focus still lands on the page's heading.
 */
import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import { trackLoad, useApp } from './app-context.ts';

/** A component whose code is loaded the first time it renders; a file that cannot be loaded shows the reload prompt. */
export function lazy<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> & { preload(): Promise<unknown> } {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const start = (): Promise<ComponentType<P>> => {
    if (!loading) {
      const p = load().then(
        (c) => (loaded = c),
        (e: unknown) => {
          loading = undefined; // Another try at the next render: the prompt offers a reload meanwhile.
          throw e;
        },
      );
      trackLoad(p);
      loading = p;
    }
    return loading;
  };
  function Lazy(props: P) {
    const { update } = useApp();
    const [, arrived] = useState(0);
    if (loaded) {
      const Loaded = loaded;
      return <Loaded {...props} />;
    }
    // Started while rendering, not in an effect: a focus move asked for in the same update waits for it.
    start().then(
      () => arrived((n) => n + 1),
      () => update.markStale(),
    );
    return null;
  }
  return Object.assign(Lazy, { preload: () => start().catch(() => undefined) });
}
