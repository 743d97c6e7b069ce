import type { DisplayContext } from '../hyra/display-context';
import { ActionsProvider, type ActionEnv } from '../features/actions/components/actions-provider';
import { DeleteServerButton, SessionActions } from '../features/actions/components/server-actions';
import { SlotActions } from '../features/actions/components/slot-actions';
import { AddToCalendar } from '../features/export/components/add-to-calendar';
import { googleCalendarUrl } from '../features/export/model/calendar-text';
import { UntilLocked } from '../features/session/components/detail-clock';
import { SessionDetail } from '../features/session/components/session-detail';
import { useApi } from '../hyra/api-context';
import { useRecentChange } from '../hyra/recent-changes';
import { SessionLogs } from '../features/session/components/session-logs';
import { WatchMenu as WatchMenuFeature } from '../features/watch/components/watch-menu';
import { WatchSessionToggle, WatchSlotToggle } from '../features/watch/components/watch-toggle';
import { mayReadLogs } from '../hyra/logs';
import { lockTime } from '../hyra/permissions';
import type { Session } from '../hyra/schemas';
import { useSessionRefresh } from '../hyra/use-live-refresh';
import { CopyLinkButton } from '../ui/copy-link-button';
import { dayInZone, viewerZone } from '../lib/days';
import { formatTime } from '../lib/format';
import { useCallback } from 'react';
import type { UrlState } from './url-state';

// The toolbar's live status shares this chunk (loaded once the calendar is on screen).
export { LiveStatus } from '../features/calendar/components/live-status';
/**
 * The header's watch list and the watcher come with this chunk (loaded once the calendar is
 * on screen): one chunk for everything about watching, and nothing in the first download.
 * Times are said in the calendar's zone; Open opens a watched session on its own day, so
 * that the calendar holds it.
 */
export function WatchMenu({ url, setUrl }: { url: UrlState; setUrl: (change: Partial<UrlState>) => void }) {
  const zone = url.zone ?? viewerZone();
  const open = useCallback(
    (session: string, start: string) => setUrl({ session, date: dayInZone(start, zone) }),
    [setUrl, zone],
  );
  return <WatchMenuFeature zone={zone} onOpen={open} />;
}

/** The session detail with the actions the viewer may take, composed from both features. */
export function SessionPanel({
  session,
  context,
  env,
  sessionLink,
}: {
  session: Session;
  context: DisplayContext;
  env?: ActionEnv;
  /** The session in Hyra's web app, put in exported events. */
  sessionLink?: string;
}) {
  // The open session's day keeps refreshing (live-refresh schedule), and what changed is said here.
  useSessionRefresh(useApi(), session._id);
  const change = useRecentChange(session._id);
  const exportContext = {
    displayMinutes: context.displayMinutes,
    directory: context.directory,
    me: context.me,
    linkFor: () => sessionLink,
  };
  const detail = (withActions: boolean) => (
    <SessionDetail
      session={session}
      context={context}
      slots={{
        slotActions: (slot, holder, label) => (
          <>
            {withActions && <SlotActions session={session} slot={slot} holder={holder} label={label} />}
            {/* Nothing to watch once the server has locked: no slot can change. */}
            <UntilLocked lock={lockTime(session)}>
              <WatchSlotToggle session={session} slot={slot} holder={holder} label={label} />
            </UntilLocked>
          </>
        ),
        ...(withActions && {
          serverActions: (server) => (
            <DeleteServerButton session={session} serverId={server.serverId} number={server.number} />
          ),
          sessionActions: <SessionActions session={session} />,
        }),
        watch: <WatchSessionToggle session={session} />,
        logs: env && mayReadLogs(env.permissions) && (
          <SessionLogs sessionId={session._id} context={context} />
        ),
      }}
    />
  );
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center gap-x-3 gap-y-2">
        <CopyLinkButton label="Copy link to this session" />
        <AddToCalendar
          session={session}
          context={exportContext}
          googleUrl={googleCalendarUrl(session, exportContext)}
        />
      </div>
      {env ? <ActionsProvider env={env}>{detail(true)}</ActionsProvider> : detail(false)}
      {/*
        What a refresh changed, and when it was seen: held at the foot of the sheet's visible
        area (sticky, after the content), so it covers the end of the scroll for a minute
        instead of pushing the detail down. Empty, it takes no room.
      */}
      <div role="status" className="sticky bottom-0">
        {change && (
          <p className="mt-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 shadow-lg dark:border-amber-700 dark:bg-amber-900 dark:text-amber-50">
            Changed at{' '}
            <span className="tabular-nums">{formatTime(change.at, context.zone, context.hour12)}</span> —{' '}
            {change.text}
          </p>
        )}
      </div>
    </>
  );
}
