// @ts-check
/**
 * The benchmark's workspaces, made by the demo generator (src/demo/generator.ts, loaded
 * through Vite's module runner, so no TypeScript runner is needed): one month whose grid
 * holds exactly 1,000 sessions and one whose grid holds exactly 5,000, about 60 role slots
 * a session. Every session is stored as its JSON text, so the fake Hyra serves bytes
 * without serialising on each request.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DAY_MS = 86_400_000;

/**
 * @typedef {{
 *   id: string;
 *   seed: number;
 *   month: string;             // YYYY-MM: the month the benchmark opens
 *   gridSessions: number;      // sessions on the 42 days of that month's grid, exactly
 *   dense: [string, string];   // days (YYYY-MM-DD, both included) that have sessions at all
 *   perDay: [number, number];  // before trimming the grid to gridSessions
 * }} WorkspaceSpec
 */

/** The month view of March 2026, weeks from Monday: 23 Feb to 5 Apr, 42 days. */
export const BENCH_MONTH = '2026-03';
export const WEEK_STARTS_ON = 'monday';

/** The week the roster is measured on (Monday to Sunday), inside the March grid. */
export const ROSTER_WEEK = '2026-03-09';

/** @type {Record<'1k' | '5k' | 'week' | 'agenda', WorkspaceSpec>} */
export const WORKSPACE_SPECS = {
  // Browsed three months forward and back: dense until the prefetch beyond June.
  '1k': {
    id: 'bench-1k',
    seed: 1000,
    month: BENCH_MONTH,
    gridSessions: 1000,
    dense: ['2026-01-01', '2026-07-31'],
    perDay: [24, 26],
  },
  // Loaded, then next and previous: dense over the grids of February to April.
  '5k': {
    id: 'bench-5k',
    seed: 5000,
    month: BENCH_MONTH,
    gridSessions: 5000,
    dense: ['2026-01-26', '2026-05-10'],
    perDay: [120, 122],
  },
  // The roster: one week holding all 1,000 of its grid's sessions, nothing around it.
  week: {
    id: 'bench-week',
    seed: 7000,
    month: BENCH_MONTH,
    gridSessions: 1000,
    dense: [ROSTER_WEEK, '2026-03-15'],
    perDay: [148, 150],
  },
  // The agenda scrolled end to end: one week holding 5,000 sessions, nothing around it.
  agenda: {
    id: 'bench-agenda',
    seed: 9000,
    month: BENCH_MONTH,
    gridSessions: 5000,
    dense: [ROSTER_WEEK, '2026-03-15'],
    perDay: [716, 718],
  },
};

/** Generator knobs that give about 60 role slots a session (measured: 59). */
const GENERATOR = {
  maxServers: 4,
  rolesPerServer: /** @type {[number, number]} */ ([30, 36]),
  // After every benchmark day, so every session is past: servers and roles filled in.
  now: Date.parse('2026-08-01T00:00:00Z'),
};

/** @param {string} day */
export const dayMs = (day) => Date.parse(`${day}T00:00:00Z`);
/** @param {number} ms */
export const dayOf = (ms) => new Date(ms).toISOString().slice(0, 10);
/** @param {string} day @param {number} n */
export const addDays = (day, n) => dayOf(dayMs(day) + n * DAY_MS);

/** The month grid of `month` (YYYY-MM), weeks from Monday, as the dashboard draws it. @param {string} month */
export function monthGrid(month) {
  const firstOfMonth = `${month}-01`;
  const monday = (/** @type {string} */ day) => addDays(day, -((new Date(dayMs(day)).getUTCDay() + 6) % 7));
  const first = monday(firstOfMonth);
  const nextMonth = dayOf(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 1));
  const last = addDays(monday(addDays(nextMonth, -1)), 6);
  return { first, last, days: daysBetween(first, last) };
}

/** @param {string} first @param {string} last */
export function daysBetween(first, last) {
  const days = [];
  for (let ms = dayMs(first); ms <= dayMs(last); ms += DAY_MS) days.push(dayOf(ms));
  return days;
}

/** @param {string} month YYYY-MM @param {number} n */
export function addMonths(month, n) {
  return dayOf(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1 + n, 1)).slice(0, 7);
}

/**
 * @typedef {{ _id: string; start: string; startMs: number; json: string; name: string;
 *   groupName: string; roles: number; slots: number }} StoredEvent
 * @typedef {{
 *   spec: WorkspaceSpec;
 *   permissions: unknown;
 *   byDay: Map<string, StoredEvent[]>;
 *   stats: { sessions: number; gridSessions: number; gridBytes: number; rolesPerSession: number;
 *            generateMs: number };
 * }} BenchWorkspace
 */

/** @param {string} source @returns {Promise<typeof import('../src/demo/generator.ts')>} */
async function loadGenerator(source) {
  // The module runner sets NODE_ENV when it is unset; leave the process as it was.
  const nodeEnv = process.env.NODE_ENV;
  const { module } = await runnerImport(path.join(source, 'src/demo/generator.ts'), {
    configFile: false,
    root: source,
    logLevel: 'silent',
  });
  if (nodeEnv === undefined) delete process.env.NODE_ENV;
  else process.env.NODE_ENV = nodeEnv;
  return /** @type {typeof import('../src/demo/generator.ts')} */ (module);
}

/**
 * @param {WorkspaceSpec[]} specs
 * @param {string} [source] the project whose generator to use (default: this working tree)
 * @returns {Promise<BenchWorkspace[]>}
 */
export async function buildWorkspaces(specs, source = ROOT) {
  const generator = await loadGenerator(source);
  return specs.map((spec) => {
    const started = performance.now();
    const [from, to] = spec.dense;
    const generated = generator.generateWorkspace({
      seed: spec.seed,
      today: from,
      now: GENERATOR.now,
      daysBefore: 0,
      daysAfter: Math.round((dayMs(to) - dayMs(from)) / DAY_MS),
      perDay: spec.perDay,
      maxServers: GENERATOR.maxServers,
      rolesPerServer: GENERATOR.rolesPerServer,
      weekStartsOn: WEEK_STARTS_ON,
      workspaceId: spec.id,
    });

    /** @type {Map<string, import('../src/demo/types.ts').RawEvent[]>} */
    const raw = new Map();
    for (const event of generated.sessions) {
      const day = event.start.slice(0, 10);
      const list = raw.get(day) ?? [];
      list.push(event);
      raw.set(day, list);
    }

    // Trim the grid to exactly gridSessions: drop the latest session of the fullest day.
    const grid = monthGrid(spec.month).days;
    let inGrid = grid.reduce((sum, day) => sum + (raw.get(day)?.length ?? 0), 0);
    if (inGrid < spec.gridSessions) {
      throw new Error(
        `${spec.id}: generated ${inGrid} sessions on the grid, fewer than ${spec.gridSessions}`,
      );
    }
    while (inGrid > spec.gridSessions) {
      let fullest = grid[0] ?? '';
      for (const day of grid)
        if ((raw.get(day)?.length ?? 0) > (raw.get(fullest)?.length ?? 0)) fullest = day;
      raw.get(fullest)?.pop();
      inGrid -= 1;
    }

    /** @type {Map<string, StoredEvent[]>} */
    const byDay = new Map();
    let sessions = 0;
    let roles = 0;
    let gridBytes = 0;
    const gridSet = new Set(grid);
    for (const [day, events] of [...raw].sort(([a], [b]) => (a < b ? -1 : 1))) {
      byDay.set(
        day,
        events.map((event) => {
          const json = JSON.stringify(event);
          const count = event.servers.reduce(
            (sum, server) => sum + server.groups.reduce((n, group) => n + group.roles.length, 0),
            0,
          );
          sessions += 1;
          roles += count;
          if (gridSet.has(day)) gridBytes += json.length + 1;
          const group = event.servers[0]?.groups[0]?.name ?? event.polyfill[0]?.name ?? '';
          // The roster's rows for it: per server host, co-host (unless disabled) and roles;
          // with no server, host, co-host and the template's roles.
          const hosts = event.schedule.disable_cohost ? 1 : 2;
          const slots =
            event.servers.length === 0
              ? hosts + event.polyfill.reduce((n, polyfill) => n + polyfill.roles.length, 0)
              : event.servers.length * hosts + count;
          return {
            _id: event._id,
            start: event.start,
            startMs: Date.parse(event.start),
            json,
            name: event.schedule.name,
            groupName: group,
            roles: count,
            slots,
          };
        }),
      );
    }
    return {
      spec,
      permissions: generated.permissions,
      byDay,
      stats: {
        sessions,
        gridSessions: inGrid,
        gridBytes,
        rolesPerSession: Math.round((roles / sessions) * 10) / 10,
        generateMs: Math.round(performance.now() - started),
      },
    };
  });
}
