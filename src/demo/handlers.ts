import '../hyra/zod-config';
import { API_BASE_PATH } from '../hyra/runtime-config';
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import * as z from 'zod';
import { DAY_PARAM, HYRA_RATE_LIMIT, parseDayParam, RANGE_PARAMS, RATE_HEADERS } from '../hyra/contract';
import { DAY_MS } from '../lib/days';
import { driftEvent, driftSessionsPage } from './drift';
import { createLiveDriver } from './live';
import { createRandom, seedFrom } from './random';
import { createRateLimiter } from './rate-limit';
import { SCENARIOS, type ScenarioName } from './scenarios';
import { DEMO_MESSAGES, DemoApiError, hyraErrorBody } from './errors';
import type { DemoStore } from './types';
import type { RawEvent } from './types';

/** The path prefix the dashboard's same-origin proxy uses; the handlers match it on any origin. */
export const DEMO_API_PREFIX = API_BASE_PATH;

export interface DemoHandlerOptions {
  store: DemoStore;
  scenario?: ScenarioName;
  /** Added to every response, on top of the scenario's latency (default 0). */
  latencyMs?: number;
  /** The clock for rate limiting and writes (default: the store's). */
  now?: () => number;
  /** How to wait for latency (default: msw's `delay`). Tests pass a recorder. */
  sleep?: (ms: number) => Promise<void>;
  /** Upstream rate limit, instead of the scenario's (a shorter window for browser tests). */
  rateLimit?: { requests: number; windowMs: number };
}

const SESSIONS = `*${DEMO_API_PREFIX}/activity/sessions`;

const nonEmpty = z.string().trim().min(1);
const robloxUserId = z.string().regex(/^\d{1,20}$/, 'value must be a Roblox user ID (digits)');
const ChangeBodySchema = z.discriminatedUnion('prop', [
  z.object({ prop: z.literal('host'), value: robloxUserId, server_id: nonEmpty.optional() }),
  z.object({ prop: z.literal('cohost'), value: robloxUserId, server_id: nonEmpty.optional() }),
  z.object({
    prop: z.literal('role'),
    server_id: nonEmpty,
    group_id: nonEmpty,
    role_id: nonEmpty,
    value: robloxUserId,
  }),
]);
const InstantSchema = z.iso.datetime({ offset: true });

/** True when the user holds the host, co-host or any role slot of the event. */
export function involves(event: RawEvent, userId: string): boolean {
  if (event.host_id === userId || event.co_host_id === userId) return true;
  if (event.subhosting.some((entry) => entry.user_id === userId)) return true;
  return event.servers.some((server) =>
    server.groups.some((group) => group.roles.some((role) => role.user_id === userId)),
  );
}

/** The fake Hyra API over a demo store, as MSW handlers for any origin under `/hyra-api`. */
export function createDemoHandlers(options: DemoHandlerOptions): HttpHandler[] {
  const { store } = options;
  const scenario = SCENARIOS[options.scenario ?? 'default'];
  const now = options.now ?? store.now;
  const sleep = options.sleep ?? ((ms: number) => delay(ms).then(() => undefined));
  const limiter = createRateLimiter(options.rateLimit ?? scenario.rateLimit ?? HYRA_RATE_LIMIT);
  const latencyRandom = createRandom(seedFrom(store.seed, 'latency'));
  const live = scenario.live ? createLiveDriver(store, now()) : undefined;
  let reads = 0;
  let writes = 0;

  function latency(): number {
    const extra = scenario.latencyMs ? latencyRandom.int(scenario.latencyMs[0], scenario.latencyMs[1]) : 0;
    return (options.latencyMs ?? 0) + extra;
  }

  function error(status: number, message: string | string[], headers: Headers) {
    return HttpResponse.json(hyraErrorBody(status, message), { status, headers });
  }

  /**
   * The path every request takes: latency, rate limit, flaky failures, workspace check,
   * then the route itself. Every response carries the rate-limit headers.
   */
  async function serve(
    request: Request,
    workspaceId: string | undefined,
    route: (headers: Headers) => Response | Promise<Response>,
  ): Promise<Response> {
    const wait = latency();
    if (wait > 0) await sleep(wait);

    const decision = limiter.take(now());
    const headers = new Headers({
      [RATE_HEADERS.limit]: String(decision.limit),
      [RATE_HEADERS.reset]: String(decision.resetSeconds),
      'X-Ratelimit-Remaining': String(decision.remaining),
    });
    if (!decision.allowed) {
      headers.set('Retry-After', String(decision.resetSeconds));
      return error(429, 'ThrottlerException: Too Many Requests', headers);
    }

    const write = request.method !== 'GET' && request.method !== 'HEAD';
    if (write) writes++;
    else reads++;
    if (scenario.flaky && (write ? writes % 2 === 1 : reads % 4 === 0)) {
      return error(500, 'Internal server error', headers);
    }

    if (workspaceId !== undefined && workspaceId !== store.workspaceId) {
      return error(404, 'Workspace not found', headers);
    }
    live?.advance(now());
    try {
      return await route(headers);
    } catch (caught) {
      if (caught instanceof DemoApiError) return error(caught.status, caught.message, headers);
      throw caught;
    }
  }

  const event = (value: RawEvent) => (scenario.drift ? driftEvent(value) : value);
  const param = (value: string | readonly string[] | undefined) => (typeof value === 'string' ? value : '');

  return [
    http.get(`${SESSIONS}/:workspaceId/upcoming`, ({ request, params }) =>
      serve(request, param(params.workspaceId), (headers) =>
        HttpResponse.json(store.upcoming(now()).map(event), { headers }),
      ),
    ),

    http.get(`${SESSIONS}/:workspaceId`, ({ request, params }) =>
      serve(request, param(params.workspaceId), (headers) => {
        const query = new URL(request.url).searchParams;
        const dayValue = query.get(DAY_PARAM);
        const startValue = query.get(RANGE_PARAMS.start);
        const endValue = query.get(RANGE_PARAMS.end);
        const user = query.get(RANGE_PARAMS.user)?.trim() || undefined;

        let events: readonly RawEvent[];
        if (dayValue !== null) {
          const day = parseDayParam(dayValue);
          if (!day) return error(400, `${DAY_PARAM} must be a date like 2026-3-7`, headers);
          events = store.sessionsOnDay(day);
        } else if (startValue !== null || endValue !== null) {
          const start = InstantSchema.safeParse(startValue);
          const end = InstantSchema.safeParse(endValue);
          if (!start.success || !end.success) {
            return error(
              400,
              `${RANGE_PARAMS.start} and ${RANGE_PARAMS.end} must both be ISO 8601 instants`,
              headers,
            );
          }
          const startMs = Date.parse(start.data);
          const endMs = Date.parse(end.data);
          if (!(endMs > startMs))
            return error(400, `${RANGE_PARAMS.end} must be after ${RANGE_PARAMS.start}`, headers);
          if (endMs - startMs > 366 * DAY_MS) return error(400, 'The range may span at most a year', headers);
          events = store.sessionsBetween(startMs, endMs);
        } else {
          return error(
            400,
            `Provide ${DAY_PARAM}, or ${RANGE_PARAMS.start} and ${RANGE_PARAMS.end}`,
            headers,
          );
        }
        if (user) events = events.filter((value) => involves(value, user));

        const body = scenario.drift
          ? driftSessionsPage(store.permissions(), events)
          : { permissions: store.permissions(), events, week_starts_on: store.weekStartsOn() };
        return HttpResponse.json(body, { headers });
      }),
    ),

    // Hyra documents the path, not the reply: one of the shapes the dashboard reads (hyra/logs.ts).
    http.get(`${SESSIONS}/:workspaceId/:sessionId/logs`, ({ request, params }) =>
      serve(request, param(params.workspaceId), (headers) => {
        if (
          !store.permissions().assign_host &&
          !store.permissions().assign_cohost &&
          !store.permissions().assign_roles
        ) {
          return error(403, DEMO_MESSAGES.forbidden, headers);
        }
        return HttpResponse.json({ logs: store.logs(param(params.sessionId)) }, { headers });
      }),
    ),

    http.patch(`${SESSIONS}/:workspaceId/:sessionId/change`, ({ request, params }) =>
      serve(request, param(params.workspaceId), async (headers) => {
        let json: unknown;
        try {
          json = await request.json();
        } catch {
          return error(400, ['Body must be JSON'], headers);
        }
        const body = ChangeBodySchema.safeParse(json);
        if (!body.success) {
          return error(
            400,
            body.error.issues.map((issue) =>
              issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
            ),
            headers,
          );
        }
        const updated = store.change(param(params.sessionId), body.data);
        return HttpResponse.json(event(updated), { headers });
      }),
    ),

    http.post(`${SESSIONS}/:workspaceId/:sessionId/server`, ({ request, params }) =>
      serve(request, param(params.workspaceId), (headers) => {
        const server = store.createServer(param(params.sessionId));
        if (scenario.drift) {
          const { source: _source, createdAt: _createdAt, ...rest } = server;
          return HttpResponse.json({ ...rest, __v: 0 }, { status: 201, headers });
        }
        return HttpResponse.json(server, { status: 201, headers });
      }),
    ),

    http.delete(`${SESSIONS}/:workspaceId/:sessionId/server/:serverId`, ({ request, params }) =>
      serve(request, param(params.workspaceId), (headers) => {
        store.deleteServer(param(params.sessionId), param(params.serverId));
        return HttpResponse.json({ success: true }, { headers });
      }),
    ),

    // Anything else under the prefix: Hyra's (NestJS) "Cannot GET /path", never the real network.
    http.all(`*${DEMO_API_PREFIX}/*`, ({ request }) =>
      serve(request, undefined, (headers) => {
        const path = new URL(request.url).pathname.replace(DEMO_API_PREFIX, '') || '/';
        return error(404, `Cannot ${request.method} ${path}`, headers);
      }),
    ),
  ];
}
