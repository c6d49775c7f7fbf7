import { useEffect } from 'react';
import { useMessages } from '@/lib/i18n';
import { messages } from './inbox-messages';

/** "(12) Incoming leads": the waiting count reaches the manager in a background tab or inside the CRM. */
export function useTabTitle(waiting: number | undefined): void {
  const { tabTitle, tabTitleWithCount } = useMessages(messages);
  // Depends on the language too, so switching it retitles the tab at once.
  useEffect(() => {
    document.title = waiting ? tabTitleWithCount(waiting) : tabTitle;
    return () => {
      document.title = tabTitle;
    };
  }, [waiting, tabTitle, tabTitleWithCount]);
}
