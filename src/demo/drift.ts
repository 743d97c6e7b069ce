import type { Permissions } from '../hyra/schemas';
import type { RawEvent, RawUser } from './types';

/*
 * The "drift" scenario: what the API might send the day it changes under us. Every
 * level carries fields the dashboard does not know; optional fields are left out; the
 * shape is the older reference version (no `week_starts_on`, no server `source`, no
 * subhosting `type`); some Roblox IDs arrive as numbers. The dashboard must show the same
 * calendar, with nothing dropped.
 */

/** 0–255 from an ID's last two hex digits: decides, stably per event, what to leave out. */
function bucket(id: string): number {
  const value = Number.parseInt(id.slice(-2), 16);
  return Number.isNaN(value) ? 0 : value;
}

function driftUser(user: RawUser): Record<string, unknown> {
  return { ...user, verified: false, presence: { online: false } };
}

export function driftPermissions(permissions: Permissions): Record<string, unknown> {
  return { ...permissions, manage_servers: true, view_logs: true, quota_period: 'week' };
}

export function driftEvent(event: RawEvent): Record<string, unknown> {
  const b = bucket(event._id);
  const numericIds = b % 4 === 1;
  const out: Record<string, unknown> = {
    _id: event._id,
    __v: 3,
    start: event.start,
    updatedAt: event.updatedAt,
    in_progress: event.in_progress,
    cancelled: event.cancelled,
    adhoc: event.adhoc,
    guild_id: '1183461946253754398',
    notes: null,
    schedule: { ...event.schedule, __v: 0, color: '#64748b', recurrence: { kind: 'weekly', interval: 1 } },
    host_id: event.host_id,
    co_host_id: event.co_host_id,
    host: driftUser(event.host),
    co_host: driftUser(event.co_host),
    servers: event.servers.map((server) => ({
      _id: server._id,
      created_by: server.created_by,
      status: server.status,
      updatedAt: server.updatedAt,
      region: 'eu-west',
      player_count: 0,
      groups: server.groups.map((group) => ({
        ...group,
        color: null,
        hidden: false,
        roles: group.roles.map((role) => {
          const copy: Record<string, unknown> = { ...role, locked: false };
          if (numericIds && typeof role.user_id === 'string' && /^\d+$/.test(role.user_id)) {
            copy.user_id = Number(role.user_id);
          }
          return copy;
        }),
      })),
    })),
  };
  if (b % 2 === 1) {
    out.polyfill = event.polyfill.map((group) => ({
      _id: group._id,
      name: group.name,
      priority: group.priority,
      description: '',
      roles: group.roles.map((role) => ({ ...role, min_rank: 1 })),
    }));
  }
  if (b % 3 !== 0) {
    // The older shape cannot say "co-host", so only host entries survive, without `type`.
    out.subhosting = event.subhosting
      .filter((entry) => (entry.type ?? 'host_id') === 'host_id')
      .map((entry) => ({
        server_id: entry.server_id,
        user_id: entry.user_id,
        user: driftUser(entry.user),
        assigned_at: event.updatedAt,
      }));
  }
  return out;
}

export function driftSessionsPage(
  permissions: Permissions,
  events: readonly RawEvent[],
): Record<string, unknown> {
  return {
    permissions: driftPermissions(permissions),
    events: events.map(driftEvent),
    total: events.length,
    generated_by: 'hyra-demo',
  };
}
