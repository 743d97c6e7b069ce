// @ts-check
/**
 * The per-person policy: what a signed-in person may write through the server's key.
 * Pure functions and one table of words; the sign-in plugin applies them to every
 * /hyra-api write before Hyra sees it. The browser gets the same allowances from
 * `/hyra-me.json` and shows them with its own hidden / disabled rules.
 *
 * Effective permissions = the key's `permissions` ∩ what the person's role allows.
 */

/** @typedef {'admin' | 'staff'} Role */
/**
 * @typedef {'take-host' | 'take-cohost' | 'take-role' | 'assign-host' | 'assign-cohost'
 *   | 'assign-role' | 'create-server' | 'delete-server' | 'read-logs'} WriteAction
 */
/** @typedef {Record<string, boolean | number>} KeyPermissions Hyra's `permissions` object */

/** The boolean flags of Hyra's permissions object. */
export const PERMISSION_FLAGS = [
  'self_assign_host',
  'assign_host',
  'self_assign_cohost',
  'assign_cohost',
  'assign_roles',
  'create_report',
  'delete_sessions',
  'delete_adhoc_sessions',
  'cancel_sessions',
  'create_adhoc_sessions',
];

/** Hyra's counters, passed through untouched. */
const QUOTA_FIELDS = ['host_quota', 'host_quota_used', 'cohost_quota', 'cohost_quota_used'];

/**
 * What each role allows, as a mask over the key's flags. Staff take slots for themselves;
 * admins keep everything the key allows (assigning others, servers, the links into Hyra).
 * @type {Record<Role, Record<string, boolean>>}
 */
export const ROLE_ALLOWS = {
  admin: Object.fromEntries(PERMISSION_FLAGS.map((flag) => [flag, true])),
  staff: Object.fromEntries(
    PERMISSION_FLAGS.map((flag) => [flag, flag === 'self_assign_host' || flag === 'self_assign_cohost']),
  ),
};

/** The one table of words for the server's refusals; branch on the code, never the words. */
export const POLICY_MESSAGES = {
  'not-signed-in': 'Sign in with Roblox first.',
  'not-staff': "You are signed in, but not on this workspace's staff.",
  'staff-unchecked':
    'Your staff membership cannot be checked right now (Roblox did not answer). Try again in a minute.',
  'read-only': 'This dashboard is read-only: the server refuses every change.',
  'self-only': 'Staff may take a slot only for themselves: the value must be your own Roblox user ID.',
  'admin-only': 'Only admins may create or delete servers.',
  'needs-self-assign-host': "The workspace's key does not allow taking the host slot.",
  'needs-self-assign-cohost': "The workspace's key does not allow taking the co-host slot.",
  'needs-self-assign-roles': "The workspace's key does not allow taking roles.",
  'needs-assign-host': "The workspace's key does not allow assigning hosts.",
  'needs-assign-cohost': "The workspace's key does not allow assigning co-hosts.",
  'needs-assign-roles': "The workspace's key does not allow assigning roles.",
  'needs-manage-servers': "The workspace's key does not allow managing servers.",
  'host-quota-reached': 'The host claim limit is reached for this week: no more host slots can be taken.',
  'cohost-quota-reached':
    'The co-host claim limit is reached for this week: no more co-host slots can be taken.',
  'needs-assign-for-logs': 'Session logs are shown only to those who may assign slots.',
  'other-workspace': 'This dashboard only changes its own workspace.',
  'unknown-write': 'This change is not one the dashboard makes, so the server does not forward it.',
  'bad-body': 'The change must be a JSON object with "prop" and "value".',
  'permissions-unknown':
    "The workspace's permissions could not be read from Hyra just now, so the change was not sent. Try again.",
};

/** @typedef {keyof typeof POLICY_MESSAGES} PolicyCode */
/** @typedef {{ allowed: false; status: number; code: PolicyCode; message: string }} Refusal */
/** @typedef {{ allowed: true } | Refusal} PolicyDecision */

/** @type {PolicyDecision} */
const ALLOWED = { allowed: true };

/** @param {PolicyCode} code @param {number} [status] @returns {Refusal} */
export function refuse(code, status = 403) {
  return { allowed: false, status, code, message: POLICY_MESSAGES[code] };
}

/**
 * The key's permissions as the person may use them.
 * @param {KeyPermissions} keyPermissions
 * @param {Role} role
 * @returns {KeyPermissions}
 */
export function effectivePermissions(keyPermissions, role) {
  const allows = ROLE_ALLOWS[role];
  /** @type {KeyPermissions} */
  const result = {};
  for (const flag of PERMISSION_FLAGS) result[flag] = keyPermissions[flag] === true && allows[flag] === true;
  for (const field of QUOTA_FIELDS) {
    const value = keyPermissions[field];
    result[field] = typeof value === 'number' ? value : 0;
  }
  return result;
}

/** Taking a role yourself: as the browser's `maySelfAssignRoles`. @param {KeyPermissions} p */
function maySelfAssignRoles(p) {
  return p.self_assign_host === true || p.self_assign_cohost === true || p.assign_roles === true;
}

/**
 * Hyra's claim limit is a hard one (QUOTA_IS_HARD_LIMIT in src/hyra/contract.ts, assumed):
 * the browser turns Take off once the key's counter reaches it, and so the server refuses.
 * A quota of 0 limits nothing. As the browser's `quotaReached`.
 * @param {KeyPermissions} p @param {'host' | 'cohost'} kind
 */
function quotaReached(p, kind) {
  const quota = /** @type {number} */ (p[`${kind}_quota`]);
  return quota > 0 && /** @type {number} */ (p[`${kind}_quota_used`]) >= quota;
}

/** Creating and deleting servers: as the browser's `mayManageServers`. @param {KeyPermissions} p */
function mayManageServers(p) {
  return p.assign_host === true || p.assign_roles === true;
}

/** Reading a session's logs: as the browser's `mayReadLogs` (src/hyra/logs.ts). @param {KeyPermissions} p */
function mayReadLogs(p) {
  return p.assign_host === true || p.assign_cohost === true || p.assign_roles === true;
}

/**
 * Decides one write (or guarded read) for one person.
 * @param {WriteAction} action
 * @param {{ role: Role; keyPermissions: KeyPermissions }} context
 * @returns {PolicyDecision}
 */
export function decide(action, { role, keyPermissions }) {
  const p = effectivePermissions(keyPermissions, role);
  switch (action) {
    // Taking a slot yourself: the self_assign_* flag, or (admins) the assign flag.
    case 'take-host':
      if (!(p.self_assign_host || p.assign_host)) return refuse('needs-self-assign-host');
      return quotaReached(p, 'host') ? refuse('host-quota-reached') : ALLOWED;
    case 'take-cohost':
      if (!(p.self_assign_cohost || p.assign_cohost)) return refuse('needs-self-assign-cohost');
      return quotaReached(p, 'cohost') ? refuse('cohost-quota-reached') : ALLOWED;
    case 'take-role':
      return maySelfAssignRoles(p) ? ALLOWED : refuse('needs-self-assign-roles');
    case 'assign-host':
      if (role !== 'admin') return refuse('self-only');
      return p.assign_host ? ALLOWED : refuse('needs-assign-host');
    case 'assign-cohost':
      if (role !== 'admin') return refuse('self-only');
      return p.assign_cohost ? ALLOWED : refuse('needs-assign-cohost');
    case 'assign-role':
      if (role !== 'admin') return refuse('self-only');
      return p.assign_roles ? ALLOWED : refuse('needs-assign-roles');
    case 'create-server':
    case 'delete-server':
      if (role !== 'admin') return refuse('admin-only');
      return mayManageServers(p) ? ALLOWED : refuse('needs-manage-servers');
    // Staff hold no assign flag (ROLE_ALLOWS), so only admins whose key may assign read logs.
    case 'read-logs':
      return mayReadLogs(p) ? ALLOWED : refuse('needs-assign-for-logs');
    default:
      return refuse('unknown-write');
  }
}

const SEGMENT = '([^/]+)';
const CHANGE = new RegExp(`^/activity/sessions/${SEGMENT}/${SEGMENT}/change$`);
const CREATE_SERVER = new RegExp(`^/activity/sessions/${SEGMENT}/${SEGMENT}/server$`);
const DELETE_SERVER = new RegExp(`^/activity/sessions/${SEGMENT}/${SEGMENT}/server/${SEGMENT}$`);
/**
 * A session's logs, and anything under them. Case-insensitive: Hyra's router may be (NestJS
 * on Express matches paths without regard to case), so `/LOGS` must not slip past.
 */
const LOGS = new RegExp(`^/activity/sessions/${SEGMENT}/${SEGMENT}/logs(?:/.*)?$`, 'i');

/**
 * Reads the policy decides like writes (the proxy forwards every other GET): a session's
 * logs, shown only to those who may assign. `path` is the checked, normalised upstream path.
 * @param {string} method
 * @param {string} path
 */
export function isGuardedRead(method, path) {
  return method === 'GET' && LOGS.test(path);
}

/** @param {string} segment */
function decodeSegment(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/**
 * Which write a request to the proxy is (the paths of `src/hyra/contract.ts`), for whom.
 * @param {string} method
 * @param {string} path the path after `/hyra-api`, without the query
 * @param {unknown} body the parsed JSON body, if any
 * @param {string} me the signed-in Roblox user ID
 * @returns {{ action: WriteAction; workspaceId: string } | { refusal: PolicyDecision }}
 */
export function classifyWrite(method, path, body, me) {
  const change = method === 'PATCH' ? CHANGE.exec(path) : null;
  if (change) {
    const workspaceId = decodeSegment(change[1] ?? '');
    if (workspaceId === undefined) return { refusal: refuse('unknown-write') };
    if (typeof body !== 'object' || body === null) return { refusal: refuse('bad-body', 400) };
    const { prop, value } = /** @type {Record<string, unknown>} */ (body);
    if (typeof value !== 'string') return { refusal: refuse('bad-body', 400) };
    const self = value === me;
    if (prop === 'host') return { action: self ? 'take-host' : 'assign-host', workspaceId };
    if (prop === 'cohost') return { action: self ? 'take-cohost' : 'assign-cohost', workspaceId };
    if (prop === 'role') return { action: self ? 'take-role' : 'assign-role', workspaceId };
    return { refusal: refuse('bad-body', 400) };
  }
  const create = method === 'POST' ? CREATE_SERVER.exec(path) : null;
  const remove = method === 'DELETE' ? DELETE_SERVER.exec(path) : null;
  const logs = isGuardedRead(method, path) ? LOGS.exec(path) : null;
  if (logs) {
    const workspaceId = decodeSegment(logs[1] ?? '');
    if (workspaceId === undefined) return { refusal: refuse('unknown-write') };
    return { action: 'read-logs', workspaceId };
  }
  const match = create ?? remove;
  if (match) {
    const workspaceId = decodeSegment(match[1] ?? '');
    if (workspaceId === undefined) return { refusal: refuse('unknown-write') };
    return { action: create ? 'create-server' : 'delete-server', workspaceId };
  }
  return { refusal: refuse('unknown-write') };
}

/**
 * The whole decision for one proxied write.
 * @param {{ method: string; path: string; body: unknown }} request
 * @param {{ me: string; role: Role; workspaceId: string | undefined; keyPermissions: KeyPermissions }} person
 * @returns {PolicyDecision}
 */
export function decideRequest(request, person) {
  const classified = classifyWrite(request.method, request.path, request.body, person.me);
  if ('refusal' in classified) return classified.refusal;
  if (person.workspaceId !== undefined && classified.workspaceId !== person.workspaceId) {
    return refuse('other-workspace');
  }
  return decide(classified.action, person);
}
