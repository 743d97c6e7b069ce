import type { DisplayContext } from '../../../hyra/display-context';
import type { Session } from '../../../hyra/schemas';
import type { Day } from '../../../lib/days';
import type { ViewOptions } from '../model/views';

export interface ViewProps extends DisplayContext, ViewOptions {
  days: Day[];
  byDay: Map<Day, Session[]>;
  /** Days whose data has not arrived yet. */
  loadingDays: ReadonlySet<Day>;
  anchor: Day;
  today: Day;
  onOpen: (sessionId: string) => void;
  onSelectDay: (day: Day, view?: 'day') => void;
  /** A change of what the view keeps of its own in the URL (the roster's span, tab and person). */
  onOptions?: (change: ViewOptions) => void;
  /** On its way to paper: everything unfolded, no controls. */
  printing?: boolean;
}
