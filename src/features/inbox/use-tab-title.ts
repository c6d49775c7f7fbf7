import { useEffect } from 'react';

const TITLE = 'Incoming leads';

/** "(12) Incoming leads": the waiting count reaches the manager in a background tab or inside the CRM. */
export function useTabTitle(waiting: number | undefined): void {
  useEffect(() => {
    document.title = waiting ? `(${waiting}) ${TITLE}` : TITLE;
    return () => {
      document.title = TITLE;
    };
  }, [waiting]);
}
