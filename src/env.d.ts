/// <reference types="vite/client" />

declare module 'virtual:ruleset' {
  import type { Ruleset } from './engine/types.ts';
  const ruleset: Ruleset;
  export default ruleset;
}
