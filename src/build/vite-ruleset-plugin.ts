/**
 * Vite plugin: `import ruleset from 'virtual:ruleset'` gives the app the validated, compiled policies as JSON.
 * A policy file that does not validate fails the build with its file, line, path and reason.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { PolicyError, loadPolicies, withoutCases } from './load-policies.ts';
import { forResidents } from './resident-text.ts';

const ID = 'virtual:ruleset';
const RESOLVED = `\0${ID}`;

/** Compiles `policiesDir` into the virtual module `virtual:ruleset`. */
export function rulesetPlugin(policiesDir = 'policies'): Plugin {
  const root = resolve(policiesDir);
  return {
    name: 'hz-ruleset',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      try {
        // Residents read titles, not the source ids authors write in notes.
        const ruleset = forResidents(withoutCases(loadPolicies(root)));
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(ruleset))});`;
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
        const mod = server.moduleGraph.getModuleById(RESOLVED);
        if (mod) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
