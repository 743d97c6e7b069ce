// @ts-check
/**
 * The staff rule: who may come in, and as what. Membership of a Roblox group at or above a
 * rank (Roblox's public groups endpoint, `GET {ROBLOX_GROUPS_API_URL}/v1/users/{id}/groups/roles`)
 * and/or explicit lists of user IDs. Checked at sign-in and again when a session's last
 * check is older than `recheckMs`; when the groups endpoint cannot answer, an existing
 * session keeps its role for `graceMs`, a new one is refused with words.
 */

/** Re-check a session's role after this long. */
export const DEFAULT_RECHECK_MS = 5 * 60_000;
/** How long a session keeps its last known role while Roblox cannot be asked. */
export const DEFAULT_GRACE_MS = 30 * 60_000;
const GROUPS_TIMEOUT_MS = 5_000;

/**
 * @typedef {{
 *   groupsApiUrl: string;
 *   groupId?: number;
 *   staffMinRank?: number;
 *   adminMinRank?: number;
 *   staffUserIds: Set<string>;
 *   adminUserIds: Set<string>;
 * }} StaffRule
 * @typedef {'admin' | 'staff' | 'none'} Standing
 * @typedef {{ standing: Standing } | { unavailable: true }} StaffAnswer
 */

/**
 * @param {StaffRule} rule
 * @param {{ fetch?: typeof fetch; timeoutMs?: number }} [options]
 */
export function createStaffChecker(rule, options = {}) {
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? GROUPS_TIMEOUT_MS;

  /** The user's rank in the staff group (0 when not a member); undefined when Roblox cannot say. */
  async function rankOf(/** @type {string} */ userId) {
    const url = `${rule.groupsApiUrl.replace(/\/+$/, '')}/v1/users/${encodeURIComponent(userId)}/groups/roles`;
    try {
      const response = await doFetch(url, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(timeoutMs),
        redirect: 'error',
      });
      if (!response.ok) return undefined;
      /** @type {unknown} */
      const json = await response.json();
      const data =
        typeof json === 'object' && json !== null ? /** @type {{data?: unknown}} */ (json).data : undefined;
      if (!Array.isArray(data)) return undefined;
      for (const entry of data) {
        const groupId = Number(entry?.group?.id);
        const rank = Number(entry?.role?.rank);
        if (groupId === rule.groupId && Number.isInteger(rank)) return rank;
      }
      return 0;
    } catch {
      return undefined;
    }
  }

  /**
   * @param {string} userId
   * @returns {Promise<StaffAnswer>}
   */
  return async function checkStaff(userId) {
    if (rule.adminUserIds.has(userId)) return { standing: 'admin' };
    const listedStaff = rule.staffUserIds.has(userId);
    if (rule.groupId === undefined) return { standing: listedStaff ? 'staff' : 'none' };
    const rank = await rankOf(userId);
    if (rank === undefined) return listedStaff ? { standing: 'staff' } : { unavailable: true };
    if (rule.adminMinRank !== undefined && rank >= rule.adminMinRank) return { standing: 'admin' };
    if (listedStaff || (rule.staffMinRank !== undefined && rank >= rule.staffMinRank)) {
      return { standing: 'staff' };
    }
    return { standing: 'none' };
  };
}

/**
 * What a session's standing is now: its own when checked recently; else asked again, and
 * kept for a while when Roblox cannot answer.
 * @param {{ standing: Standing; checkedAt: number; verifiedAt: number }} session
 * @param {(userId: string) => Promise<StaffAnswer>} check
 * @param {string} userId
 * @param {{ now: number; recheckMs?: number; graceMs?: number }} options
 * @returns {Promise<{ standing: Standing; checkedAt: number; verifiedAt: number } | { unavailable: true }>}
 */
export async function recheck(session, check, userId, options) {
  const { now, recheckMs = DEFAULT_RECHECK_MS, graceMs = DEFAULT_GRACE_MS } = options;
  if (now - session.checkedAt < recheckMs) return session;
  const answer = await check(userId);
  if ('standing' in answer) return { standing: answer.standing, checkedAt: now, verifiedAt: now };
  if (now - session.verifiedAt < graceMs) return { ...session, checkedAt: now };
  return { unavailable: true };
}
