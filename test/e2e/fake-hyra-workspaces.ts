/**
 * What stands behind each workspace of the fake Hyra (fake-hyra.ts): the demo's own data,
 * store and MSW handlers (src/demo), one store per workspace ID. A workspace ID has Hyra's
 * shape (24 hex digits) and picks its behaviour by its first four (BEHAVIOUR_CODES in
 * fake-hyra-env.ts; `a009…` behaves as `broken`):
 *
 *   ok, default, flip   the demo's default scenario
 *   huge                the demo's huge scenario (about 165 sessions a day, ~60 role slots each)
 *   drift               the demo's drift scenario, and each page's second event without `start`
 *   hostile             the default workspace with markup in names, javascript: and data: links
 *                       and a 5,000-character name: the first two sessions of every day
 *   ratelimited         the default scenario under a short window: RATE_LIMIT.requests per
 *                       RATE_LIMIT_SECONDS, then 429 with Retry-After
 *   forbidden           403 (a handler override)      broken   500 (a handler override)
 *   anything else       the demo answers 404: no such workspace ("missing")
 *
 * Tests build the same data (demoData) to know what the fake serves.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { createDemoHandlers } from '../../src/demo/handlers';
import type { ScenarioName } from '../../src/demo/scenarios';
import { hyraErrorBody } from '../../src/demo/errors';
import { createDemoStore } from '../../src/demo/store';
import type { DemoStore, DemoWorkspace, RawEvent, RawUser } from '../../src/demo/types';
import { generateDemoWorkspace } from '../../src/demo/workspace';
import { DAY_MS, startOfWeek } from '../../src/lib/days';

export const RATE_LIMIT_SECONDS = 4;
/** The ratelimited workspace's limit: a page's first requests pass, the rest wait. */
export const RATE_LIMIT = { requests: 4, windowMs: RATE_LIMIT_SECONDS * 1000 } as const;

export const HOSTILE = {
  markupName: '<img src=x onerror=alert(1)>',
  scriptHost: '<script>alert("host")</script>',
  roleName: '<b onmouseover=alert(3)>Role</b>',
  longName: `${'Very long session name '.repeat(217)}END`.slice(0, 5000),
  javascriptLink: 'javascript:alert(document.domain)',
  dataLink: 'data:text/html,<script>alert(4)</script>',
};

interface Recipe {
  scenario: ScenarioName;
  /** Changes the generated workspace before a store is made of it. */
  change?: (workspace: DemoWorkspace) => DemoWorkspace;
  /** Answers before the demo's handlers, like a test's `server.use(...)`. */
  overrides?: HttpHandler[];
  rateLimit?: { requests: number; windowMs: number };
  /** Changes a sessions page on its way out. */
  rewrite?: (page: Record<string, unknown>) => Record<string, unknown>;
}

/**
 * Hyra limits per token; the tests share two tokens over dozens of workspaces at once (the
 * server's default one by several tests), so only the ratelimited workspace keeps a limit.
 */
const UNLIMITED = { requests: 1_000_000, windowMs: 60_000 };

const refuse = (status: number, message: string) =>
  http.all('*', () => HttpResponse.json(hyraErrorBody(status, message), { status }));

const RECIPES: Record<string, Recipe> = {
  ok: { scenario: 'default' },
  default: { scenario: 'default' },
  flip: { scenario: 'default' },
  huge: { scenario: 'huge' },
  drift: { scenario: 'drift', rewrite: withoutSecondStart },
  hostile: { scenario: 'default', change: hostile },
  ratelimited: { scenario: 'default', rateLimit: RATE_LIMIT },
  forbidden: { scenario: 'default', overrides: [refuse(403, 'You are not a member of this workspace')] },
  broken: { scenario: 'default', overrides: [refuse(500, 'Something broke at Hyra')] },
};

export function hasRecipe(behaviour: string): boolean {
  return Object.hasOwn(RECIPES, behaviour);
}

const generated = new Map<string, DemoWorkspace>();

/**
 * The workspace a behaviour serves, built around `today` (the fake's day). Generated once
 * per behaviour and day; stores copy on write, so every workspace ID can share it.
 */
export function demoData(behaviour: string, today: string): DemoWorkspace {
  const known = hasRecipe(behaviour) ? behaviour : 'ok';
  const recipe = RECIPES[known] as Recipe;
  const key = `${recipe.change ? known : recipe.scenario} ${today}`;
  let workspace = generated.get(key);
  if (!workspace) {
    workspace = generateDemoWorkspace(recipe.scenario, { today, now: Date.now() });
    if (recipe.change) workspace = recipe.change(workspace);
    generated.set(key, workspace);
  }
  return workspace;
}

/** Sessions of the behaviour's workspace whose UTC start falls in [first day, last day]. */
export function sessionsIn(behaviour: string, today: string, first: string, last: string): RawEvent[] {
  const from = Date.parse(`${first}T00:00:00Z`);
  const to = Date.parse(`${last}T00:00:00Z`) + DAY_MS;
  return demoData(behaviour, today).sessions.filter((event) => {
    const start = Date.parse(event.start);
    return start >= from && start < to;
  });
}

/** Sessions of the Monday-to-Sunday week (UTC) that holds `day`. */
export function sessionsInWeekOf(behaviour: string, today: string, day: string): RawEvent[] {
  const monday = startOfWeek(day, 1);
  return sessionsIn(
    behaviour,
    today,
    monday,
    new Date(Date.parse(monday) + 6 * DAY_MS).toISOString().slice(0, 10),
  );
}

export interface WorkspaceBackend {
  handlers: HttpHandler[];
  /** The workspace's data, for the tests' own changes (fake-hyra.ts, /__control/change). */
  store: DemoStore;
  rewrite?: Recipe['rewrite'];
}

/** A fresh demo store and its handlers for one workspace ID of the fake. */
export function createBackend(behaviour: string, workspaceId: string, today: string): WorkspaceBackend {
  const recipe = RECIPES[behaviour];
  const data = demoData(behaviour, today);
  // An unknown behaviour keeps the demo's own ID, so the demo answers 404 for this one.
  const store = createDemoStore(recipe ? { ...data, workspaceId } : data, { now: () => Date.now() });
  const handlers = createDemoHandlers({
    store,
    scenario: recipe?.scenario ?? 'default',
    rateLimit: recipe?.rateLimit ?? UNLIMITED,
  });
  return { handlers: [...(recipe?.overrides ?? []), ...handlers], store, rewrite: recipe?.rewrite };
}

function withoutSecondStart(page: Record<string, unknown>): Record<string, unknown> {
  const events = page.events;
  if (!Array.isArray(events) || events.length < 2) return page;
  const { start: _dropped, ...second } = events[1] as Record<string, unknown>;
  return { ...page, events: [events[0], second, ...events.slice(2)] };
}

const EVIL: RawUser = { exists: true, id: '666', username: 'evil', display_name: HOSTILE.scriptHost };

/** A 24-hex ID of its own for something the hostile workspace adds to an event. */
const derivedId = (event: RawEvent, n: number) => `${event._id.slice(0, 20)}bad${n}`;

function hostile(workspace: DemoWorkspace): DemoWorkspace {
  const seen = new Map<string, number>();
  const sessions = workspace.sessions.map((event) => {
    const day = event.start.slice(0, 10);
    const index = seen.get(day) ?? 0;
    seen.set(day, index + 1);
    if (index === 0) {
      return {
        ...event,
        cancelled: false,
        schedule: {
          ...event.schedule,
          _id: 'bad000000000000000000001',
          name: HOSTILE.markupName,
          game_link: HOSTILE.javascriptLink,
        },
        host_id: EVIL.id ?? '',
        host: EVIL,
        servers: [
          {
            _id: derivedId(event, 1),
            source: 'web' as const,
            created_by: EVIL.id ?? '',
            status: 'active',
            createdAt: event.createdAt,
            updatedAt: event.updatedAt,
            groups: [
              {
                _id: derivedId(event, 2),
                name: 'Helpers',
                priority: 1,
                roles: [
                  { _id: derivedId(event, 3), name: HOSTILE.roleName, user_id: EVIL.id },
                  { _id: derivedId(event, 4), name: 'Greeter', user_id: '' },
                ],
              },
            ],
          },
        ],
        subhosting: [],
      };
    }
    if (index === 1) {
      return {
        ...event,
        cancelled: false,
        schedule: {
          ...event.schedule,
          _id: 'bad000000000000000000002',
          name: HOSTILE.longName,
          game_link: HOSTILE.dataLink,
        },
      };
    }
    return event;
  });
  return { ...workspace, sessions };
}
