import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api-error';
import { EmptyList, ListError } from './inbox-list-states';

describe('EmptyList', () => {
  it('names the filter that has nothing waiting', () => {
    render(<EmptyList message="No incoming calls in Sales" onClearSearch={() => {}} />, { wrapper: MantineProvider });
    expect(screen.getByText('No incoming calls in Sales')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Clear search' })).not.toBeInTheDocument();
  });

  it('names a search that found nothing, as text, and offers to clear it', async () => {
    const onClearSearch = vi.fn();
    const query = '<img src=x onerror=alert(1)>';
    render(<EmptyList message="No incoming leads in any pipeline" query={query} onClearSearch={onClearSearch} />, {
      wrapper: MantineProvider,
    });
    expect(screen.getByText(`Nothing matches "${query}"`)).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(onClearSearch).toHaveBeenCalledOnce();
  });
});

describe('ListError', () => {
  it('explains the failure in words and retries', async () => {
    const onRetry = vi.fn();
    const error = new ApiError({ kind: 'http', status: 503, title: 'Service Unavailable', detail: '' });
    render(<ListError error={error} isRetrying={false} onRetry={onRetry} />, { wrapper: MantineProvider });
    expect(screen.getByRole('alert')).toHaveTextContent('amoCRM answered with a server error (503). Try again.');
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });
});
