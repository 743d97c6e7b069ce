import { useCallback } from 'react';
import { VIEWS, type CalendarView } from '../model/views';

/**
 * Printing lays the period out as an agenda (the roster prints as itself): switch to it,
 * print once it has painted, and come back to the view after printing.
 */
export function usePrintAsAgenda(view: CalendarView, setView: (view: CalendarView) => void) {
  return useCallback(() => {
    if (VIEWS[view].printsItself) {
      window.print();
      return;
    }
    setView('agenda');
    window.addEventListener('afterprint', () => setView(view), { once: true });
    window.setTimeout(() => window.print(), 300);
  }, [view, setView]);
}
