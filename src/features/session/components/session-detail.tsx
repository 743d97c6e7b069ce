import type { DisplayContext } from '../../../hyra/display-context';
import { lockTime, unlockTime } from '../../../hyra/permissions';
import type { Session } from '../../../hyra/schemas';
import {
  selectCoHost,
  selectHost,
  selectServers,
  selectSlotCounts,
  selectTemplate,
} from '../../../hyra/selectors';
import { dayInZone } from '../../../lib/days';
import { formatDay, formatTime, zoneAbbreviation } from '../../../lib/format';
import { safeHttpUrl, safeImageSrc } from '../../../lib/safe-url';
import { typeColor } from '../../../lib/colors';
import { cn } from '../../../lib/cn';
import { Badge } from '../../../ui/badge';
import type { DetailSlots } from '../model/detail';
import { Countdown, DetailClock, LockedBadge, LockedNotice, UntilLocked } from './detail-clock';
import { Groups, HostRow, ServerCard } from './server-card';

function When({ instant, context }: { instant: number; context: DisplayContext }) {
  const zones = [context.zone, ...(context.zone2 && context.zone2 !== context.zone ? [context.zone2] : [])];
  return (
    <span className="tabular-nums">
      {zones.map((zone, i) => (
        <span key={zone}>
          {i > 0 && ' · '}
          {formatTime(instant, zone, context.hour12)} {zoneAbbreviation(instant, zone)}
        </span>
      ))}
    </span>
  );
}

export function SessionDetail({
  session,
  context,
  slots,
}: {
  session: Session;
  context: DisplayContext;
  slots?: DetailSlots;
}) {
  const start = Date.parse(session.start);
  const unlock = unlockTime(session);
  const lock = lockTime(session);
  const servers = selectServers(session);
  const template = servers.length === 0 ? selectTemplate(session) : [];
  const counts = selectSlotCounts(session);
  const gameLink = safeHttpUrl(session.schedule.game_link);
  const thumbnail =
    safeImageSrc(session.schedule.thumbnail_url) ?? safeImageSrc(session.schedule.game_thumbnail_url);
  const color = typeColor(session.schedule._id ?? session.schedule.name);
  const initials = session.schedule.name
    .split(/\s+/)
    .map((word) => [...word][0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();

  return (
    <DetailClock targets={[start, unlock, lock]}>
      <div className="space-y-5">
        <div className="flex items-start gap-3">
          {thumbnail ? (
            <img src={thumbnail} alt="" className="size-16 shrink-0 rounded-lg object-cover" />
          ) : (
            <div
              aria-hidden="true"
              className={cn(
                'flex size-16 shrink-0 items-center justify-center rounded-lg text-xl font-bold',
                color.block,
              )}
            >
              {initials}
            </div>
          )}
          <div className="min-w-0 space-y-1">
            <p className="font-medium">{formatDay(dayInZone(start, context.zone))}</p>
            <p>
              <When instant={start} context={context} />
              <span className="ml-2 text-sm">
                (<Countdown to={start} />)
              </span>
            </p>
            <div className="flex flex-wrap gap-1">
              {session.cancelled && <Badge tone="danger">Cancelled</Badge>}
              {session.in_progress && !session.cancelled && <Badge tone="live">In progress</Badge>}
              {session.adhoc && <Badge tone="info">Ad-hoc</Badge>}
              <LockedBadge lock={lock} cancelled={session.cancelled} />
              {!session.cancelled && !session.in_progress && start > context.now && <Badge>Scheduled</Badge>}
              {!session.cancelled && !session.in_progress && start <= context.now && (
                // Hyra sends no end time: past the display length it reads "Ended", as in the calendar.
                <Badge>
                  {context.now - start < context.displayMinutes * 60_000
                    ? `Started at ${formatTime(start, context.zone, context.hour12)}`
                    : 'Ended'}
                </Badge>
              )}
            </div>
          </div>
        </div>

        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
          <dt className="text-slate-600 dark:text-slate-400">Server unlocks</dt>
          <dd>
            <When instant={unlock} context={context} /> · <Countdown to={unlock} />
          </dd>
          <dt className="text-slate-600 dark:text-slate-400">Server locks</dt>
          <dd>
            <When instant={lock} context={context} /> · <Countdown to={lock} />
          </dd>
          <HostRow
            label="Host"
            holder={selectHost(session)}
            openText="Needs a host"
            directory={context.directory}
            me={context.me}
            action={
              servers.length === 0
                ? slots?.slotActions?.({ kind: 'host' }, selectHost(session), 'Host')
                : undefined
            }
          />
          {!session.schedule.disable_cohost && (
            <HostRow
              label="Co-host"
              holder={selectCoHost(session)}
              directory={context.directory}
              me={context.me}
              action={
                servers.length === 0
                  ? slots?.slotActions?.({ kind: 'cohost' }, selectCoHost(session), 'Co-host')
                  : undefined
              }
            />
          )}
          <dt className="text-slate-600 dark:text-slate-400">Slots</dt>
          <dd className="tabular-nums">
            {counts.filled} of {counts.total} filled, {counts.open} open
          </dd>
          <dt className="text-slate-600 dark:text-slate-400">Game</dt>
          <dd>
            {gameLink ? (
              <a
                href={gameLink}
                target="_blank"
                rel="noopener noreferrer"
                className="text-indigo-700 underline break-all dark:text-indigo-300"
              >
                Open the game
                <span className="sr-only"> (opens in a new tab)</span>
              </a>
            ) : (
              <span className="text-slate-500 dark:text-slate-400">No link</span>
            )}
          </dd>
        </dl>

        <LockedNotice
          lock={lock}
          cancelled={session.cancelled}
          time={`${formatTime(lock, context.zone, context.hour12)} ${zoneAbbreviation(lock, context.zone)}`}
        />

        {slots?.sessionActions}
        {slots?.watch && <UntilLocked lock={lock}>{slots.watch}</UntilLocked>}

        {servers.length > 0 ? (
          <div className="space-y-3">
            <h3 className="text-base font-semibold">
              Servers{' '}
              <span className="text-sm font-normal text-slate-600 dark:text-slate-300">
                ({servers.length})
              </span>
            </h3>
            {servers.map((server) => (
              <ServerCard
                key={server.serverId}
                server={server}
                session={session}
                directory={context.directory}
                slots={slots}
                me={context.me}
              />
            ))}
          </div>
        ) : (
          <div className="space-y-3">
            <div
              role="status"
              className="rounded-lg border border-dashed border-slate-300 p-3 text-sm dark:border-slate-600"
            >
              <p className="font-semibold">No servers yet</p>
              <p className="text-slate-600 dark:text-slate-300">
                {template.length > 0
                  ? 'These roles will exist once a server is created.'
                  : 'This session has no server and no role template.'}
              </p>
            </div>
            {template.length > 0 && <Groups groups={template} directory={context.directory} template />}
          </div>
        )}
        {slots?.logs}
      </div>
    </DetailClock>
  );
}
