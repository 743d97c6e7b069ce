/**
 * One pure decision for every action: the UI hides what the user could never do and
 * disables, with a reason, what is blocked right now. The API still decides.
 */
import type { Permissions, Session } from './schemas';
import { selectCoHost, selectHost, selectServers } from './selectors';

export type Decision = { state: 'hidden' } | { state: 'disabled'; reason: string } | { state: 'allowed' };

const HIDDEN: Decision = { state: 'hidden' };
const ALLOWED: Decision = { state: 'allowed' };
const disabled = (reason: string): Decision => ({ state: 'disabled', reason });

export interface ActionContext {
  session: Session;
  /** The viewer's Roblox user ID, when they have set it. */
  me?: string;
  now: number;
  /** For actions on one server; the first server when absent. */
  serverId?: string;
}

export type SlotAction =
  'take-host' | 'take-cohost' | 'assign-host' | 'assign-cohost' | 'take-role' | 'assign-role';

/** The server locks `public_slock_offset` minutes after the start (assumed reading). */
export function lockTime(session: Session): number {
  return Date.parse(session.start) + session.schedule.public_slock_offset * 60_000;
}

export function unlockTime(session: Session): number {
  return Date.parse(session.start) - session.schedule.public_start_offset * 60_000;
}

function sessionBlock(session: Session, now: number): string | undefined {
  if (session.cancelled) return 'Session cancelled';
  if (now >= lockTime(session) && !session.in_progress) return 'Session has ended';
  return undefined;
}

function quotaReached(used: number, quota: number) {
  return quota > 0 && used >= quota;
}

/** Decides a slot action; `slotTaken` says whether the slot already has a holder. */
export function can(
  permissions: Permissions,
  action: SlotAction,
  context: ActionContext & { slotTaken?: boolean },
): Decision {
  const { session, me, now } = context;
  const cohostAction = action === 'take-cohost' || action === 'assign-cohost';
  if (cohostAction && session.schedule.disable_cohost) return HIDDEN;

  const needs: Record<SlotAction, [boolean, string]> = {
    'take-host': [permissions.self_assign_host, 'Self Assign Host'],
    'take-cohost': [permissions.self_assign_cohost, 'Self Assign Co-Host'],
    'assign-host': [permissions.assign_host, 'Assign Host'],
    'assign-cohost': [permissions.assign_cohost, 'Assign Co-Host'],
    // Taking a role yourself is open to all staff in the product.
    'take-role': [true, ''],
    'assign-role': [permissions.assign_roles, 'Assign Roles'],
  };
  const [allowed] = needs[action];
  if (!allowed) return HIDDEN;

  const block = sessionBlock(session, now);
  if (block) return disabled(block);
  if (action.startsWith('take-') && !me) return disabled('Set your Roblox user ID in settings first');
  if (context.slotTaken) return disabled('Slot already taken');
  if (action === 'take-host' && quotaReached(permissions.host_quota_used, permissions.host_quota)) {
    return disabled('Host quota reached');
  }
  if (action === 'take-cohost' && quotaReached(permissions.cohost_quota_used, permissions.cohost_quota)) {
    return disabled('Co-Host quota reached');
  }
  return ALLOWED;
}

/** Could I take any open slot of this session right now? (the "open slots I could take" filter) */
export function hasSlotICouldTake(
  permissions: Permissions,
  session: Session,
  me: string | undefined,
  now: number,
) {
  const context = { session, me, now };
  const servers = selectServers(session);
  if (servers.length === 0) {
    return (
      (!selectHost(session) && can(permissions, 'take-host', context).state === 'allowed') ||
      (!selectCoHost(session) && can(permissions, 'take-cohost', context).state === 'allowed')
    );
  }
  return servers.some(
    (server) =>
      (!server.host &&
        can(permissions, 'take-host', { ...context, serverId: server.serverId }).state === 'allowed') ||
      (!server.coHost &&
        can(permissions, 'take-cohost', { ...context, serverId: server.serverId }).state === 'allowed') ||
      (server.groups.some((group) => group.roles.some((role) => !role.holder)) &&
        can(permissions, 'take-role', context).state === 'allowed'),
  );
}
