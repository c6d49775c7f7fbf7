import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { NewArrivalsBar } from './new-arrivals-bar';

describe('NewArrivalsBar', () => {
  it('says how many arrived, in a live region, and shows them on click', async () => {
    const onShow = vi.fn();
    render(<NewArrivalsBar count={3} isLoading={false} onShow={onShow} />, { wrapper: MantineProvider });
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('3 new incoming leads');
    await userEvent.click(screen.getByRole('button', { name: '3 new incoming leads' }));
    expect(onShow).toHaveBeenCalledOnce();
  });

  it('speaks of one lead in the singular and stays empty with none', () => {
    const { rerender } = render(<NewArrivalsBar count={1} isLoading={false} onShow={() => {}} />, {
      wrapper: MantineProvider,
    });
    expect(screen.getByRole('button', { name: '1 new incoming lead' })).toBeInTheDocument();
    rerender(<NewArrivalsBar count={0} isLoading={false} onShow={() => {}} />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});
