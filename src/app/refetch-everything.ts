import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';

/**
 * Starts every query of the page again, so a change behind the API shows at once. A new behaviour of the same
 * account (a demo scenario) keeps what is on screen until the new answers come, so a failing refresh leaves the
 * data there; another account (a reset, a new session) starts from nothing.
 */
export function useRefetchEverything(): (options?: { keepData?: boolean }) => Promise<void> {
  const queryClient = useQueryClient();
  const router = useRouter();
  return async ({ keepData = false } = {}) => {
    queryClient.removeQueries({ type: 'inactive' });
    if (keepData) await queryClient.invalidateQueries();
    else await queryClient.resetQueries();
    await router.invalidate();
  };
}
