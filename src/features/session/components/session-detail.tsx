import { lockTime, unlockTime } from '../../../hyra/permissions';
import type { Session, User } from '../../../hyra/schemas';
import {
  selectCoHost,
  selectHost,
  selectServers,
  selectSlotCounts,
  selectTemplate,
  type GroupView,
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
}: {
  groups: GroupView[];
  directory: Map<string, User>;
  template?: boolean;
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
                <span className="min-w-0 text-right">
                  {template ? (
                    <span className="text-slate-500 italic">Opens with a server</span>
                  ) : (
                    <HolderText holder={role.holder} directory={directory} />
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

function ServerCard({
  server,
  session,
  directory,
}: {
  server: ServerView;
  session: Session;
  directory: Map<string, User>;
}) {
  const creator = server.server.created_by;
  return (
    <section
      aria-label={`Server ${server.number}`}
      className="rounded-lg border border-slate-200 p-3 dark:border-slate-700"
    >
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <h4 className="font-semibold">Server {server.number}</h4>
        <Count filled={server.filled} total={server.total} label={`Server ${server.number}`} />
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
        <dt className="text-slate-600 dark:text-slate-400">Host</dt>
        <dd>
          <HolderText holder={server.host} directory={directory} openText="Needs a host" />
        </dd>
        {!session.schedule.disable_cohost && (
          <>
            <dt className="text-slate-600 dark:text-slate-400">Co-host</dt>
            <dd>
              <HolderText holder={server.coHost} directory={directory} />
            </dd>
          </>
        )}
      </dl>
      <Groups groups={server.groups} directory={directory} />
    </section>
  );
}

/** Everything about one session: when, who hosts, and who holds each role on each server. */
export function SessionDetail({ session, context }: { session: Session; context: DetailContext }) {
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
        <dt className="text-slate-600 dark:text-slate-400">Host</dt>
        <dd>
          <HolderText holder={selectHost(session)} directory={context.directory} openText="Needs a host" />
        </dd>
        {!session.schedule.disable_cohost && (
          <>
            <dt className="text-slate-600 dark:text-slate-400">Co-host</dt>
            <dd>
              <HolderText holder={selectCoHost(session)} directory={context.directory} />
            </dd>
          </>
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
