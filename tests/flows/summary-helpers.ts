import { screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import { type Summary, summarize } from '../../mocks/account/summary';
import { emulator } from '../../mocks/runtimes/node';

/** Local midnight `daysAgo` days before today, in seconds, worked out on the calendar as the browser does. */
export function localDayStart(daysAgo: number): number {
  const now = new Date();
  return Math.floor(new Date(now.getFullYear(), now.getMonth(), now.getDate() - daysAgo).getTime() / 1000);
}

/** The last second of the local day `daysAgo` days before today. */
export function localDayEnd(daysAgo: number): number {
  return localDayStart(daysAgo - 1) - 1;
}

/** `YYYY-MM-DD` of the local day `daysAgo` days before today. */
export function localDayKey(daysAgo: number): string {
  const date = new Date(localDayStart(daysAgo) * 1000);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** What the emulator itself counts for local days `fromDaysAgo`…`toDaysAgo` (and one pipeline). */
export function emulatorSummary(fromDaysAgo: number, toDaysAgo: number, pipelineId?: number): Summary {
  return summarize(emulator.db.incoming.values(), {
    uids: null,
    pipelineIds: pipelineId === undefined ? null : [pipelineId],
    from: localDayStart(fromDaysAgo),
    to: localDayEnd(toDaysAgo),
  });
}

export function kpiCard(name: string): HTMLElement {
  return screen.getByRole('group', { name });
}

/** The card shows `value` as its number (the label comes first, the comparison after). */
export async function expectKpi(name: string, value: string | number): Promise<void> {
  const escaped = String(value).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await waitFor(() => expect(kpiCard(name)).toHaveTextContent(new RegExp(`^${name}${escaped}(?![\\d,])`)));
}

export async function expectKpis(summary: Summary): Promise<void> {
  await expectKpi('Came in', summary.total);
  await expectKpi('Accepted', summary.accepted);
  await expectKpi('Declined', summary.declined);
  await expectKpi('Still waiting', summary.total - summary.accepted - summary.declined);
}

/** Rows of a screen-reader table as text cells, header row left out. */
export function tableRows(name: string): string[][] {
  const table = screen.getByRole('table', { name });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      [...within(row).queryAllByRole('rowheader'), ...within(row).queryAllByRole('cell')].map(
        (cell) => cell.textContent ?? '',
      ),
    );
}
