import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../support/render';
import { addIncomingLead, findLeadRows, person, useListViewport } from './inbox-helpers';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const RTL = '\u202Eevil.exe';
const RTL_SHOWN = '[U+202E]evil.exe';
const ZERO_WIDTH = 'a\u200Bd\u200Dm\uFEFFin';
const HUGE = 'x'.repeat(20_000);
const AS_IS = { normalizer: (text: string) => text };

describe('Hostile lead data in the inbox', () => {
  useListViewport();

  it('shows every hostile value in a row as text, runs none of it, and clamps the huge one', async () => {
    const alert = vi.spyOn(window, 'alert').mockImplementation(() => {});
    addIncomingLead({
      category: 'chats',
      person: person(SCRIPT),
      metadata: { client: { name: IMG, avatar: 'javascript:alert(1)' }, last_message_text: HUGE, service: RTL },
    });
    addIncomingLead({ category: 'mail', person: person(ZERO_WIDTH), metadata: { subject: RTL } });
    const { container } = renderApp('/inbox');

    const rows = await findLeadRows();
    const text = rows.map((row) => row.textContent ?? '').join('\n');
    for (const value of [SCRIPT, ZERO_WIDTH, RTL_SHOWN, HUGE]) expect(text).toContain(value);
    // The override character itself never reaches the page: it would turn "gnp.exe" into "exe.png".
    expect(text).not.toContain('\u202E');
    const hugeLine = screen.getByText(HUGE, AS_IS);
    // Long text is cut to one line by CSS instead of stretching the row.
    expect(hugeLine.closest('[data-truncate]')).not.toBeNull();

    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img[onerror]')).toBeNull();
    for (const link of container.querySelectorAll('a[href]')) {
      expect(link.getAttribute('href')).not.toMatch(/^\s*(javascript|data):/i);
    }
    expect(alert).not.toHaveBeenCalled();
    alert.mockRestore();
  });

  it('shows a lead with an impossible arrival time as waiting for an unknown time, and the inbox works', async () => {
    // Stored as a broken integration might have left it (the API itself refuses such a value on add).
    const uid = addIncomingLead({ category: 'mail', person: person('Timo Broken'), created_at: 9_000_000_000_000 });
    renderApp('/inbox');

    const link = await screen.findByRole('link', {
      name: /^Mail from Timo Broken: .*, waiting for an unknown time$/,
    });
    expect(link).toHaveAttribute('href', expect.stringContaining(uid));
    expect((await findLeadRows()).length).toBeGreaterThan(1);
    expect(screen.queryByText(/Could not show the inbox/)).not.toBeInTheDocument();

    await userEvent.click(link);
    const drawer = await screen.findByRole('dialog');
    // The sender and, once loaded, the contact: both name Timo.
    expect((await within(drawer).findAllByText('Timo Broken')).length).toBeGreaterThan(0);
    expect(within(drawer).queryByRole('alert')).not.toBeInTheDocument();
  });
});
