import ruleset from 'virtual:ruleset';
import { evaluate } from './engine/index.ts';

const e = evaluate(ruleset, { answers: {}, asOf: '2026-11-28' });
document.body.textContent = `${ruleset.version} ${e.items.length}`;
