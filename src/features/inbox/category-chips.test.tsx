import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CategoryChips } from './category-chips';

const counts = { sip: 57, forms: 0, chats: 12, mail: 3 };

describe('CategoryChips', () => {
  it('labels every category with what is waiting in it, empty ones too', () => {
    render(<CategoryChips value={[]} counts={counts} onChange={() => {}} />, { wrapper: MantineProvider });
    expect(screen.getByRole('checkbox', { name: 'Calls 57' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Forms 0' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Chats 12' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Mail 3' })).toBeInTheDocument();
  });

  it('shows plain labels until the counts arrive', () => {
    render(<CategoryChips value={['mail']} counts={undefined} onChange={() => {}} />, { wrapper: MantineProvider });
    expect(screen.getByRole('checkbox', { name: 'Mail' })).toBeChecked();
  });

  it('adds a category to the ones already chosen', async () => {
    const onChange = vi.fn();
    render(<CategoryChips value={['sip']} counts={counts} onChange={onChange} />, { wrapper: MantineProvider });
    await userEvent.click(screen.getByRole('checkbox', { name: 'Chats 12' }));
    expect(onChange).toHaveBeenCalledWith(['sip', 'chats']);
  });
});
