import type { DisplayContext } from '../hyra/display-context';
import { useEffect, type ComponentProps } from 'react';
import type { ActionEnv } from '../features/actions/components/actions-provider';
import type { Session } from '../hyra/schemas';
import { whenQuiet } from '../lib/schedule';
import { formatDayAndTime } from '../lib/format';
import { deferred } from '../ui/deferred';
import { LazySheet, preloadSheet } from '../ui/lazy-sheet';
import type { SessionPanel as SessionPanelComponent } from './session-panel';

// The detail panel and its actions load after the calendar, as soon as the browser is
// idle, so that opening the first session does not wait for them.
const SessionPanel = deferred<ComponentProps<typeof SessionPanelComponent>>(
  () => import('./session-panel').then((module) => module.SessionPanel),
  <p role="status">Loading the session…</p>,
);

/** Once the calendar is on screen, fetch the code of the session detail in a quiet moment. */
export function usePreloadSessionSheet(calendarShown: boolean) {
  useEffect(() => {
    if (!calendarShown) return;
    return whenQuiet(() => {
      void preloadSheet();
      void SessionPanel.preload();
    });
  }, [calendarShown]);
}

/** The session named in the link, in a side sheet: its detail and the viewer's actions. */
export function SessionSheet({
  openId,
  session,
  loading,
  onClose,
  returnFocusTo,
  context,
  env,
  sessionLink,
}: {
  openId?: string;
  /** The open session, when it is in the loaded period. */
  session?: Session;
  loading: boolean;
  onClose: () => void;
  returnFocusTo: () => HTMLElement | null;
  context: DisplayContext;
  env?: ActionEnv;
  sessionLink?: string;
}) {
  return (
    <LazySheet
      open={Boolean(openId)}
      onOpenChange={(open) => !open && onClose()}
      returnFocusTo={returnFocusTo}
      title={session ? session.schedule.name : 'Session'}
      description={
        session
          ? `Session on ${formatDayAndTime(session.start, context.zone, context.hour12)}`
          : loading
            ? 'Loading…'
            : 'Not found in this period'
      }
      // The detail shows the day and time at its top: heard, not shown twice.
      descriptionHidden={Boolean(session)}
    >
      {session ? (
        <SessionPanel session={session} context={context} env={env} sessionLink={sessionLink} />
      ) : loading ? (
        <p role="status">Loading the session…</p>
      ) : (
        <p>
          This session is not in the loaded period. It may have been deleted, or the link points to another
          date.
        </p>
      )}
    </LazySheet>
  );
}
