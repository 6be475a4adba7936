/**
 * Vite plugin: `import ruleset from 'virtual:ruleset'` gives the app the validated, compiled policies as JSON, split by
 * need (src/build/split-ruleset.ts): the structure with the Chinese of the interview and the result cards, while
 * `virtual:ruleset-text` lists loaders of the packs that complete it (each pack its own chunk, loaded by
 * src/state/texts.ts when an explanation, About, the checklist or English needs it).
 * A policy file that does not validate fails the build with its file, line, path and reason.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { PolicyError, loadPolicies, withoutCases } from './load-policies.ts';
import { forResidents } from './resident-text.ts';
import { splitRuleset, type SplitRuleset } from './split-ruleset.ts';

const ID = 'virtual:ruleset';
const SHELL = 'virtual:ruleset-shell';
const TEXT = 'virtual:ruleset-text';
/** The prefix of every module this plugin serves. */
export const RULESET_MODULE = '\0virtual:ruleset';
/** The prefix of the pack modules (`…/en`, `…/common`, `…/support`, `…/sources`, `…/item/<id>`, `…/facts/<n>`):
 * vite.config.ts names their chunks. */
export const TEXT_PACK_MODULE = `\0${TEXT}/`;

/** A module whose default export is `value`, parsed from a JSON string (faster to parse than an object literal). */
const jsonModule = (value: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;

/** Compiles `policiesDir` into the virtual modules `virtual:ruleset` and `virtual:ruleset-text(/…)`. */
export function rulesetPlugin(policiesDir = 'policies'): Plugin {
  const root = resolve(policiesDir);
  let split: SplitRuleset | undefined;
  // Residents read titles, not the source ids authors write in notes.
  const compiled = () => (split ??= splitRuleset(forResidents(withoutCases(loadPolicies(root)))));
  return {
    name: 'hz-ruleset',
    resolveId: (id) => (id === ID || id === SHELL || id === TEXT || id.startsWith(`${TEXT}/`) ? `\0${id}` : undefined),
    load(id) {
      if (!id.startsWith(RULESET_MODULE)) return undefined;
      try {
        const s = compiled();
        // The first screen's part (who may be asking, the rules' version): the same audience objects as the ruleset's,
        // so a text pack filled into one is in the other. The key stays in its place: packs fill texts in walk order.
        if (id === `\0${SHELL}`) return jsonModule({ version: s.core.version, hash: s.core.hash, audiences: s.core.audiences ?? [] });
        if (id === `\0${ID}`) {
          return [
            `import shell from ${JSON.stringify(SHELL)};`,
            `const core = JSON.parse(${JSON.stringify(JSON.stringify({ ...s.core, audiences: 0 }))});`,
            'core.audiences = shell.audiences;',
            'export default core;',
          ].join('\n');
        }
        if (id === `\0${TEXT}`) {
          const load = (pack: string) => `() => import(${JSON.stringify(`${TEXT}/${pack}`)})`;
          // By the items' order in the ruleset (ids would only lengthen the entry chunk).
          const items = s.core.items.map((item) => load(`item/${item.id}`));
          const facts = { of: s.facts.of, items: s.facts.items, audiences: s.facts.audiences };
          return [
            `export const en = ${load('en')};`,
            `export const common = ${load('common')};`,
            `export const support = ${load('support')};`,
            `export const sources = ${load('sources')};`,
            `export const items = [${items.join(', ')}];`,
            `export const facts = { load: [${s.facts.packs.map((_, g) => load(`facts/${g}`)).join(', ')}], ...${JSON.stringify(facts)} };`,
          ].join('\n');
        }
        const pack = id.slice(TEXT_PACK_MODULE.length);
        if (pack === 'en') return jsonModule(s.en);
        if (pack === 'common') return jsonModule(s.common);
        if (pack === 'support') return jsonModule(s.support);
        if (pack === 'sources') return jsonModule(s.sources);
        if (pack.startsWith('item/') && Object.hasOwn(s.items, pack.slice(5))) return jsonModule(s.items[pack.slice(5)]);
        const group = /^facts\/(\d+)$/.exec(pack);
        if (group && Number(group[1]) < s.facts.packs.length) return jsonModule(s.facts.packs[Number(group[1])]);
        return undefined;
      } catch (e) {
        if (e instanceof PolicyError) this.error(e.message);
        throw e;
      }
    },
    configureServer(server) {
      // In development, editing a policy file reloads the page with the new rules.
      server.watcher.add(root);
      server.watcher.on('change', (file) => {
        if (!file.startsWith(root)) return;
        split = undefined;
        for (const mod of server.moduleGraph.idToModuleMap.values()) if (mod.id?.startsWith(RULESET_MODULE)) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
