import { screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { incomingLeadQueries } from '@/incoming-leads/incoming-lead-queries';
import { insertIncomingLead } from '../../../mocks/account/db-inserts';
import { emulator } from '../../../mocks/runtimes/node';
import { buildIncomingLead } from '../../../tests/support/incoming-lead-drafts';
import { createTestApiClient, createTestQueryClient, renderWithProviders } from '../../../tests/support/render';
import { LeadDrawer } from './lead-drawer';

const NOW = Math.floor(Date.now() / 1000);

function insertCall(caller: string) {
  return insertIncomingLead(
    emulator.db,
    buildIncomingLead({ category: 'sip', created_at: NOW - 60, metadata: { from: caller, duration: 30 } }),
  );
}

function Inbox({ uids }: { uids: string[] }) {
  const [index, setIndex] = useState<number>();
  const uid = index === undefined ? undefined : uids[index];
  return (
    <>
      <button type="button" onClick={() => setIndex(0)}>
        Open the first lead
      </button>
      <LeadDrawer
        uid={uid}
        onClose={() => setIndex(undefined)}
        onPrevious={index ? () => setIndex(index - 1) : undefined}
        onNext={index !== undefined && index < uids.length - 1 ? () => setIndex(index + 1) : undefined}
        position={index === undefined ? undefined : { index, total: uids.length }}
      />
    </>
  );
}

describe('LeadDrawer', () => {
  it('renders nothing without a lead', () => {
    renderWithProviders(<LeadDrawer uid={undefined} onClose={() => {}} />);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('moves to the next and previous lead without closing, and shows where it is in the list', async () => {
    const uids = [insertCall('Anna').uid, insertCall('Boris').uid];
    const { user } = renderWithProviders(<Inbox uids={uids} />);
    await user.click(screen.getByRole('button', { name: 'Open the first lead' }));
    expect(await screen.findByRole('dialog', { name: 'Call from Anna' })).toHaveFocus();
    expect(screen.getByText('1 of 2')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('dialog', { name: 'Call from Boris' })).toBeInTheDocument();
    expect(screen.getByText('2 of 2')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Previous' }));
    expect(await screen.findByRole('dialog', { name: 'Call from Anna' })).toBeInTheDocument();
  });

  it('calls back for previous and next', async () => {
    const onPrevious = vi.fn();
    const onNext = vi.fn();
    const { uid } = insertCall('Anna');
    const { user } = renderWithProviders(
      <LeadDrawer
        uid={uid}
        onClose={() => {}}
        onPrevious={onPrevious}
        onNext={onNext}
        position={{ index: 2, total: 120 }}
      />,
    );
    expect(screen.getByText('3 of 120')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(onPrevious).toHaveBeenCalledOnce();
    expect(onNext).toHaveBeenCalledOnce();
  });

  it('closes with the close button and with Escape', async () => {
    const onClose = vi.fn();
    const { uid } = insertCall('Anna');
    const { user } = renderWithProviders(<LeadDrawer uid={uid} onClose={onClose} />);
    await screen.findByRole('dialog', { name: 'Call from Anna' });
    await user.click(screen.getByRole('button', { name: 'Close the incoming lead' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('leaves Escape to a search field outside the drawer', async () => {
    const onClose = vi.fn();
    const { uid } = insertCall('Anna');
    const { user } = renderWithProviders(
      <>
        <input aria-label="Search incoming leads" />
        <LeadDrawer uid={uid} onClose={onClose} />
      </>,
    );
    await screen.findByRole('dialog', { name: 'Call from Anna' });
    await user.click(screen.getByRole('textbox', { name: 'Search incoming leads' }));
    await user.keyboard('{Escape}');
    expect(onClose).not.toHaveBeenCalled();
  });

  it('gives focus back to what opened it when it closes', async () => {
    const { user } = renderWithProviders(<Inbox uids={[insertCall('Anna').uid]} />);
    await user.click(screen.getByRole('button', { name: 'Open the first lead' }));
    await screen.findByRole('dialog', { name: 'Call from Anna' });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open the first lead' })).toHaveFocus();
  });

  it('shows the lead from the inbox list at once, then says so when someone has already sorted it', async () => {
    const record = insertCall('Anna');
    const queryClient = createTestQueryClient();
    await queryClient.fetchInfiniteQuery(incomingLeadQueries.list(createTestApiClient(), {}));
    record.state = 'accepted';
    renderWithProviders(
      <LeadDrawer uid={record.uid} onClose={() => {}} actions={() => <button type="button">Accept</button>} />,
      {
        queryClient,
      },
    );
    expect(screen.getByRole('dialog', { name: 'Call from Anna' })).toBeInTheDocument();
    expect(
      await screen.findByText('This incoming lead is no longer waiting — someone already sorted it.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('dialog', { name: 'Incoming lead' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Accept' })).not.toBeInTheDocument();
  });

  it('says the lead is no longer waiting when the API answers 404 for it', async () => {
    emulator.setQuirks({ missingIncomingLead: 404 });
    renderWithProviders(<LeadDrawer uid="no-such-lead" onClose={() => {}} />);
    expect(await screen.findByText(/no longer waiting/)).toBeInTheDocument();
  });

  it('shows skeletons while loading and the triage actions once the lead is there', async () => {
    const { uid } = insertCall('Anna');
    renderWithProviders(
      <LeadDrawer uid={uid} onClose={() => {}} actions={() => <button type="button">Accept</button>} />,
    );
    expect(screen.getByLabelText('Loading the incoming lead')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Accept' })).toBeInTheDocument();
  });

  it('explains a server error and recovers on Retry', async () => {
    const { uid } = insertCall('Anna');
    emulator.setScenario('server-error');
    const { user } = renderWithProviders(<LeadDrawer uid={uid} onClose={() => {}} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('amoCRM answered with a server error (500). Try again.');
    emulator.setScenario(null);
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('dialog', { name: 'Call from Anna' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });
});
