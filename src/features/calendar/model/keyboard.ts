import { addDays, startOfWeek, type Day } from '../../../lib/days';
import { CALENDAR_VIEWS, VIEWS, type CalendarView } from './views';

export type KeyCommand =
  | { kind: 'today' }
  | { kind: 'period'; direction: 1 | -1 }
  | { kind: 'days'; amount: number }
  | { kind: 'week-edge'; edge: 'start' | 'end' }
  | { kind: 'view'; view: CalendarView }
  | { kind: 'help' }
  | { kind: 'open-first' }
  | { kind: 'refresh' };

export interface KeyContext {
  view: CalendarView;
  /** The key was pressed on the page itself or on a day of the month grid. */
  onGridOrPage: boolean;
}

export interface KeyBinding {
  /** `KeyboardEvent.key` values. */
  keys: readonly string[];
  /** How the help panel writes the keys, where it differs. */
  names?: readonly string[];
  what: string;
  /** What the key does here; null when nothing. Absent for keys handled elsewhere (Esc). */
  command?: (key: string, context: KeyContext) => KeyCommand | null;
}

const viewKeys = CALENDAR_VIEWS.map((view) => VIEWS[view].shortcut);

/** "a, b or c". */
const listInWords = (words: string[]) =>
  words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;

/** Every calendar shortcut: the keyboard handler reads it, and the help panel lists it. */
export const KEY_BINDINGS: readonly KeyBinding[] = [
  { keys: ['t'], what: 'Go to today', command: () => ({ kind: 'today' }) },
  {
    keys: ['n', 'j', 'PageDown'],
    names: ['n', 'j', 'Page Down'],
    what: 'Next day, week or month',
    command: () => ({ kind: 'period', direction: 1 }),
  },
  {
    keys: ['p', 'k', 'PageUp'],
    names: ['p', 'k', 'Page Up'],
    what: 'Previous day, week or month',
    command: () => ({ kind: 'period', direction: -1 }),
  },
  {
    keys: ['ArrowLeft', 'ArrowRight'],
    names: ['←', '→'],
    what: 'Previous or next day',
    command: (key) => ({ kind: 'days', amount: key === 'ArrowLeft' ? -1 : 1 }),
  },
  {
    keys: ['ArrowUp', 'ArrowDown'],
    names: ['↑', '↓'],
    what: 'A week earlier or later (month view)',
    command: (key, { view }) =>
      VIEWS[view].weekRows ? { kind: 'days', amount: key === 'ArrowUp' ? -7 : 7 } : null,
  },
  {
    keys: ['Home', 'End'],
    what: 'First or last day of the week',
    command: (key) => ({ kind: 'week-edge', edge: key === 'Home' ? 'start' : 'end' }),
  },
  {
    keys: viewKeys,
    what: `Switch to the ${listInWords(CALENDAR_VIEWS.map((view) => VIEWS[view].label.toLowerCase()))} view`,
    command: (key) => ({ kind: 'view', view: CALENDAR_VIEWS[viewKeys.indexOf(key)]! }),
  },
  {
    keys: ['Enter'],
    what: 'Open the selected day’s first session, or the focused one',
    command: (_key, { onGridOrPage }) => (onGridOrPage ? { kind: 'open-first' } : null),
  },
  { keys: ['u'], what: 'Refresh the sessions on screen', command: () => ({ kind: 'refresh' }) },
  { keys: ['Escape'], names: ['Esc'], what: 'Close a panel' },
  { keys: ['?'], what: 'Show these shortcuts', command: () => ({ kind: 'help' }) },
];

/** What a key does in the calendar (outside text fields and panels); null when nothing. */
export function keyCommand(key: string, context: KeyContext): KeyCommand | null {
  const binding = KEY_BINDINGS.find((candidate) => candidate.keys.includes(key));
  return binding?.command?.(key, context) ?? null;
}

/** Where a moving command leads: the change to the page's date or view; null for the others. */
export function commandTarget(
  command: KeyCommand,
  {
    view,
    anchor,
    today,
    weekStartsOn,
  }: { view: CalendarView; anchor: Day; today: Day; weekStartsOn: number },
): { date: Day } | { view: CalendarView } | null {
  switch (command.kind) {
    case 'today':
      return { date: today };
    case 'period':
      return { date: VIEWS[view].step(anchor, command.direction) };
    case 'days':
      return { date: addDays(anchor, command.amount) };
    case 'week-edge': {
      const start = startOfWeek(anchor, weekStartsOn);
      return { date: command.edge === 'start' ? start : addDays(start, 6) };
    }
    case 'view':
      return { view: command.view };
    case 'help':
    case 'open-first':
    case 'refresh':
      return null;
  }
}
