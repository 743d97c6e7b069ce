import type { Permissions, Session } from '../../../hyra/schemas';
import { selectCoHost, selectHost, selectServers, selectTemplate } from '../../../hyra/selectors';

/** Why a session needs someone who assigns. */
export type AttentionReason = 'no-host' | 'no-cohost' | 'open-roles' | 'no-server';

export const ATTENTION_WORDS: Record<AttentionReason, string> = {
  'no-host': 'No host',
  'no-cohost': 'No co-host',
  'open-roles': 'Open roles',
  'no-server': 'No server yet',
};

export interface AttentionItem {
  session: Session;
  reasons: AttentionReason[];
}

/** How far ahead the panel looks, unless told otherwise. */
export const ATTENTION_HOURS = 48;

/** The panel is for people who can assign others: hosts, co-hosts or roles. */
export function canAssign(permissions: Permissions | undefined): boolean {
  return Boolean(
    permissions && (permissions.assign_host || permissions.assign_cohost || permissions.assign_roles),
  );
}

/** What is missing from one session; none for a cancelled one. */
export function attentionReasons(session: Session): AttentionReason[] {
  if (session.cancelled) return [];
  const reasons: AttentionReason[] = [];
  const cohosts = !session.schedule.disable_cohost;
  const servers = selectServers(session);
  if (servers.length === 0) {
    if (!selectHost(session)) reasons.push('no-host');
    if (cohosts && !selectCoHost(session)) reasons.push('no-cohost');
    if (selectTemplate(session).some((group) => group.roles.length > 0)) reasons.push('no-server');
    return reasons;
  }
  if (servers.some((server) => !server.host)) reasons.push('no-host');
  if (cohosts && servers.some((server) => !server.coHost)) reasons.push('no-cohost');
  if (servers.some((server) => server.groups.some((group) => group.filled < group.total))) {
    reasons.push('open-roles');
  }
  return reasons;
}

/**
 * The sessions starting in the next `hours` (not those already started, nor cancelled ones)
 * that lack a host, a co-host (where co-hosts are enabled), a role holder, or a server
 * while the schedule has a role template: soonest first.
 */
export function selectNeedsAttention(
  sessions: readonly Session[],
  { now, hours = ATTENTION_HOURS }: { now: number; hours?: number },
): AttentionItem[] {
  const until = now + hours * 3_600_000;
  const items: AttentionItem[] = [];
  for (const session of sessions) {
    const start = Date.parse(session.start);
    if (start < now || start >= until) continue;
    const reasons = attentionReasons(session);
    if (reasons.length > 0) items.push({ session, reasons });
  }
  return items.sort((a, b) => Date.parse(a.session.start) - Date.parse(b.session.start));
}
