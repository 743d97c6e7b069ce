import type { ReactNode } from 'react';
import type { Session, User } from '../../../hyra/schemas';
import type { GroupView, Holder, ServerView } from '../../../hyra/selectors';
import type { DetailSlots } from '../model/detail';
import { HolderText } from './holder';
import { isolate } from '../../../lib/bidi';

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

export function Groups({
  groups,
  directory,
  template,
  serverId,
  slots,
  me,
}: {
  groups: GroupView[];
  directory: Map<string, User>;
  template?: boolean;
  serverId?: string;
  slots?: DetailSlots;
  me?: string;
}) {
  if (groups.length === 0)
    return <p className="text-sm text-slate-500 dark:text-slate-400">No role groups.</p>;
  return (
    <div className="space-y-3">
      {groups.map((group) => (
        <section
          key={group.groupId}
          aria-label={`${group.name ? isolate(group.name) : 'Unnamed group'} roles`}
        >
          <div className="mb-1 flex items-baseline justify-between gap-2">
            <h5 className="min-w-0 font-semibold break-words" dir="auto">
              {group.name || 'Unnamed group'}
            </h5>
            {!template && (
              <Count
                filled={group.filled}
                total={group.total}
                label={isolate(group.name || 'Unnamed group')}
              />
            )}
          </div>
          <ul className="divide-y divide-slate-100 rounded-md border border-slate-200 dark:divide-slate-800 dark:border-slate-700">
            {group.roles.map((role) => (
              <li key={role.roleId} className="flex items-start justify-between gap-3 px-2 py-1.5 text-sm">
                <span className="min-w-0 break-words text-slate-700 dark:text-slate-300" dir="auto">
                  {role.name || 'Role'}
                </span>
                <span className="flex min-w-0 flex-wrap items-center justify-end gap-x-2 gap-y-1 text-right">
                  {template ? (
                    <span className="text-slate-500 italic dark:text-slate-400">Opens with a server</span>
                  ) : (
                    <HolderText holder={role.holder} directory={directory} me={me} />
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

export function HostRow({
  label,
  holder,
  openText,
  action,
  directory,
  me,
}: {
  label: string;
  holder: Holder | null;
  openText?: string;
  action?: ReactNode;
  directory: Map<string, User>;
  me?: string;
}) {
  return (
    <>
      <dt className="text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="flex flex-wrap items-center justify-between gap-2">
        <HolderText holder={holder} directory={directory} openText={openText} me={me} />
        {action}
      </dd>
    </>
  );
}

export function ServerCard({
  server,
  session,
  directory,
  slots,
  me,
}: {
  server: ServerView;
  session: Session;
  directory: Map<string, User>;
  slots?: DetailSlots;
  me?: string;
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
          me={me}
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
            me={me}
            action={slots?.slotActions?.(
              { kind: 'cohost', serverId: server.serverId },
              server.coHost,
              `Co-host of server ${server.number}`,
            )}
          />
        )}
      </dl>
      <Groups groups={server.groups} directory={directory} serverId={server.serverId} slots={slots} me={me} />
    </section>
  );
}

/** Everything about one session: when, who hosts, and who holds each role on each server. */
