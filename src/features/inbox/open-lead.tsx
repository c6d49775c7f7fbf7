import { Link, useNavigate } from '@tanstack/react-router';
import type { ComponentProps } from 'react';

/**
 * The one way to open a lead: its uid in the inbox's address. Rows are links to it, so a lead opens in a new tab
 * too; keys, the drawer's arrows and the move after an action navigate to the same address. The list keeps its
 * own scroll position: the router's reset would move it under the manager.
 */
export function useOpenLead() {
  const navigate = useNavigate();
  return (uid: string | undefined, { replace = false }: { replace?: boolean } = {}) =>
    void navigate({ to: '/inbox', search: (previous) => ({ ...previous, lead: uid }), replace, resetScroll: false });
}

type LeadLinkProps = Omit<ComponentProps<'a'>, 'href' | 'ref'> & { uid: string };

/** A link that opens the lead, keeping the inbox's filters. */
export function LeadLink({ uid, ...props }: LeadLinkProps) {
  return <Link {...props} to="/inbox" search={(previous) => ({ ...previous, lead: uid })} resetScroll={false} />;
}
