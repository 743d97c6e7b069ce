import { useCallback } from 'react';
import type { CalendarView } from '../model/views';

/**
 * Printing lays the period out as an agenda: switch to it, print once it has painted, and
 * come back to the view after printing.
 */
export function usePrintAsAgenda(view: CalendarView, setView: (view: CalendarView) => void) {
  return useCallback(() => {
    if (view === 'agenda') {
      window.print();
      return;
    }
    setView('agenda');
    window.addEventListener('afterprint', () => setView(view), { once: true });
    window.setTimeout(() => window.print(), 300);
  }, [view, setView]);
}
