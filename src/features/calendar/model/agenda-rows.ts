import type { Session } from '../../../hyra/schemas';
import type { Day } from '../../../lib/days';
import { sessionStatus } from './session-status';

/** A day of the agenda as shown: its sessions, minus today's already over while they are folded. */
export interface AgendaDay {
  day: Day;
  /** Every session of the day (for "no sessions" and "loading"). */
  all: Session[];
  /** The sessions listed. */
  sessions: Session[];
  /** Today's sessions already over, folded behind a button (0 when none or unfolded). */
  ended: number;
  loading: boolean;
}

/**
 * What the agenda shows of a period: the days already past fold away (except on paper), and
 * so do today's sessions already over, so what is still to come leads.
 */
export function agendaDays({
  days,
  byDay,
  loadingDays,
  today,
  anchor,
  now,
  displayMinutes,
  showPast,
  showEnded,
  printing,
}: {
  days: readonly Day[];
  byDay: ReadonlyMap<Day, Session[]>;
  loadingDays: ReadonlySet<Day>;
  today: Day;
  anchor: Day;
  now: number;
  displayMinutes: number;
  showPast: boolean;
  showEnded: boolean;
  printing: boolean;
}): { past: number; shown: AgendaDay[] } {
  const firstShown = anchor < today ? anchor : today;
  const past = showPast || printing ? 0 : days.filter((day) => day < firstShown).length;
  const shown = days.slice(past).map((day) => {
    const all = byDay.get(day) ?? [];
    const ended =
      day === today && !showEnded && !printing
        ? new Set(all.filter((session) => sessionStatus(session, now, displayMinutes).kind === 'ended'))
        : undefined;
    const sessions = ended?.size ? all.filter((session) => !ended.has(session)) : all;
    return { day, all, sessions, ended: ended?.size ?? 0, loading: loadingDays.has(day) && all.length === 0 };
  });
  return { past, shown };
}

/** Rows (headings and sessions) from which the agenda draws only those in sight. */
export const AGENDA_VIRTUAL_FROM = 300;

/** Whether a period's agenda is drawn as a virtual list: when long, and never on paper. */
export function agendaIsVirtual(shown: readonly AgendaDay[], printing: boolean): boolean {
  if (printing) return false;
  let rows = 0;
  for (const day of shown) rows += 1 + day.sessions.length;
  return rows >= AGENDA_VIRTUAL_FROM;
}
