/** Plain-text tables with aligned columns, for terminals and CI logs. */

/** A column: its header and whether its cells line up on the right (numbers). */
export interface Column {
  header: string;
  right?: boolean;
}

/** Renders rows under a header and a rule; cells are padded by code points (the CLI's cells are ASCII, ✓ and —). */
export function renderTable(columns: Column[], rows: string[][]): string {
  const width = (s: string) => [...s].length;
  const widths = columns.map((c, i) => Math.max(width(c.header), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => {
        const pad = ' '.repeat(widths[i]! - width(cell));
        return columns[i]!.right ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(columns.map((c) => c.header)), rule, ...rows.map(line)].join('\n') + '\n';
}
