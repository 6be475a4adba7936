/// <reference types="vite/client" />

declare module 'virtual:ruleset' {
  import type { Ruleset } from './engine/types.ts';
  const ruleset: Ruleset;
  export default ruleset;
}

/** What the first screen needs of the rules (src/build/vite-ruleset-plugin.ts): in the entry chunk, not the ruleset's. */
declare module 'virtual:ruleset-shell' {
  import type { ShellRules } from './state/shell.ts';
  const shell: ShellRules;
  export default shell;
}

/** Build-time settings for deployers (see README, "At a service counter"). */
interface ImportMetaEnv {
  /** '1' makes counter mode the default on every device this build is opened on. */
  readonly VITE_COUNTER_MODE?: string;
  /** Minutes without activity before the counter's wipe warning (default 10). */
  readonly VITE_COUNTER_IDLE_MINUTES?: string;
  /** The portal's origin (https://www.hangzhou.gov.cn, say): the page's height is then posted to it alone, not '*'. */
  readonly VITE_EMBED_PARENT_ORIGIN?: string;
  /** The app's public address (https://…/hz-benefits/), for hand-off links and QR codes made at a counter. */
  readonly VITE_PUBLIC_URL?: string;
}
