// @ts-check
/**
 * A fake Hyra API for the end-to-end tests: a real HTTP server on 127.0.0.1 that answers
 * `GET /activity/sessions/{workspaceId}` with responses of the documented shape (API.md).
 * The workspace ID picks the behaviour (the part before the first `-`, so `broken-2` behaves
 * as `broken` with its own state), so one server plays every case, and tests running side by
 * side each use their own workspace:
 *
 *   ok, default, flip    three sessions a day (one with a server and role groups)
 *   unauthorized         401, whatever the token
 *   forbidden            403          missing (or any unknown ID)  404
 *   ratelimited          429 with Retry-After for RATE_LIMIT_SECONDS after its first request, then ok
 *   broken               500
 *   slow                 requests for SLOW_DAY answer after SLOW_MS (longer than the proxy waits);
 *                        other days answer at once
 *   unreachable          drops the connection without an answer
 *   notjson              200 with an HTML page
 *   malformed            200 with `events` that is not an array
 *   drift                unknown fields everywhere, and one event without `start`
 *   hostile              markup in names, javascript: links, 5,000-character names
 *   huge                 HUGE_PER_DAY sessions a day
 *
 * Every request must carry `Authorization: Bearer <one of FAKE_HYRA_TOKENS>`, else 401.
 *
 * Control (for the tests, never reachable through the dashboard's proxy, which forwards
 * only /activity/ paths):
 *   GET  /__control/health                  200
 *   GET  /__control/requests[?workspace=W]  what arrived: method, path, query, authorization
 *   POST /__control/behave?workspace=W&as=B  workspace W now behaves as B
 *
 * Environment: FAKE_HYRA_PORT (4195), FAKE_HYRA_TOKENS (comma-separated).
 */
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';

export const RATE_LIMIT_SECONDS = 4;
export const SLOW_MS = 4_000;
export const SLOW_DAY = '2026-12-02';
export const HUGE_PER_DAY = 400;

/**
 * @typedef {{
 *   method: string;
 *   path: string;
 *   workspace?: string;
 *   query: Record<string, string>;
 *   authorization: string | null;
 *   at: number;
 * }} Recorded
 */

const PERMISSIONS = {
  self_assign_host: true,
  assign_host: false,
  self_assign_cohost: true,
  assign_cohost: false,
  assign_roles: false,
  create_report: false,
  delete_sessions: false,
  delete_adhoc_sessions: false,
  cancel_sessions: false,
  create_adhoc_sessions: false,
  host_quota: 0,
  host_quota_used: 0,
  cohost_quota: 0,
  cohost_quota_used: 0,
};

export const HOSTILE = {
  markupName: '<img src=x onerror=alert(1)>',
  scriptHost: '<script>alert("host")</script>',
  longName: `${'Very long session name '.repeat(217)}END`.slice(0, 5000),
  javascriptLink: 'javascript:alert(document.domain)',
};

/** @param {number} n */
const hex = (n) => n.toString(16).padStart(24, '0');

/** @param {string} day YYYY-MM-DD @param {number} index */
function eventId(day, index) {
  return hex(Number(day.replaceAll('-', '')) * 10_000 + index);
}

/**
 * @param {string} id @param {string} username @param {string} [displayName]
 */
function user(id, username, displayName = username) {
  return { exists: true, id, username, display_name: displayName };
}
const NOBODY = { exists: false, id: '', username: '', display_name: '' };

/**
 * One event of the documented shape.
 * @param {string} day @param {number} index @param {number} hour
 * @param {{ name?: string; gameLink?: string; host?: ReturnType<typeof user>; servers?: boolean; roleName?: string }} [options]
 */
function event(day, index, hour, options = {}) {
  const start = new Date(`${day}T00:00:00.000Z`);
  start.setUTCHours(hour, (index * 7) % 60);
  const host = options.host ?? (index % 2 === 0 ? user('1001', 'host_one', 'Host One') : undefined);
  const scheduleId = hex(900 + (index % 3));
  return {
    _id: eventId(day, index),
    start: start.toISOString(),
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    in_progress: false,
    cancelled: false,
    adhoc: false,
    schedule: {
      _id: scheduleId,
      name: options.name ?? ['Training', 'Interview', 'Shift'][index % 3],
      public_start_offset: 15,
      public_slock_offset: 10,
      publish_to_discord: true,
      disable_cohost: false,
      game_link: options.gameLink ?? 'https://www.roblox.com/games/1234',
      thumbnail_url: '',
      game_thumbnail_url: '',
      roles: [],
      updatedAt: '2026-01-01T00:00:00.000Z',
    },
    host_id: host ? host.id : '',
    co_host_id: '',
    host: host ?? NOBODY,
    co_host: NOBODY,
    servers: options.servers
      ? [
          {
            _id: hex(5000 + index),
            source: 'web',
            created_by: '1001',
            status: 'active',
            createdAt: '2026-01-01T00:00:00.000Z',
            updatedAt: '2026-01-01T00:00:00.000Z',
            groups: [
              {
                _id: hex(6000 + index),
                name: 'Helpers',
                priority: 1,
                roles: [
                  { _id: hex(7000 + index), name: options.roleName ?? 'Helper', user_id: '1002' },
                  { _id: hex(7100 + index), name: 'Greeter', user_id: '' },
                ],
              },
            ],
          },
        ]
      : [],
    polyfill: [],
    subhosting: [],
  };
}

/** @param {string} day @param {string} behaviour */
function eventsFor(day, behaviour) {
  if (behaviour === 'hostile') {
    return [
      event(day, 0, 9, {
        name: HOSTILE.markupName,
        gameLink: HOSTILE.javascriptLink,
        host: user('666', 'evil', HOSTILE.scriptHost),
        servers: true,
        roleName: '<b onmouseover=alert(3)>Role</b>',
      }),
      event(day, 1, 13, { name: HOSTILE.longName, gameLink: 'data:text/html,<script>alert(4)</script>' }),
      event(day, 2, 17, { name: 'A calm session', gameLink: 'https://www.roblox.com/games/1234' }),
    ];
  }
  if (behaviour === 'huge') {
    return Array.from({ length: HUGE_PER_DAY }, (_, i) => event(day, i, 6 + (i % 16)));
  }
  return [event(day, 0, 10, { servers: true }), event(day, 1, 14), event(day, 2, 19)];
}

/** @param {string} value `2026-3-7` */
function parseDay(value) {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (!match) return undefined;
  return `${match[1]}-${match[2]?.padStart(2, '0')}-${match[3]?.padStart(2, '0')}`;
}

/** Days whose UTC start falls in [start, end). @param {string} start @param {string} end */
function daysIn(start, end) {
  const days = [];
  const from = Date.parse(start);
  const to = Date.parse(end);
  if (Number.isNaN(from) || Number.isNaN(to)) return [];
  for (let t = Date.UTC(...ymd(new Date(from))); t < to && days.length < 62; t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}
/** @param {Date} d @returns {[number, number, number]} */
function ymd(d) {
  return [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
function json(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

/** @param {number} status @param {string} error @param {string} message */
const hyraError = (status, error, message) => ({ statusCode: status, error, message });

/**
 * @param {{ tokens: string[] }} options
 */
export function createFakeHyra(options) {
  /** @type {Recorded[]} */
  const requests = [];
  /** @type {Map<string, string>} */
  const overrides = new Map();
  /** Per rate-limited workspace: until when it answers 429. @type {Map<string, number>} */
  const blockedUntil = new Map();

  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake-hyra');
    if (url.pathname.startsWith('/__control/')) {
      const action = url.pathname.slice('/__control/'.length);
      if (action === 'health') return json(res, 200, { ok: true });
      if (action === 'requests') {
        const workspace = url.searchParams.get('workspace');
        return json(res, 200, workspace ? requests.filter((r) => r.workspace === workspace) : requests);
      }
      if (action === 'behave' && req.method === 'POST') {
        const workspace = url.searchParams.get('workspace');
        const as = url.searchParams.get('as');
        if (workspace && as) overrides.set(workspace, as);
        return json(res, 200, { ok: true });
      }
      return json(res, 404, hyraError(404, 'Not Found', 'No such control'));
    }

    const match = /^\/activity\/sessions\/([^/]+)$/.exec(url.pathname);
    const workspaceId = match ? decodeURIComponent(match[1] ?? '') : undefined;
    requests.push({
      method: req.method ?? 'GET',
      path: url.pathname,
      workspace: workspaceId,
      query: Object.fromEntries(url.searchParams),
      authorization: req.headers.authorization ?? null,
      at: Date.now(),
    });

    const auth = req.headers.authorization ?? '';
    if (!options.tokens.some((token) => auth === `Bearer ${token}`)) {
      return json(res, 401, hyraError(401, 'Unauthorized', 'Invalid or missing API key'));
    }

    if (workspaceId === undefined || req.method !== 'GET') {
      return json(res, 404, hyraError(404, 'Not Found', `Cannot ${req.method} ${url.pathname}`));
    }
    const behaviour = overrides.get(workspaceId) ?? workspaceId.split('-')[0] ?? workspaceId;

    const dayParam = url.searchParams.get('day');
    const start = url.searchParams.get('start');
    const end = url.searchParams.get('end');
    const day = dayParam ? parseDay(dayParam) : undefined;
    const days = day ? [day] : start && end ? daysIn(start, end) : [];
    if (days.length === 0) {
      return json(res, 400, hyraError(400, 'Bad Request', 'day, or start and end, is required'));
    }
    const page = () => ({
      permissions: PERMISSIONS,
      events: days.flatMap((d) => eventsFor(d, behaviour)),
      week_starts_on: 'monday',
    });
    const limitHeaders = { 'X-Ratelimit-Limit': '100' };

    switch (behaviour) {
      case 'ok':
      case 'default':
      case 'flip':
      case 'hostile':
      case 'huge':
        return json(res, 200, page(), limitHeaders);
      case 'unauthorized':
        return json(res, 401, hyraError(401, 'Unauthorized', 'Invalid API key'));
      case 'forbidden':
        return json(res, 403, hyraError(403, 'Forbidden', 'You are not a member of this workspace'));
      case 'ratelimited': {
        const now = Date.now();
        const until = blockedUntil.get(workspaceId) ?? now + RATE_LIMIT_SECONDS * 1000;
        blockedUntil.set(workspaceId, until);
        if (now < until) {
          const seconds = Math.max(1, Math.ceil((until - now) / 1000));
          return json(res, 429, hyraError(429, 'Too Many Requests', 'Rate limit exceeded'), {
            ...limitHeaders,
            'Retry-After': String(seconds),
            'X-Ratelimit-Reset': String(seconds),
          });
        }
        return json(res, 200, page(), limitHeaders);
      }
      case 'unreachable':
        req.socket.destroy();
        return;
      case 'broken':
        return json(res, 500, hyraError(500, 'Internal Server Error', 'Something broke at Hyra'));
      case 'slow': {
        if (!days.includes(SLOW_DAY)) return json(res, 200, page(), limitHeaders);
        const timer = setTimeout(() => json(res, 200, page()), SLOW_MS);
        res.on('close', () => clearTimeout(timer));
        return;
      }
      case 'notjson':
        res.writeHead(200, { 'Content-Type': 'text/html' });
        res.end('<!doctype html><title>Sign in</title><p>Please sign in');
        return;
      case 'malformed':
        return json(res, 200, { permissions: PERMISSIONS, events: 'not a list' });
      case 'drift': {
        const base = page();
        const events = base.events.map((e) => ({
          ...e,
          brand_new_field: { nested: true },
          schedule: { ...e.schedule, colour: '#f00' },
        }));
        const { start: _dropped, ...withoutStart } = events[1] ?? events[0] ?? {};
        return json(res, 200, {
          ...base,
          events: [events[0], withoutStart, ...events.slice(2)],
          api_version: 'v9',
        });
      }
      default:
        return json(res, 404, hyraError(404, 'Not Found', 'Workspace not found'));
    }
  });
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  const port = Number(process.env.FAKE_HYRA_PORT ?? 4195);
  const tokens = (process.env.FAKE_HYRA_TOKENS ?? '')
    .split(',')
    .map((token) => token.trim())
    .filter(Boolean);
  if (tokens.length === 0) {
    console.error('FAKE_HYRA_TOKENS is empty: every request would be refused');
    process.exit(1);
  }
  createFakeHyra({ tokens }).listen(port, '127.0.0.1', () => {
    console.log(`fake Hyra on http://127.0.0.1:${port}`);
  });
}
