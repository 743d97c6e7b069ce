import { BLOCK_REASONS, can, sessionBlock } from '../../../hyra/permissions';
import type { Session } from '../../../hyra/schemas';
import { webAppPaths } from '../../../hyra/contract';
import { Button } from '../../../ui/button';
import { useActions } from './actions-provider';
import { HyraLink } from './hyra-link';

export function DeleteServerButton({
  session,
  serverId,
  number,
}: {
  session: Session;
  serverId: string;
  number: number;
}) {
  const { env, deleteServer, busy } = useActions();
  const decision = can(env.permissions, 'delete-server', { session, me: env.me, now: env.now });
  if (decision.state !== 'allowed' || serverId.startsWith('pending-')) return null;
  return (
    <Button
      variant="ghost-danger"
      size="sm"
      disabled={busy}
      onClick={() => deleteServer(session, serverId, number)}
    >
      Delete server {number}
    </Button>
  );
}

/** Every change a viewer might make to a session's slots and servers. */
const CHANGES = [
  'take-host',
  'take-cohost',
  'take-role',
  'assign-host',
  'assign-cohost',
  'assign-role',
  'create-server',
  'delete-server',
] as const;

/** Session-wide actions: the view-only and block notices, create a server, and the links into Hyra. */
export function SessionActions({ session }: { session: Session }) {
  const { env, createServer, busy } = useActions();
  const context = { session, me: env.me, now: env.now };
  const create = can(env.permissions, 'create-server', context);
  const block = sessionBlock(session, env.now);
  const hyraUrl = `${env.webUrl}${webAppPaths.session(env.api.workspaceId, session._id)}`;
  const links = (
    [
      ['cancel-session', 'Cancel in Hyra'],
      ['delete-session', session.adhoc ? 'Delete ad-hoc session in Hyra' : 'Delete in Hyra'],
      ['file-report', 'File a report in Hyra'],
    ] as const
  ).filter(([action]) => can(env.permissions, action, context).state === 'allowed');
  const anySlotAction =
    env.permissions.self_assign_host ||
    env.permissions.assign_host ||
    env.permissions.assign_roles ||
    env.permissions.self_assign_cohost;

  // Nothing at all this viewer could change here: say so, rather than show nothing.
  const viewOnly = CHANGES.every(
    (action) => can(env.permissions, action, { ...context, slotIsMine: true }).state === 'hidden',
  );

  if (create.state === 'hidden' && links.length === 0 && !(block && anySlotAction) && !viewOnly) return null;
  return (
    <div className="space-y-2 rounded-lg bg-slate-100 p-3 text-sm dark:bg-slate-800/60">
      {viewOnly && (
        <p role="note" className="font-medium">
          View only: your access doesn’t allow changes here.
        </p>
      )}
      {block && anySlotAction && (
        <p role="note" className="font-medium">
          Slots can’t be changed: {BLOCK_REASONS[block].toLowerCase()}.
        </p>
      )}
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        {create.state !== 'hidden' && (
          <Button
            variant="primary"
            disabled={create.state !== 'allowed' || busy}
            onClick={() => createServer(session)}
          >
            Create a server
          </Button>
        )}
        {links.map(([action, text]) => (
          <HyraLink key={action} href={hyraUrl}>
            {text}
          </HyraLink>
        ))}
      </div>
    </div>
  );
}
