import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render';
import { person, useListViewport } from './inbox-helpers';
import { emulatorSummary, expectKpi, expectKpis, tableRows } from './summary-helpers';
import { addLeadsOnTop, expectSortedAs, findDrawer, goTo, incomingRecord } from './triage-helpers';

function waitingOf(summary: ReturnType<typeof emulatorSummary>): number {
  return summary.total - summary.accepted - summary.declined;
}

describe('Triage in the inbox shows in the summary', () => {
  useListViewport();

  // The inbox's reference data waits behind the summary's requests in the client's rate limit.
  it('counts an accept at once, and keeps the count once amoCRM has it, without a reload', {
    timeout: 30_000,
  }, async () => {
    const [uid = ''] = addLeadsOnTop({ category: 'sip', person: person('Anna Petrova') });
    const before = emulatorSummary(6, 0);
    const { router } = renderApp('/summary', { graceMs: 4000 });
    await expectKpis(before);

    await goTo('Inbox');
    await router.navigate({ to: '/inbox', search: { lead: uid } });
    const drawer = await findDrawer('Anna Petrova');
    await userEvent.click(within(drawer).getByRole('button', { name: 'Accept' }));
    await goTo('Summary');

    // Still in its undo window: the summary already counts it.
    await expectKpi('Accepted', before.accepted + 1);
    await expectKpi('Still waiting', waitingOf(before) - 1);
    await expectKpi('Came in', before.total);
    expect(incomingRecord(uid).state).toBe('pending');

    await expectSortedAs(uid, 'accepted');
    const after = emulatorSummary(6, 0);
    expect(after.accepted).toBe(before.accepted + 1);
    await expectKpis(after);
  });

  it('adds a decline and its reason to the breakdown', { timeout: 30_000 }, async () => {
    const [uid = ''] = addLeadsOnTop({ category: 'forms', person: person('Spam Sender') });
    const before = emulatorSummary(6, 0);
    const { router } = renderApp(`/inbox?lead=%22${uid}%22`, { graceMs: 200 });
    const drawer = await findDrawer('Spam Sender');
    await userEvent.click(within(drawer).getByRole('button', { name: 'Decline…' }));
    const confirm = await screen.findByRole('dialog', { name: /^Decline .*\?$/ });
    await userEvent.click(within(confirm).getByRole('radio', { name: 'Spam' }));
    await userEvent.click(within(confirm).getByRole('button', { name: 'Decline' }));
    await expectSortedAs(uid, 'declined');

    await router.navigate({ to: '/summary' });
    await expectKpi('Declined', before.declined + 1);
    await expectKpis(emulatorSummary(6, 0));
    await screen.findByRole('heading', { name: 'Why leads were declined' });
    expect(tableRows('Why leads were declined')).toEqual([['Spam', '1', '100%']]);
  });
});
