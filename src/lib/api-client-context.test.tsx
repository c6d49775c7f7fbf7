import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createTestClient, noContent } from '../../tests/support/fake-fetch';
import { ApiClientProvider, useApiClient } from './api-client-context';

describe('useApiClient', () => {
  it('returns the client of the nearest provider', () => {
    const { api } = createTestClient(() => noContent());
    const wrapper = ({ children }: { children: ReactNode }) => (
      <ApiClientProvider client={api}>{children}</ApiClientProvider>
    );
    const { result } = renderHook(() => useApiClient(), { wrapper });
    expect(result.current).toBe(api);
  });

  it('fails with a clear message outside a provider', () => {
    // React reports the render error through console.error before it is rethrown.
    const silence = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(() => useApiClient())).toThrow('useApiClient needs an ApiClientProvider above it.');
    silence.mockRestore();
  });
});
