import type { CalendarView } from './range';

export type KeyCommand =
  | { kind: 'today' }
  | { kind: 'period'; direction: 1 | -1 }
  | { kind: 'days'; amount: number }
  | { kind: 'week-edge'; edge: 'start' | 'end' }
  | { kind: 'help' }
  | { kind: 'open-first' };

/** What a key does in the calendar (outside text fields and panels); null when nothing. */
export function keyCommand(key: string, view: CalendarView, onGridOrPage: boolean): KeyCommand | null {
  switch (key) {
    case 't':
      return { kind: 'today' };
    case 'n':
    case 'j':
    case 'PageDown':
      return { kind: 'period', direction: 1 };
    case 'p':
    case 'k':
    case 'PageUp':
      return { kind: 'period', direction: -1 };
    case 'ArrowLeft':
      return { kind: 'days', amount: -1 };
    case 'ArrowRight':
      return { kind: 'days', amount: 1 };
    case 'ArrowUp':
      return view === 'month' ? { kind: 'days', amount: -7 } : null;
    case 'ArrowDown':
      return view === 'month' ? { kind: 'days', amount: 7 } : null;
    case 'Home':
      return { kind: 'week-edge', edge: 'start' };
    case 'End':
      return { kind: 'week-edge', edge: 'end' };
    case '?':
      return { kind: 'help' };
    case 'Enter':
      return onGridOrPage ? { kind: 'open-first' } : null;
    default:
      return null;
  }
}
