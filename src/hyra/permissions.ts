/**
 * One pure decision for every action: the UI hides what the user could never do and
 * disables, with a reason, what is blocked right now. The API still decides.
 */
import { QUOTA_IS_HARD_LIMIT } from './contract';
import type { Permissions, Session } from './schemas';
import { selectCoHost, selectHost, selectServers } from './selectors';

/** Why an action the viewer may take is blocked right now. The words are in BLOCK_REASONS. */
export type BlockCode =
  | SessionBlockCode
  | 'needs-assign-host'
  | 'needs-assign-cohost'
  | 'needs-assign-roles'
  | 'needs-identity'
  | 'slot-mine'
  | 'slot-taken'
  | 'host-quota-reached'
  | 'cohost-quota-reached';

/** Blocks that hold for every slot of a session, said once for the whole session. */
export type SessionBlockCode = 'session-cancelled' | 'server-locked';

/** The one table of words for blocked actions: branch on the code, show the reason. */
export const BLOCK_REASONS: Record<BlockCode, string> = {
  'session-cancelled': 'Session cancelled',
  'server-locked': 'Server locked',
  'needs-assign-host': 'Needs the Assign Host permission',
  'needs-assign-cohost': 'Needs the Assign Co-Host permission',
  'needs-assign-roles': 'Needs the Assign Roles permission',
  'needs-identity': 'Set your Roblox user ID in settings first',
  'slot-mine': 'You hold this slot',
  'slot-taken': 'Slot already taken',
  'host-quota-reached': 'Host quota reached',
  'cohost-quota-reached': 'Co-Host quota reached',
};

export type Decision =
  { state: 'hidden' } | { state: 'disabled'; code: BlockCode; reason: string } | { state: 'allowed' };

const HIDDEN: Decision = { state: 'hidden' };
const ALLOWED: Decision = { state: 'allowed' };
const disabled = (code: BlockCode): Decision => ({ state: 'disabled', code, reason: BLOCK_REASONS[code] });

/** The boolean flags of the permissions object (the quota counters are numbers). */
type PermissionFlag = {
  [K in keyof Permissions]: Permissions[K] extends boolean ? K : never;
}[keyof Permissions];

/**
 * The key's permissions as the signed-in person may use them: each flag only where the
 * server says their role allows it (`allows`, from `/hyra-me.json`); a flag the server does
 * not mention is not allowed. The counters pass through. The server enforces the same.
 */
export function applyAllowances(permissions: Permissions, allows: Record<string, boolean>): Permissions {
  const result: Permissions = { ...permissions };
  for (const [flag, value] of Object.entries(permissions) as [keyof Permissions, unknown][]) {
    if (typeof value === 'boolean') result[flag as PermissionFlag] = value && allows[flag] === true;
  }
  return result;
}

/** Whether a block holds for the whole session rather than one slot. */
export function isSessionBlock(code: BlockCode): code is SessionBlockCode {
  return code === 'session-cancelled' || code === 'server-locked';
}

/** A slot of a session: host or co-host of a server (the first when absent), or a role. */
export type SlotRef =
  | { kind: 'host' | 'cohost'; serverId?: string }
  | { kind: 'role'; serverId: string; groupId: string; roleId: string };

export interface ActionContext {
  session: Session;
  /** The viewer's Roblox user ID, when they have set it. */
  me?: string;
  now: number;
  /** Whether the slot acted on already has a holder. */
  slotTaken?: boolean;
  /** Whether the viewer holds the slot acted on. */
  slotIsMine?: boolean;
}

export type Action =
  | 'take-host'
  | 'take-cohost'
  | 'take-role'
  | 'assign-host'
  | 'assign-cohost'
  | 'assign-role'
  | 'create-server'
  | 'delete-server'
  // No public endpoint: offered as links into Hyra's web app.
  | 'leave-slot'
  | 'cancel-session'
  | 'delete-session'
  | 'file-report';

/** The server locks `public_slock_offset` minutes after the start (assumed reading). */
export function lockTime(session: Session): number {
  return Date.parse(session.start) + session.schedule.public_slock_offset * 60_000;
}

export function unlockTime(session: Session): number {
  return Date.parse(session.start) - session.schedule.public_start_offset * 60_000;
}

/**
 * Assumed: taking a role yourself is open to all staff (API.md), and a token with no claim
 * permission at all is a read-only viewer, not staff who may claim.
 */
export function maySelfAssignRoles(permissions: Permissions): boolean {
  return permissions.self_assign_host || permissions.self_assign_cohost || permissions.assign_roles;
}

/**
 * Assumed: who may create or delete servers is not in the permissions object ("the API
 * decides"); the dashboard offers it to those who may assign hosts or roles.
 */
export function mayManageServers(permissions: Permissions): boolean {
  return permissions.assign_host || permissions.assign_roles;
}

function quotaReached(used: number, quota: number) {
  return QUOTA_IS_HARD_LIMIT && quota > 0 && used >= quota;
}

/** Why no slot of this session can change now, if so. */
export function sessionBlock(session: Session, now: number): SessionBlockCode | undefined {
  if (session.cancelled) return 'session-cancelled';
  if (now >= lockTime(session)) return 'server-locked';
  return undefined;
}

/** The permission an assign action needs, as the block said to those who lack it. */
const NEEDS_PERMISSION = {
  'assign-host': 'needs-assign-host',
  'assign-cohost': 'needs-assign-cohost',
  'assign-role': 'needs-assign-roles',
} as const satisfies Record<string, BlockCode>;

/** Decides one action on one session (and slot, for slot actions). */
export function can(permissions: Permissions, action: Action, context: ActionContext): Decision {
  const { session, me, now } = context;
  const cohostAction = action === 'take-cohost' || action === 'assign-cohost';
  if (cohostAction && session.schedule.disable_cohost) return HIDDEN;

  switch (action) {
    case 'cancel-session':
      return permissions.cancel_sessions && !session.cancelled ? ALLOWED : HIDDEN;
    case 'delete-session':
      return (session.adhoc ? permissions.delete_adhoc_sessions : permissions.delete_sessions)
        ? ALLOWED
        : HIDDEN;
    case 'file-report':
      return permissions.create_report ? ALLOWED : HIDDEN;
    case 'leave-slot':
      return context.slotIsMine && maySelfAssignRoles(permissions) ? ALLOWED : HIDDEN;
    case 'create-server':
    case 'delete-server': {
      if (!mayManageServers(permissions)) return HIDDEN;
      const block = sessionBlock(session, now);
      return block ? disabled(block) : ALLOWED;
    }
    default:
      break;
  }

  const allowedByPermission: Record<
    'take-host' | 'take-cohost' | 'take-role' | keyof typeof NEEDS_PERMISSION,
    boolean
  > = {
    'take-host': permissions.self_assign_host,
    'take-cohost': permissions.self_assign_cohost,
    'take-role': maySelfAssignRoles(permissions),
    'assign-host': permissions.assign_host,
    'assign-cohost': permissions.assign_cohost,
    'assign-role': permissions.assign_roles,
  };
  if (!allowedByPermission[action]) {
    // Someone who assigns other slots is told why not this one; everyone else never sees it.
    const assigner = permissions.assign_host || permissions.assign_cohost || permissions.assign_roles;
    return action.startsWith('assign-') && assigner
      ? disabled(NEEDS_PERMISSION[action as keyof typeof NEEDS_PERMISSION])
      : HIDDEN;
  }

  const block = sessionBlock(session, now);
  if (block) return disabled(block);
  const taking = action === 'take-host' || action === 'take-cohost' || action === 'take-role';
  if (taking && !me) return disabled('needs-identity');
  if (taking && context.slotIsMine) return disabled('slot-mine');
  if (taking && context.slotTaken) return disabled('slot-taken');
  if (action === 'take-host' && quotaReached(permissions.host_quota_used, permissions.host_quota)) {
    return disabled('host-quota-reached');
  }
  if (action === 'take-cohost' && quotaReached(permissions.cohost_quota_used, permissions.cohost_quota)) {
    return disabled('cohost-quota-reached');
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
  const open = (action: Action) => can(permissions, action, context).state === 'allowed';
  const servers = selectServers(session);
  if (servers.length === 0) {
    return (!selectHost(session) && open('take-host')) || (!selectCoHost(session) && open('take-cohost'));
  }
  return servers.some(
    (server) =>
      (!server.host && open('take-host')) ||
      (!server.coHost && open('take-cohost')) ||
      (server.groups.some((group) => group.roles.some((role) => !role.holder)) && open('take-role')),
  );
}
