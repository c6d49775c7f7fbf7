import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-error';
import { useIsTokenRejected } from './token-rejected';

const rejected = new ApiError({ kind: 'http', status: 401, title: 'Unauthorized', detail: '' });

function Status() {
  return <p>{useIsTokenRejected() ? 'rejected' : 'fine'}</p>;
}

/** A component that changes the query cache while it renders, as a hook building a query does. */
function ChangesTheCacheWhileRendering({ client }: { client: QueryClient }) {
  const query = client.getQueryCache().build(client, { queryKey: ['account'] });
  if (query.state.status !== 'error') query.setState({ status: 'error', error: rejected });
  return null;
}

describe('useIsTokenRejected', () => {
  it('follows the cache without updating in the middle of another component’s render', async () => {
    const client = new QueryClient();
    const { rerender } = render(
      <QueryClientProvider client={client}>
        <Status />
      </QueryClientProvider>,
    );
    expect(screen.getByText('fine')).toBeInTheDocument();

    // React reports an update during another component's render on the console, which fails the test.
    await act(async () => {
      rerender(
        <QueryClientProvider client={client}>
          <Status />
          <ChangesTheCacheWhileRendering client={client} />
        </QueryClientProvider>,
      );
    });
    expect(await screen.findByText('rejected')).toBeInTheDocument();
  });
});
