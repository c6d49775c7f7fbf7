import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render';
import { findLeadLinks, findLeadRows, useListViewport } from './inbox-helpers';

async function currentRow() {
  const rows = await findLeadRows();
  return rows.filter((row) => row.getAttribute('aria-current') === 'true');
}

async function uidAt(index: number) {
  return (await findLeadLinks())[index]?.getAttribute('data-uid');
}

async function expectCursorAt(index: number) {
  await waitFor(async () => {
    const rows = await findLeadRows();
    expect(await currentRow()).toEqual([rows[index]]);
  });
}

describe('Triaging from the keyboard', () => {
  useListViewport();

  it('moves through the rows with j, k and the arrow keys, focus following', async () => {
    renderApp('/inbox');
    await findLeadRows();
    await userEvent.keyboard('j');
    await expectCursorAt(0);
    await userEvent.keyboard('jj');
    await expectCursorAt(2);
    await userEvent.keyboard('k');
    await expectCursorAt(1);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expectCursorAt(3);
    await userEvent.keyboard('{ArrowUp}');
    await expectCursorAt(2);
    expect(document.activeElement?.getAttribute('data-uid')).toBe(await uidAt(2));
  });

  it('opens with Enter or o, closes with Esc and puts focus back on the row', async () => {
    const { router } = renderApp('/inbox');
    await findLeadRows();
    await userEvent.keyboard('jj{Enter}');
    const second = await uidAt(1);
    await waitFor(() => expect(router.state.location.search).toMatchObject({ lead: second }));
    expect(await screen.findByRole('dialog')).toBeInTheDocument();

    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(router.state.location.search).not.toHaveProperty('lead');
    await waitFor(() => expect(document.activeElement?.getAttribute('data-uid')).toBe(second));

    await userEvent.keyboard('jo');
    const third = await uidAt(2);
    await waitFor(() => expect(router.state.location.search).toMatchObject({ lead: third }));
  });

  it('moves the open drawer to the next and previous lead with j and k, keeping it open', async () => {
    const { router } = renderApp('/inbox');
    await findLeadRows();
    await userEvent.keyboard('j{Enter}');
    await screen.findByRole('dialog');
    await userEvent.keyboard('j');
    await waitFor(async () => expect(router.state.location.search).toMatchObject({ lead: await uidAt(1) }));
    await userEvent.keyboard('j');
    await waitFor(async () => expect(router.state.location.search).toMatchObject({ lead: await uidAt(2) }));
    await userEvent.keyboard('k');
    await waitFor(async () => expect(router.state.location.search).toMatchObject({ lead: await uidAt(1) }));
    expect(screen.getByRole('dialog')).toHaveTextContent('2 of');
    // The arrows are left to scroll the drawer.
    await userEvent.keyboard('{ArrowDown}');
    expect(router.state.location.search).toMatchObject({ lead: await uidAt(1) });
    await expectCursorAt(1);

    await userEvent.keyboard('{Escape}');
    await waitFor(async () => expect(document.activeElement?.getAttribute('data-uid')).toBe(await uidAt(1)));
  });

  it('focuses the search with / and ignores shortcuts while typing there', async () => {
    const { router } = renderApp('/inbox');
    await findLeadRows();
    await userEvent.keyboard('j');
    await expectCursorAt(0);
    // user-event's keyboard map has no Slash key: name it by its code, as the shortcut does.
    await userEvent.keyboard('[Slash]');
    const search = screen.getByRole('searchbox', { name: 'Search loaded incoming leads' });
    expect(search).toHaveFocus();
    await userEvent.keyboard('jko');
    expect(search).toHaveValue('jko');
    expect(router.state.location.search).not.toHaveProperty('lead');
    await userEvent.click(screen.getByRole('button', { name: 'Clear search text' }));
    await expectCursorAt(0);
  });

  it('shows the cheat sheet with ?', async () => {
    renderApp('/inbox');
    await findLeadRows();
    await userEvent.keyboard('{Shift>}[Slash]{/Shift}');
    const sheet = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(sheet).toHaveTextContent('Next incoming lead');
    expect(sheet).toHaveTextContent('Search the loaded incoming leads');
  });

  it('binds the physical keys, so a Russian layout works, and leaves Ctrl, Cmd and Alt alone', async () => {
    renderApp('/inbox');
    await findLeadRows();
    fireEvent.keyDown(document.body, { key: 'о', code: 'KeyJ' });
    await expectCursorAt(0);
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'о', code: 'KeyJ' });
    await expectCursorAt(1);
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'л', code: 'KeyK' });
    await expectCursorAt(0);
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'о', code: 'KeyJ', ctrlKey: true });
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'о', code: 'KeyJ', altKey: true });
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'о', code: 'KeyJ', metaKey: true });
    await expectCursorAt(0);
    fireEvent.keyDown(document.body, { key: ',', code: 'Slash', shiftKey: true });
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
  });
});
