import { lockTime, unlockTime, type SlotRef } from '../../../hyra/permissions';
import type { ReactNode } from 'react';
import type { Session, User } from '../../../hyra/schemas';
import {
  selectCoHost,
  selectHost,
  selectServers,
  selectSlotCounts,
  selectTemplate,
  type GroupView,
  type Holder,
  type ServerView,
} from '../../../hyra/selectors';
import { dayInZone } from '../../../lib/days';
import { formatDay, formatRelative, formatTime, zoneAbbreviation } from '../../../lib/format';
import { safeHttpUrl, safeImageSrc } from '../../../lib/safe-url';
import { typeColor } from '../../../lib/colors';
import { cn } from '../../../lib/cn';
import { Badge } from '../../../ui/badge';
import { HolderText } from './holder';

export interface DetailContext {
  zone: string;
  zone2?: string;
  hour12: boolean;
  now: number;
  directory: Map<string, User>;
}

/** Where app/ plugs actions in: this feature only shows, it does not write. */
export interface DetailSlots {
  slotActions?: (slot: SlotRef, holder: Holder | null, label: string) => ReactNode;
  serverActions?: (server: ServerView) => ReactNode;
  sessionActions?: ReactNode;
}

function When({ instant, context }: { instant: number; context: DetailContext }) {
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

function Count({ filled, total, label }: { filled: number; total: number; label: string }) {
  return (
    <span
      className="text-sm text-slate-600 tabular-nums dark:text-slate-300"
      aria-label={`${label}: ${filled} of ${total} filled`}
    >
      {filled}/{total} filled
    </span>
  );
}

function Groups({
  groups,
  directory,
  template,
  serverId,
  slots,
}: {
  groups: GroupView[];
  directory: Map<string, User>;
  template?: boolean;
  serverId?: string;
  slots?: DetailSlots;
}) {
  if (groups.length === 0) return <p className="text-sm text-slate-500">No role groups.</p>;
  return (
    <div className="space-y-3">
      {groups.map((group) => (
        <section key={group.groupId} aria-label={`${group.name || 'Unnamed group'} roles`}>
          <div className="mb-1 flex items-baseline justify-between gap-2">
            <h5 className="min-w-0 font-semibold break-words" dir="auto">
              {group.name || 'Unnamed group'}
            </h5>
            {!template && <Count filled={group.filled} total={group.total} label={group.name} />}
          </div>
          <ul className="divide-y divide-slate-100 rounded-md border border-slate-200 dark:divide-slate-800 dark:border-slate-700">
            {group.roles.map((role) => (
              <li key={role.roleId} className="flex items-start justify-between gap-3 px-2 py-1.5 text-sm">
                <span className="min-w-0 break-words text-slate-700 dark:text-slate-300" dir="auto">
                  {role.name || 'Role'}
                </span>
                <span className="flex min-w-0 flex-wrap items-center justify-end gap-x-2 gap-y-1 text-right">
                  {template ? (
                    <span className="text-slate-500 italic">Opens with a server</span>
                  ) : (
                    <HolderText holder={role.holder} directory={directory} />
                  )}
                  {!template &&
                    serverId &&
                    slots?.slotActions?.(
                      { kind: 'role', serverId, groupId: group.groupId, roleId: role.roleId },
                      role.holder,
                      role.name || 'role',
                    )}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function HostRow({
  label,
  holder,
  openText,
  action,
  directory,
}: {
  label: string;
  holder: Holder | null;
  openText?: string;
  action?: ReactNode;
  directory: Map<string, User>;
}) {
  return (
    <>
      <dt className="text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="flex flex-wrap items-center justify-between gap-2">
        <HolderText holder={holder} directory={directory} openText={openText} />
        {action}
      </dd>
    </>
  );
}

function ServerCard({
  server,
  session,
  directory,
  slots,
}: {
  server: ServerView;
  session: Session;
  directory: Map<string, User>;
  slots?: DetailSlots;
}) {
  const creator = server.server.created_by;
  return (
    <section
      aria-label={`Server ${server.number}`}
      className="rounded-lg border border-slate-200 p-3 dark:border-slate-700"
    >
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <h4 className="font-semibold">Server {server.number}</h4>
        <span className="flex items-center gap-2">
          <Count filled={server.filled} total={server.total} label={`Server ${server.number}`} />
          {slots?.serverActions?.(server)}
        </span>
      </div>
      <dl className="mb-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-600 dark:text-slate-400">Status</dt>
        <dd className="break-words">{server.server.status || 'Unknown'}</dd>
        {server.server.source && (
          <>
            <dt className="text-slate-600 dark:text-slate-400">Source</dt>
            <dd className="break-words">{server.server.source}</dd>
          </>
        )}
        {creator && (
          <>
            <dt className="text-slate-600 dark:text-slate-400">Created by</dt>
            <dd>
              <HolderText holder={{ id: creator }} directory={directory} />
            </dd>
          </>
        )}
        <HostRow
          label="Host"
          holder={server.host}
          openText="Needs a host"
          directory={directory}
          action={slots?.slotActions?.(
            { kind: 'host', serverId: server.serverId },
            server.host,
            `Host of server ${server.number}`,
          )}
        />
        {!session.schedule.disable_cohost && (
          <HostRow
            label="Co-host"
            holder={server.coHost}
            directory={directory}
            action={slots?.slotActions?.(
              { kind: 'cohost', serverId: server.serverId },
              server.coHost,
              `Co-host of server ${server.number}`,
            )}
          />
        )}
      </dl>
      <Groups groups={server.groups} directory={directory} serverId={server.serverId} slots={slots} />
    </section>
  );
}

/** Everything about one session: when, who hosts, and who holds each role on each server. */
export function SessionDetail({
  session,
  context,
  slots,
}: {
  session: Session;
  context: DetailContext;
  slots?: DetailSlots;
}) {
  const start = Date.parse(session.start);
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
            <span className="ml-2 text-sm text-slate-600 dark:text-slate-300">
              ({formatRelative(start - context.now)})
            </span>
          </p>
          <div className="flex flex-wrap gap-1">
            {session.cancelled && <Badge tone="danger">Cancelled</Badge>}
            {session.in_progress && !session.cancelled && <Badge tone="live">In progress</Badge>}
            {session.adhoc && <Badge tone="info">Ad-hoc</Badge>}
            {!session.cancelled && !session.in_progress && start > context.now && <Badge>Scheduled</Badge>}
            {!session.cancelled && !session.in_progress && start <= context.now && (
              <Badge>Started or ended</Badge>
            )}
          </div>
        </div>
      </div>

      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
        <dt className="text-slate-600 dark:text-slate-400">Server unlocks</dt>
        <dd>
          <When instant={unlockTime(session)} context={context} />
        </dd>
        <dt className="text-slate-600 dark:text-slate-400">Server locks</dt>
        <dd>
          <When instant={lockTime(session)} context={context} />
        </dd>
        <HostRow
          label="Host"
          holder={selectHost(session)}
          openText="Needs a host"
          directory={context.directory}
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
            <span className="text-slate-500">No link</span>
          )}
        </dd>
      </dl>

      {slots?.sessionActions}

      {servers.length > 0 ? (
        <div className="space-y-3">
          <h3 className="text-base font-semibold">
            Servers{' '}
            <span className="text-sm font-normal text-slate-600 dark:text-slate-300">({servers.length})</span>
          </h3>
          {servers.map((server) => (
            <ServerCard
              key={server.serverId}
              server={server}
              session={session}
              directory={context.directory}
              slots={slots}
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
    </div>
  );
}
