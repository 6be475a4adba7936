/**
 * The iframe side of the embed protocol. The city's website embeds the calculator in an <iframe>; the page then
 * tells its parent how tall it is, as `{ type: "hz-benefits:height", height }` on every layout change, and nothing
 * else: a height is not personal data, no message carries an answer, and no incoming message is acted on.
 * See public/embed.html (a working host page) and the README's "Embedding" section.
 */

/** The one message the app sends. */
export interface HeightMessage {
  type: 'hz-benefits:height';
  /** The page's height in CSS pixels. */
  height: number;
}

/** Whether another page frames this one. A cross-origin parent cannot be read, but comparing windows is allowed. */
export function isFramed(): boolean {
  try {
    return window.self !== window.top;
  } catch {
    return true;
  }
}

/** Embed mode: `?embed=1` forces it, `?embed=0` turns it off, otherwise it follows whether the page is framed. */
export function embedMode(search: string, framed: boolean): boolean {
  const asked = new URLSearchParams(search).get('embed');
  return asked === '1' ? true : asked === '0' ? false : framed;
}

/**
 * Sends the page's height to the parent now and after every change of layout (answers, explanations opened,
 * language, large type). `targetOrigin` is '*' unless the build names the portal's origin (VITE_EMBED_PARENT_ORIGIN).
 */
export function reportHeight(targetOrigin: string): void {
  if (window.parent === window || typeof ResizeObserver !== 'function') return;
  let last = -1;
  const send = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: HeightMessage = { type: 'hz-benefits:height', height };
    window.parent.postMessage(message, targetOrigin);
  };
  new ResizeObserver(send).observe(document.body);
  send();
}
