/** The benchmark's figures: medians of several runs, each with its budget and verdict. */
export interface Budget {
  /** "≤ 170 KB" as printed. */
  text: string;
  isMet: (value: number) => boolean;
}

export interface Figure {
  id: string;
  label: string;
  unit: string;
  samples: number[];
  median: number;
  budget?: Budget;
  /** Extra context printed after the value. */
  note?: string;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export function figure(
  id: string,
  label: string,
  unit: string,
  samples: number[],
  extra: { budget?: Budget; note?: string } = {},
): Figure {
  return { id, label, unit, samples, median: median(samples), ...extra };
}

export const atMost = (limit: number, unit: string): Budget => ({
  text: `≤ ${limit} ${unit}`.trim(),
  isMet: (value) => value <= limit,
});

export function verdict(item: Figure): 'pass' | 'FAIL' | '' {
  if (!item.budget) return '';
  return item.budget.isMet(item.median) ? 'pass' : 'FAIL';
}

function formatValue(value: number, unit: string): string {
  if (Number.isNaN(value)) return 'n/a';
  const digits = Math.abs(value) >= 100 || Number.isInteger(value) ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toFixed(digits)}${unit ? ` ${unit}` : ''}`;
}

export function printTable(figures: readonly Figure[]): string {
  const header = ['measure', 'median', 'runs', 'budget', 'result'];
  const rows = figures.map((item) => [
    item.label + (item.note ? ` (${item.note})` : ''),
    formatValue(item.median, item.unit),
    item.samples.map((value) => formatValue(value, '')).join(' '),
    item.budget?.text ?? '',
    verdict(item),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ');
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

export function toJson(figures: readonly Figure[]) {
  return figures.map(({ budget, ...rest }) => ({
    ...rest,
    budget: budget?.text ?? null,
    result: verdict({ ...rest, budget }) || null,
  }));
}
