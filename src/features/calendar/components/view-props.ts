import type { Session, User } from '../../../hyra/schemas';
import type { Day } from '../../../lib/days';

export interface ViewProps {
  days: Day[];
  byDay: Map<Day, Session[]>;
  /** Days whose data has not arrived yet. */
  loadingDays: ReadonlySet<Day>;
  anchor: Day;
  today: Day;
  zone: string;
  zone2?: string;
  hour12: boolean;
  now: number;
  displayMinutes: number;
  directory: Map<string, User>;
  onOpen: (sessionId: string) => void;
  onSelectDay: (day: Day, view?: 'day') => void;
}
