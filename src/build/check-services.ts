/** Cross-checks of policies/services.yaml: each audience and source it names exists, and no id is used twice. */
import type { Ruleset } from '../engine/types.ts';
import { type Parsed, type PolicyIssue, locate } from './load-policies.ts';
import type { ServicesFileT } from '../engine/schema-services.ts';

/** Every problem in services.yaml, located in the file. */
export function checkServices(rs: Ruleset, file: Parsed<ServicesFileT>): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const report = (path: (string | number)[], message: string) => issues.push({ file: file.file, ...locate(file.doc, file.lines, path), message });
  const audiences = new Set((rs.audiences ?? []).map((a) => a.id));
  const seen = new Set<string>();
  const once = (id: string, path: (string | number)[]) => {
    if (seen.has(id)) report(path, `${id} is listed twice`);
    seen.add(id);
  };
  const cited = (source: string, path: (string | number)[]) =>
    Object.hasOwn(rs.sources, source) || report([...path, 'source'], `unknown source ${source} (add it to sources.yaml)`);
  file.data.services.forEach((s, i) => {
    once(s.id, ['services', i, 'id']);
    s.audiences.forEach((a, j) => audiences.has(a) || report(['services', i, 'audiences', j], `unknown audience ${a} (see ruleset.yaml)`));
    cited(s.cite.source, ['services', i, 'cite']);
  });
  file.data.notCovered.forEach((n, i) => {
    once(n.id, ['notCovered', i, 'id']);
    cited(n.cite.source, ['notCovered', i, 'cite']);
  });
  return issues;
}
