// @ts-check
/**
 * `npm run bench`: the dashboard's performance at scale, measured in headless Chromium
 * against a fake Hyra serving generated workspaces (1,000 and 5,000 sessions in a month),
 * side by side with two reference pages on the same payload. Writes reports/bench.json and
 * prints the figures; `npm run bench:check` holds the figures to the budgets.
 *
 *   --quick          fewer runs and scenarios (what CI runs, about two minutes)
 *   --roster-only    only the roster of a 1,000-session week (and its reference table)
 *   --agenda-only    only the agenda of a 5,000-session week, scrolled end to end
 *   --month-only     only the load of the 1,000-session month in range mode (dashboard, then the
 *                    minimal grid, in turn): a quick before/after of the month-vs-minimal ratio
 *   --range-only     only the dashboard in range mode, 1,000 and 5,000 sessions, loaded and
 *                    browsed (no reference pages): a quick before/after of the long tasks
 *   --runs N         runs of each 1,000-session scenario (default 5; --quick: 3)
 *   --long-runs N    runs of each 5,000-session scenario (default 3; --quick: 1)
 *   --explain        print what ran in each frame over 100 ms (Long Animation Frames) of the
 *                    roster and month loads: the longest scripts, their source, forced layout
 *   --profile        also record CPU profiles of month loads (unminified build) into reports/
 *   --profile-only   only the profiles
 *   --rebuild        build even when bench/.dist-app is newer than every input
 *   --ref REF        measure the project as committed at REF (a commit, HEAD, a branch) instead
 *                    of the working tree: a before/after comparison, or a stable build while
 *                    src/ is being edited
 *   --server S       auto (default: `npm run serve`'s server when present), serve or preview
 *   --out FILE       the report (default reports/bench.json)
 *
 * Environment: CHROMIUM_PATH (default /usr/bin/chromium).
 */
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import {
  APP_DIR,
  buildForBench,
  buildForProfile,
  checkoutRef,
  initialAssets,
  PROFILE_DIR,
  ROOT,
} from './build.mjs';
import { measureAgendaScroll } from './agenda-scroll.mjs';
import { startFakeHyra } from './fake-hyra.mjs';
import {
  longTasks,
  explainLongFrames,
  measureDetail,
  measureHeap,
  measureBareReveal,
  measureMonthLoad,
  measureNavigation,
  measureRosterLoad,
} from './measure.mjs';
import { profileMonthLoad, summariseProfile } from './profile.mjs';
import { serverKind, startAppServer } from './servers.mjs';
import { formatFigures, formatMarkdown, summary } from './stats.mjs';
import { addMonths, BENCH_MONTH, buildWorkspaces, ROSTER_WEEK, WORKSPACE_SPECS } from './workspaces.mjs';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    'roster-only': { type: 'boolean', default: false },
    'agenda-only': { type: 'boolean', default: false },
    'month-only': { type: 'boolean', default: false },
    'range-only': { type: 'boolean', default: false },
    runs: { type: 'string' },
    'long-runs': { type: 'string' },
    explain: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    'profile-only': { type: 'boolean', default: false },
    rebuild: { type: 'boolean', default: false },
    ref: { type: 'string' },
    server: { type: 'string', default: 'auto' },
    out: { type: 'string', default: 'reports/bench.json' },
  },
});

const QUICK = args.quick;
const ROSTER_ONLY = args['roster-only'];
const AGENDA_ONLY = args['agenda-only'];
const MONTH_ONLY = args['month-only'];
const RANGE_ONLY = args['range-only'];
const RUNS = Number(args.runs ?? (QUICK ? 3 : 5));
const LONG_RUNS = Number(args['long-runs'] ?? (QUICK ? 1 : 3));
/** Loads of the 1,000-session month alone added to its samples (dashboard and minimal grid). */
const MONTH_EXTRA = QUICK ? 4 : 2;
/** Runs of the agenda scroll (a 5,000-session week): at least two, its budget is a maximum. */
const AGENDA_RUNS = Math.max(2, LONG_RUNS);
const PROFILE = args.profile || args['profile-only'];
const EXPLAIN = args.explain;
const MEASURE = !args['profile-only'];
const SERVER = serverKind(/** @type {'auto' | 'serve' | 'preview'} */ (args.server));
const OUT = path.resolve(ROOT, args.out);
const TOKEN = 'bench-dummy-token';
const LOAD_AT_START = os.loadavg();
/**
 * The browser: UTC (the workspaces' days are UTC days) and a locale whose week starts on
 * Monday like the workspaces', so the dashboard asks for the month once, as a returning user
 * (who has the week start remembered) does. A first visit from a Sunday locale is measured
 * on its own (full runs: "first visit").
 */
const CONTEXT = {
  viewport: { width: 1280, height: 900 },
  deviceScaleFactor: 1,
  timezoneId: 'UTC',
  locale: 'en-GB',
};

const log = (/** @type {string} */ line) => console.log(`[bench] ${line}`);
const round = (/** @type {number} */ value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Things to stop on the way out, newest first. */
/** @type {(() => Promise<unknown>)[]} */
const cleanups = [];
async function cleanUp() {
  for (const stop of cleanups.reverse()) await stop().catch(() => {});
  cleanups.length = 0;
}
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(signal, () => void cleanUp().then(() => process.exit(130)));
}

async function main() {
  const started = performance.now();
  const checkout = args.ref ? await checkoutRef(args.ref) : undefined;
  const source = checkout?.dir ?? ROOT;
  if (checkout) log(`measuring ${args.ref} (${checkout.commit.slice(0, 12)}), unpacked in ${source}`);
  const built = await buildForBench({ force: args.rebuild, log, source });
  log(
    built.reused
      ? 'reusing bench/.dist-app (newer than every input)'
      : `built in ${round(built.ms / 1000)} s`,
  );
  const assets = await initialAssets(APP_DIR);

  log('generating workspaces with the demo generator ...');
  const workspaces = await buildWorkspaces(
    ROSTER_ONLY
      ? [WORKSPACE_SPECS.week]
      : AGENDA_ONLY
        ? [WORKSPACE_SPECS.agenda]
        : MONTH_ONLY
          ? [WORKSPACE_SPECS['1k']]
          : RANGE_ONLY
            ? [WORKSPACE_SPECS['1k'], WORKSPACE_SPECS['5k']]
            : [WORKSPACE_SPECS['1k'], WORKSPACE_SPECS['5k'], WORKSPACE_SPECS.week, WORKSPACE_SPECS.agenda],
    source,
  );
  /** @param {string} id */
  const workspaceOf = (id) => workspaces.find((workspace) => workspace.spec.id === id);
  // With --roster-only or --agenda-only, the one workspace stands in for the others.
  const only = /** @type {import('./workspaces.mjs').BenchWorkspace} */ (workspaces[0]);
  const wWeek = workspaceOf(WORKSPACE_SPECS.week.id) ?? only;
  const wAgenda = workspaceOf(WORKSPACE_SPECS.agenda.id);
  const w1k = workspaceOf(WORKSPACE_SPECS['1k'].id) ?? only;
  const w5k = workspaceOf(WORKSPACE_SPECS['5k'].id) ?? only;
  for (const workspace of workspaces) {
    log(
      `${workspace.spec.id}: ${workspace.stats.gridSessions} sessions on the ${BENCH_MONTH} grid ` +
        `(${round(workspace.stats.gridBytes / 1e6)} MB), ${workspace.stats.sessions} in all, ` +
        `${workspace.stats.rolesPerSession} role slots a session, generated in ${workspace.stats.generateMs} ms`,
    );
  }

  const fake = await startFakeHyra({ workspaces, token: TOKEN });
  cleanups.push(fake.close);
  const server = await startAppServer({
    kind: SERVER,
    dir: APP_DIR,
    hyraUrl: fake.url,
    token: TOKEN,
    workspaceId: w1k.spec.id,
  });
  cleanups.push(server.stop);
  log(`fake Hyra on ${fake.url}; dashboard (${SERVER}) on ${server.url}`);

  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  cleanups.push(() => browser.close());
  const newContext = (/** @type {{ locale?: string }} */ options = {}) =>
    browser.newContext({ ...CONTEXT, ...options });

  /** @type {Record<string, any>} */
  const samples = {};
  const push = (/** @type {string} */ key, /** @type {unknown} */ value) => {
    (samples[key] ??= []).push(value);
  };

  /**
   * One page load of a month in a fresh browser context.
   * @param {'app' | 'minimal' | 'big-calendar'} kind
   * @param {import('./workspaces.mjs').BenchWorkspace} workspace
   * @param {'day' | 'range'} mode
   * @param {{ locale?: string; label?: string }} [options] label: a sample name other than the kind
   */
  async function monthLoad(kind, workspace, mode, options = {}) {
    const context = await newContext(options.locale ? { locale: options.locale } : {});
    try {
      const explain = EXPLAIN && kind === 'app';
      const { result, opened } = await measureMonthLoad({
        context,
        baseUrl: server.url,
        kind,
        workspace,
        mode,
        month: BENCH_MONTH,
        keepOpen: explain,
      });
      push(`month:${workspace.spec.id}:${mode}:${options.label ?? kind}`, result);
      if (explain && opened) {
        await explainLongFrames(opened, `month load, ${workspace.spec.id}, ${mode}`);
        await opened.close();
      }
      return result;
    } finally {
      await context.close();
    }
  }

  /**
   * The dashboard: load the month, then (optionally) open sessions, browse, and read the
   * heap and the long tasks, all in one page.
   * @param {import('./workspaces.mjs').BenchWorkspace} workspace
   * @param {'day' | 'range'} mode
   * @param {{ details?: string[]; browse: ('n' | 'p')[]; extraMoves?: number; bareReveal?: boolean }} script
   */
  async function appSession(workspace, mode, script) {
    const context = await newContext();
    const key = `${workspace.spec.id}:${mode}`;
    try {
      const { result, opened } = await measureMonthLoad({
        context,
        baseUrl: server.url,
        kind: 'app',
        workspace,
        mode,
        month: BENCH_MONTH,
        keepOpen: true,
      });
      if (!opened) throw new Error('page closed');
      push(`month:${key}:app`, result);
      await opened.idle();
      if (script.details) {
        for (const [index, day] of script.details.entries()) {
          const detail = await measureDetail(opened, workspace, BENCH_MONTH, day);
          push(`detail:${key}:${index === 0 ? 'first' : 'repeat'}`, detail);
        }
      }
      let month = BENCH_MONTH;
      for (const key2 of script.browse) {
        month = addMonths(month, key2 === 'n' ? 1 : -1);
        const navigation = await measureNavigation(opened, workspace, key2, month);
        push(`nav:${key}:${key2 === 'n' ? 'next' : 'previous'}`, navigation);
      }
      const heap = await measureHeap(opened);
      push(`heap:${key}`, { ...heap, months: script.browse.length });
      // More moves between two drawn months, for a median that holds still (the budget is a
      // ratio to the floor, measured below in the same page).
      for (let index = 0; index < (script.extraMoves ?? 0); index++) {
        const key2 = index % 2 === 0 ? 'n' : 'p';
        month = addMonths(month, key2 === 'n' ? 1 : -1);
        const navigation = await measureNavigation(opened, workspace, key2, month);
        push(`nav:${key}:${key2 === 'n' ? 'next' : 'previous'}`, navigation);
      }
      const tasks = await longTasks(opened);
      if (EXPLAIN) await explainLongFrames(opened, key);
      push(`longtasks:${key}`, {
        over200: tasks.filter((task) => task.duration > 200).length,
        over50: tasks.filter((task) => task.duration > 50).length,
        maxMs: Math.max(0, ...tasks.map((task) => task.duration)),
        totalOver50Ms: tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
        // When each long one happened (ms on the page's clock), to find it in a trace.
        over200At: tasks
          .filter((task) => task.duration > 200)
          .map((task) => [round(task.start), task.duration]),
      });
      if (script.bareReveal) {
        // Back where browsing ended (the first month), its neighbours drawn: the floor.
        await opened.idle();
        for (const key2 of /** @type {('n' | 'p')[]} */ ([
          'n',
          'p',
          'n',
          'p',
          'n',
          'p',
          'n',
          'p',
          'n',
          'p',
        ])) {
          const target = key2 === 'n' ? addMonths(BENCH_MONTH, 1) : BENCH_MONTH;
          push(`nav:${key}:bare`, await measureBareReveal(opened, workspace, key2, target));
        }
      }
      await opened.close();
    } finally {
      await context.close();
    }
  }

  const threeMonths = /** @type {('n' | 'p')[]} */ (['n', 'n', 'n', 'p', 'p', 'p']);
  const nextAndBack = /** @type {('n' | 'p')[]} */ (['n', 'p']);
  /**
   * The roster of the 1,000-session week: the dashboard (then its long tasks, in the same
   * page) and the minimal hand-rolled table on the same payload, each in a fresh context.
   * @param {'app' | 'roster-table'} kind
   */
  async function rosterLoad(kind) {
    const context = await newContext();
    try {
      const { result, opened } = await measureRosterLoad({
        context,
        baseUrl: server.url,
        kind,
        workspace: wWeek,
        mode: 'range',
        week: ROSTER_WEEK,
        keepOpen: true,
      });
      push(`roster:${kind}`, result);
      if (!opened) throw new Error('page closed');
      await opened.idle();
      const tasks = await longTasks(opened);
      if (EXPLAIN) await explainLongFrames(opened, `roster, ${kind}`);
      push(`longtasks:roster:${kind}`, {
        over200: tasks.filter((task) => task.duration > 200).length,
        maxMs: Math.max(0, ...tasks.map((task) => task.duration)),
      });
      await opened.close();
    } finally {
      await context.close();
    }
  }

  if (MEASURE && MONTH_ONLY) {
    for (let run = 1; run <= RUNS; run++) {
      log(`run ${run}/${RUNS}: the 1,000-session month, range mode (dashboard, minimal grid)`);
      await monthLoad('app', w1k, 'range');
      await monthLoad('minimal', w1k, 'range');
    }
  }
  if (MEASURE && RANGE_ONLY) {
    for (let run = 1; run <= RUNS; run++) {
      log(`run ${run}/${RUNS}: 1,000 sessions, range mode, loaded and browsed`);
      await appSession(w1k, 'range', { browse: threeMonths });
    }
    for (let run = 1; run <= LONG_RUNS; run++) {
      log(`run ${run}/${LONG_RUNS}: 5,000 sessions, range mode, loaded and browsed`);
      await appSession(w5k, 'range', { browse: nextAndBack });
    }
  }
  if (MEASURE && !AGENDA_ONLY && !MONTH_ONLY && !RANGE_ONLY) {
    for (let run = 1; run <= RUNS; run++) {
      log(`run ${run}/${RUNS}: the roster of a 1,000-session week (dashboard, minimal table), range mode`);
      await rosterLoad('app');
      await rosterLoad('roster-table');
    }
  }
  if (MEASURE && wAgenda && !MONTH_ONLY && !RANGE_ONLY) {
    for (let run = 1; run <= AGENDA_RUNS; run++) {
      log(`run ${run}/${AGENDA_RUNS}: the agenda of a 5,000-session week, scrolled end to end and back`);
      const context = await newContext();
      try {
        push(
          'agenda-scroll',
          await measureAgendaScroll({
            context,
            baseUrl: server.url,
            workspace: wAgenda,
            mode: 'day',
            week: ROSTER_WEEK,
          }),
        );
      } finally {
        await context.close();
      }
    }
  }
  if (MEASURE && !ROSTER_ONLY && !AGENDA_ONLY && !MONTH_ONLY && !RANGE_ONLY) {
    for (let run = 1; run <= RUNS; run++) {
      log(`run ${run}/${RUNS}: 1,000 sessions, range mode (dashboard, minimal grid, react-big-calendar)`);
      await appSession(w1k, 'range', {
        details: ['2026-03-10', '2026-03-18'],
        browse: threeMonths,
        extraMoves: 6,
        bareReveal: true,
      });
      await monthLoad('minimal', w1k, 'range');
      await monthLoad('big-calendar', w1k, 'range');
      if (!QUICK) {
        log(`run ${run}/${RUNS}: 1,000 sessions, range mode, first visit from a Sunday locale`);
        await monthLoad('app', w1k, 'range', { locale: 'en-US', label: 'first-visit' });
        log(`run ${run}/${RUNS}: 1,000 sessions, day mode`);
        await appSession(w1k, 'day', { browse: nextAndBack });
        await monthLoad('minimal', w1k, 'day');
        await monthLoad('big-calendar', w1k, 'day');
      }
    }
    // More loads of the month alone, the dashboard and the minimal grid in turn, into the same
    // samples: month-vs-minimal is a ratio of two medians of 200 to 300 ms each, and with three
    // samples of each it moved between 1.2x and 1.6x from run to run on a shared machine.
    for (let extra = 1; extra <= MONTH_EXTRA; extra++) {
      log(
        `extra ${extra}/${MONTH_EXTRA}: the 1,000-session month alone (dashboard, minimal grid), range mode`,
      );
      await monthLoad('app', w1k, 'range');
      await monthLoad('minimal', w1k, 'range');
    }
    for (let run = 1; run <= LONG_RUNS; run++) {
      log(`run ${run}/${LONG_RUNS}: 5,000 sessions, day mode`);
      await appSession(w5k, 'day', { browse: nextAndBack });
      if (!QUICK) await monthLoad('minimal', w5k, 'day');
      // Range mode is budgeted too (no long task): one 49 MB answer for the month.
      log(`run ${run}/${LONG_RUNS}: 5,000 sessions, range mode`);
      await appSession(w5k, 'range', { browse: nextAndBack });
      if (!QUICK) {
        await monthLoad('minimal', w5k, 'range');
        await monthLoad('big-calendar', w5k, 'range');
      }
    }
  }

  /** @type {Record<string, unknown>} */
  const profiles = {};
  if (PROFILE) {
    log('building an unminified dashboard for CPU profiles ...');
    await buildForProfile(source);
    const profileServer = await startAppServer({
      kind: SERVER,
      dir: PROFILE_DIR,
      hyraUrl: fake.url,
      token: TOKEN,
      workspaceId: w1k.spec.id,
    });
    cleanups.push(profileServer.stop);
    await mkdir(path.join(ROOT, 'reports'), { recursive: true });
    for (const [workspace, mode] of /** @type {const} */ ([
      [w1k, 'range'],
      [w5k, 'day'],
      [w5k, 'range'],
    ])) {
      const name = `reports/bench-profile-${workspace.spec.id}-${mode}`;
      const file = path.join(ROOT, `${name}.cpuprofile`);
      // The next month (prefetched) too, for the 1,000-session month: the navigation budget.
      const nextFile = workspace === w1k ? path.join(ROOT, `${name}-next.cpuprofile`) : undefined;
      log(
        `CPU profile: ${workspace.spec.id}, ${mode} mode -> ${name}${nextFile ? '{,-next}' : ''}.cpuprofile`,
      );
      const context = await newContext();
      try {
        const { load, next } = await profileMonthLoad({
          context,
          baseUrl: profileServer.url,
          workspace,
          mode,
          month: BENCH_MONTH,
          file,
          nextFile,
        });
        profiles[`${workspace.spec.id}:${mode}`] = {
          what: 'month load: page start -> painted',
          file: path.relative(ROOT, file),
          mainThread: roundAll(load.metrics),
          ...(await summariseProfile(load.profile, PROFILE_DIR, load.untilMs)),
        };
        if (next && nextFile) {
          profiles[`${workspace.spec.id}:${mode}:next`] = {
            what: 'next month, neighbours prefetched: keydown -> painted',
            file: path.relative(ROOT, nextFile),
            mainThread: roundAll(next.metrics),
            ...(await summariseProfile(next.profile, PROFILE_DIR, next.untilMs)),
          };
        }
      } finally {
        await context.close();
      }
    }
  }

  const report = buildReport({ samples, assets, workspaces, profiles, fakeCounts: fake.counts });
  report.source = checkout
    ? { ref: args.ref ?? '', commit: checkout.commit }
    : { ref: 'working tree', commit: gitHead() };
  report.durationS = round((performance.now() - started) / 1000);
  report.chromium = browser.version();
  await cleanUp();

  await mkdir(path.dirname(OUT), { recursive: true });
  await writeFile(OUT, `${JSON.stringify(report, null, 2)}\n`);
  // The same figures as a Markdown table, for the README's "Performance" section.
  await writeFile(OUT.replace(/\.json$/, '') + '.md', `${formatMarkdown(report)}\n`);
  console.log('');
  console.log(formatFigures(report));
  if (PROFILE) printProfiles(profiles);
  console.log('');
  log(
    `report: ${path.relative(ROOT, OUT)}, as Markdown: ${path.relative(ROOT, OUT.replace(/\.json$/, ''))}.md (${report.durationS} s)`,
  );
}

/**
 * @param {{ samples: Record<string, any[]>; assets: Awaited<ReturnType<typeof initialAssets>>;
 *   workspaces: import('./workspaces.mjs').BenchWorkspace[]; profiles: Record<string, unknown>;
 *   fakeCounts: Record<string, number> }} input
 */
function buildReport({ samples, assets, workspaces, profiles, fakeCounts }) {
  const pick = (/** @type {string} */ key, /** @type {string} */ field) =>
    samples[key] ? summary(samples[key].map((sample) => sample[field])) : undefined;

  /** @type {Record<string, any>} */
  const months = {};
  for (const workspace of workspaces) {
    for (const mode of ['range', 'day']) {
      const key = `${workspace.spec.id}:${mode}`;
      if (!samples[`month:${key}:app`]) continue;
      /** @type {Record<string, any>} */
      const figure = { workspace: workspace.spec.id, sessions: workspace.stats.gridSessions, mode };
      for (const kind of ['app', 'minimal', 'big-calendar']) {
        const sampleKey = `month:${key}:${kind}`;
        if (!samples[sampleKey]) continue;
        figure[kind] = {
          ms: pick(sampleKey, 'ms'),
          domMs: pick(sampleKey, 'domMs'),
          fromFirstRequestMs: pick(sampleKey, 'fromFirstRequestMs'),
          firstWeekMs: kind === 'app' ? pick(sampleKey, 'firstWeekMs') : undefined,
          fromNavigationMs: pick(sampleKey, 'fromNavigationMs'),
          parseMs: pick(sampleKey, 'parseMs'),
          ratioToParse: pick(sampleKey, 'ratioToParse'),
          requests: samples[sampleKey][0].requests,
          bytes: samples[sampleKey][0].bytes,
        };
      }
      const firstVisit = samples[`month:${key}:first-visit`];
      if (firstVisit) {
        figure.firstVisit = {
          note: 'en-US (weeks from Sunday) meets a Monday workspace: the month is asked for twice',
          fromFirstRequestMs: summary(firstVisit.map((sample) => sample.fromFirstRequestMs)),
          fromNavigationMs: summary(firstVisit.map((sample) => sample.fromNavigationMs)),
          requests: firstVisit[0].requests,
        };
      }
      const app = figure.app?.ms?.median;
      if (app !== undefined && figure.minimal)
        figure.ratioToMinimal = round(app / figure.minimal.ms.median, 2);
      if (app !== undefined && figure['big-calendar'])
        figure.ratioToBigCalendar = round(app / figure['big-calendar'].ms.median, 2);
      if (figure.app && figure.minimal)
        figure.parseRatioToMinimal = round(
          figure.app.ratioToParse.median / figure.minimal.ratioToParse.median,
          2,
        );
      months[`${workspace.spec.id === 'bench-1k' ? '1k' : '5k'}-${mode}`] = figure;
    }
  }

  /** @type {Record<string, any>} */
  const navigation = {};
  /** @type {Record<string, any>} */
  const details = {};
  /** @type {Record<string, any>} */
  const heap = {};
  /** @type {Record<string, any>} */
  const tasks = {};
  for (const workspace of workspaces) {
    for (const mode of ['range', 'day']) {
      const key = `${workspace.spec.id}:${mode}`;
      const short = `${workspace.spec.id === 'bench-1k' ? '1k' : '5k'}-${mode}`;
      /** @type {Record<string, any>} */
      const nav = {};
      for (const direction of ['next', 'previous']) {
        const list = samples[`nav:${key}:${direction}`];
        if (!list) continue;
        nav[direction] = {
          ms: summary(list.map((sample) => sample.ms)),
          domMs: summary(list.map((sample) => sample.domMs)),
          frames: summary(list.map((sample) => sample.frames)),
          gridStates: summary(list.map((sample) => sample.gridStates)),
          waitedRequests: summary(list.map((sample) => sample.waitedRequests)),
          startedRequests: summary(list.map((sample) => sample.startedRequests)),
        };
      }
      const bare = samples[`nav:${key}:bare`];
      if (bare) {
        nav.bareReveal = {
          note: 'the drawn month shown by flipping its attributes by hand, no dashboard script: the floor',
          ms: summary(bare.map((sample) => sample.ms)),
        };
        for (const direction of ['next', 'previous']) {
          if (nav[direction])
            nav[direction].ratioToBareReveal = round(nav[direction].ms.median / nav.bareReveal.ms.median, 2);
        }
      }
      if (Object.keys(nav).length > 0) navigation[short] = { mode, ...nav };
      const first = samples[`detail:${key}:first`];
      if (first) {
        details[short] = {
          mode,
          first: summary(first.map((sample) => sample.ms)),
          repeat: pick(`detail:${key}:repeat`, 'ms'),
        };
      }
      const heapSamples = samples[`heap:${key}`];
      if (heapSamples) {
        heap[short] = {
          mode,
          months: heapSamples[0].months,
          usedMB: summary(heapSamples.map((sample) => sample.usedMB)),
        };
      }
      const taskSamples = samples[`longtasks:${key}`];
      if (taskSamples) {
        tasks[short] = {
          mode,
          over200: summary(taskSamples.map((sample) => sample.over200)),
          maxMs: summary(taskSamples.map((sample) => sample.maxMs)),
          totalOver50Ms: summary(taskSamples.map((sample) => sample.totalOver50Ms)),
        };
      }
    }
  }

  /** @type {Record<string, any> | undefined} */
  let roster;
  if (samples['roster:app']) {
    /** @param {string} kind */
    const entry = (kind) => {
      const list = samples[`roster:${kind}`];
      if (!list) return undefined;
      return {
        ms: pick(`roster:${kind}`, 'ms'),
        domMs: pick(`roster:${kind}`, 'domMs'),
        fromNavigationMs: pick(`roster:${kind}`, 'fromNavigationMs'),
        parseMs: pick(`roster:${kind}`, 'parseMs'),
        requests: list[0].requests,
        bytes: list[0].bytes,
        longestTaskMs: pick(`longtasks:roster:${kind}`, 'maxMs'),
        over200: pick(`longtasks:roster:${kind}`, 'over200'),
      };
    };
    roster = {
      week: ROSTER_WEEK,
      mode: 'range',
      sessions: samples['roster:app'][0].sessions,
      rows: samples['roster:app'][0].rows,
      app: entry('app'),
      table: entry('roster-table'),
    };
    if (roster.app && roster.table)
      roster.ratioToTable = round(roster.app.ms.median / roster.table.ms.median, 2);
  }

  /** @type {Record<string, any> | undefined} */
  let agendaScroll;
  const agendaSamples = samples['agenda-scroll'];
  if (agendaSamples) {
    agendaScroll = {
      week: ROSTER_WEEK,
      mode: 'day',
      sessions: agendaSamples[0].sessions,
      rows: agendaSamples[0].rows,
      longestTaskMs: pick('agenda-scroll', 'maxMs'),
      over100: pick('agenda-scroll', 'over100'),
      over50: pick('agenda-scroll', 'over50'),
      msPerFrame: pick('agenda-scroll', 'msPerFrame'),
      frames: pick('agenda-scroll', 'frames'),
      maxRowsInPage: pick('agenda-scroll', 'maxRows'),
      openLongestTaskMs: pick('agenda-scroll', 'openLongestMs'),
      fromNavigationMs: pick('agenda-scroll', 'fromNavigationMs'),
    };
  }

  return {
    version: 1,
    source: /** @type {{ ref: string; commit: string }} */ ({ ref: '', commit: '' }),
    createdAt: new Date().toISOString(),
    quick: QUICK,
    runs: RUNS,
    longRuns: LONG_RUNS,
    server: SERVER,
    chromium: '',
    durationS: 0,
    machine: {
      // 1, 5 and 15 minutes, when the run started: other work on the machine skews the figures.
      loadAverage: LOAD_AT_START.map((load) => round(load, 2)),
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? '',
      memGB: round(os.totalmem() / 1e9),
      node: process.version,
    },
    month: BENCH_MONTH,
    workspaces: Object.fromEntries(
      workspaces.map((workspace) => [workspace.spec.id, { ...workspace.stats, dense: workspace.spec.dense }]),
    ),
    bundle: {
      jsGzipKB: round(assets.js.gzip / 1000),
      cssGzipKB: round(assets.css.gzip / 1000),
      jsKB: round(assets.js.bytes / 1000),
      cssKB: round(assets.css.bytes / 1000),
      files: assets.files,
    },
    months,
    roster,
    agendaScroll,
    navigation,
    details,
    heap,
    longTasks: tasks,
    profiles,
    fakeHyraRequests: fakeCounts,
    samples,
  };
}

/** @param {Record<string, number>} values */
function roundAll(values) {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, round(value)]));
}

function gitHead() {
  try {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync(
      'git',
      ['status', '--porcelain', '--', 'src', 'index.html', 'vite.config.ts'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    ).trim();
    return dirty ? `${head} + uncommitted changes` : head;
  } catch {
    return 'unknown';
  }
}

/** @param {Record<string, any>} profiles */
function printProfiles(profiles) {
  for (const [key, profile] of Object.entries(profiles)) {
    console.log('');
    const main = Object.entries(profile.mainThread ?? {})
      .map(([name, ms]) => `${name.replace(/Ms$/, '')} ${ms} ms`)
      .join(', ');
    console.log(`CPU profile ${key}, ${profile.what} (${profile.file}):`);
    console.log(`  summary of the first ${profile.wallMs} ms (to the paint): ${profile.busyMs} ms busy`);
    console.log(`  main thread over the whole profile (with what follows the paint): ${main}`);
    console.log('  self time by module:');
    for (const entry of profile.topModules.slice(0, 10)) {
      console.log(
        `    ${String(entry.selfMs).padStart(8)} ms ${String(entry.share).padStart(5)}%  ${entry.name}`,
      );
    }
    console.log('  self time by function:');
    for (const entry of profile.topFunctions.slice(0, 15)) {
      console.log(
        `    ${String(entry.selfMs).padStart(8)} ms ${String(entry.share).padStart(5)}%  ${entry.name}`,
      );
    }
  }
}

main().catch(async (error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  await cleanUp();
  process.exit(1);
});
