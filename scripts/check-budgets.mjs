// @ts-check
/**
 * `npm run bench:check [report]`: holds the benchmark's report (default reports/bench.json,
 * written by `npm run bench`) to the performance budgets of issues 7 and 17. Prints pass or fail
 * with the measured numbers for each budget; exits 1 when one fails.
 *
 * BENCH_ENFORCE=0 (or false, off, no): failures are still printed and counted, but the exit
 * code is 0, so a CI run can report them without failing on them. Default: enforced.
 * BENCH_NOT_ENFORCED=id,id: those budgets (ids as printed) are checked and printed but do
 * not fail the run; every other budget is enforced.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const file = path.resolve(process.argv[2] ?? 'reports/bench.json');
const enforce = !/^(0|false|off|no)$/i.test(process.env.BENCH_ENFORCE ?? '1');
const notEnforced = new Set(
  (process.env.BENCH_NOT_ENFORCED ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean),
);

/** @type {Record<string, any>} */
let report;
try {
  report = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.error(
    `bench:check: cannot read ${file} (run \`npm run bench\` first): ${error instanceof Error ? error.message : error}`,
  );
  process.exit(enforce ? 1 : 0);
}

/**
 * @typedef {{ pass: boolean; measured: string }} Outcome
 * @typedef {{ id: string; name: string; limit: string; check: (report: Record<string, any>) => Outcome }} Budget
 */

const ms = (/** @type {number} */ value) => `${Math.round(value * 10) / 10} ms`;

/**
 * Heap budgets (issue 17), MB after a forced GC: about 1.3x what was measured once repeated
 * texts were kept once (`shared` and `shareTexts` in fast-parse.ts): 44 MB (1,000 sessions,
 * six months, range mode), 73 MB (5,000, two months, day mode) and 97 MB (5,000, two months,
 * range mode, read in the worker), against 68, 118 and 159 MB before.
 */
const HEAP_MB = { '1k-range': 60, '5k-day': 95, '5k-range': 125 };
/** @param {string} what */
const missing = (what) => ({ pass: false, measured: `not measured (${what} missing from the report)` });

/** Next / previous month: at most this multiple of the floor measured in the same run. */
const FLOOR_RATIO = 1.25;
/** Next / previous month: the dashboard's own script (keydown -> new month in the DOM), median. */
const SCRIPT_MS = 8;

/** @type {Budget[]} */
const BUDGETS = [
  {
    id: 'month-vs-minimal',
    name: 'Month view of 1,000 sessions vs the minimal hand-rolled grid (range mode, same payload)',
    limit: 'response -> painted at most 1.5x the minimal grid',
    check: (r) => {
      const figure = r.months?.['1k-range'];
      if (!figure?.app || !figure.minimal) return missing('months.1k-range');
      return {
        pass: figure.ratioToMinimal <= 1.5,
        measured: `${figure.ratioToMinimal}x (dashboard ${ms(figure.app.ms.median)}, minimal grid ${ms(figure.minimal.ms.median)}, medians)`,
      };
    },
  },
  {
    id: 'month-vs-big-calendar',
    name: 'Month view of 1,000 sessions vs react-big-calendar (range mode, same payload)',
    limit: 'response -> painted faster than react-big-calendar (ratio below 1)',
    check: (r) => {
      const figure = r.months?.['1k-range'];
      if (!figure?.app || !figure['big-calendar']) return missing('months.1k-range');
      return {
        pass: figure.ratioToBigCalendar < 1,
        measured: `${figure.ratioToBigCalendar}x (dashboard ${ms(figure.app.ms.median)}, react-big-calendar ${ms(figure['big-calendar'].ms.median)}, medians)`,
      };
    },
  },
  ...['next', 'previous'].flatMap((direction) => [
    {
      id: `${direction}-month-ms`,
      name: `${direction === 'next' ? 'Next' : 'Previous'} month with prefetched neighbours (1,000 sessions, range mode)`,
      limit: `keydown -> painted, median at most ${FLOOR_RATIO}x the floor measured in the same run (the drawn month shown by hand, no dashboard script)`,
      check: (/** @type {Record<string, any>} */ r) => {
        const entry = r.navigation?.['1k-range']?.[direction];
        if (!entry) return missing(`navigation.1k-range.${direction}`);
        const floor = r.navigation['1k-range'].bareReveal?.ms;
        if (!floor) return missing('navigation.1k-range.bareReveal');
        const ratio = Math.round((entry.ms.median / floor.median) * 100) / 100;
        return {
          pass: ratio <= FLOOR_RATIO,
          measured:
            `${ratio}x: median ${ms(entry.ms.median)} (min ${ms(entry.ms.min)}, max ${ms(entry.ms.max)}, ${entry.ms.n} moves); ` +
            `the floor ${ms(floor.median)} (${floor.n} moves)`,
        };
      },
    },
    {
      id: `${direction}-month-script-ms`,
      name: `${direction === 'next' ? 'Next' : 'Previous'} month: the dashboard's own script (1,000 sessions, range mode)`,
      limit: `keydown -> the new month in the DOM, median under ${SCRIPT_MS} ms`,
      check: (/** @type {Record<string, any>} */ r) => {
        const entry = r.navigation?.['1k-range']?.[direction];
        if (!entry?.domMs) return missing(`navigation.1k-range.${direction}.domMs`);
        return {
          pass: entry.domMs.median < SCRIPT_MS,
          measured: `median ${ms(entry.domMs.median)} (min ${ms(entry.domMs.min)}, max ${ms(entry.domMs.max)}, ${entry.domMs.n} moves)`,
        };
      },
    },
    {
      id: `${direction}-month-requests`,
      name: `${direction === 'next' ? 'Next' : 'Previous'} month with prefetched neighbours: requests waited on`,
      limit: 'no request started between the keydown and the paint for the new month',
      check: (/** @type {Record<string, any>} */ r) => {
        const entry = r.navigation?.['1k-range']?.[direction];
        if (!entry) return missing(`navigation.1k-range.${direction}`);
        return {
          pass: entry.waitedRequests.max === 0,
          measured: `at most ${entry.waitedRequests.max} request(s) waited on in ${entry.ms.n} moves`,
        };
      },
    },
  ]),
  {
    id: 'roster-vs-table',
    name: 'Roster of a 1,000-session week vs a minimal hand-rolled table (range mode, same payload)',
    limit: 'response -> painted at most 1.5x the minimal table',
    check: (r) => {
      const roster = r.roster;
      if (!roster?.app || !roster.table) return missing('roster');
      return {
        pass: roster.ratioToTable <= 1.5,
        measured: `${roster.ratioToTable}x (dashboard ${ms(roster.app.ms.median)}, minimal table ${ms(roster.table.ms.median)}, medians; ${roster.rows} rows)`,
      };
    },
  },
  {
    id: 'roster-long-tasks',
    name: 'Long tasks while loading the roster of a 1,000-session week',
    limit: 'no long task over 200 ms',
    check: (r) => {
      const entry = r.roster?.app;
      if (!entry) return missing('roster.app');
      return {
        pass: entry.longestTaskMs.max <= 200,
        measured: `longest ${ms(entry.longestTaskMs.max)}; tasks over 200 ms per run: max ${entry.over200.max} (${entry.longestTaskMs.n} runs)`,
      };
    },
  },
  {
    id: 'agenda-scroll-5k',
    name: 'The agenda of a 5,000-session week scrolled end to end and back (a virtual list)',
    limit: 'no long task over 100 ms while it scrolls',
    check: (r) => {
      const entry = r.agendaScroll;
      if (!entry) return missing('agendaScroll');
      return {
        pass: entry.longestTaskMs.max <= 100,
        measured: `longest ${ms(entry.longestTaskMs.max)} (${entry.longestTaskMs.n} runs); tasks over 50 ms a run: max ${entry.over50.max}; at most ${entry.maxRowsInPage.max} of ${entry.rows} rows in the page`,
      };
    },
  },
  {
    id: 'initial-js',
    name: 'Initial JS of the real-workspace build (files index.html loads, gzip -9)',
    limit: 'at most 110 kB (1 kB = 1,000 bytes)',
    check: (r) => {
      if (!r.bundle) return missing('bundle');
      const files = r.bundle.files
        .filter((/** @type {any} */ entry) => entry.type === 'js')
        .map(
          (/** @type {any} */ entry) =>
            `${path.basename(entry.file)} ${Math.round(entry.gzip / 100) / 10} kB`,
        )
        .join(', ');
      return { pass: r.bundle.jsGzipKB <= 110, measured: `${r.bundle.jsGzipKB} kB (${files})` };
    },
  },
  {
    id: 'heap',
    name: 'JS heap after browsing, after a forced garbage collection',
    limit: `at most ${Object.entries(HEAP_MB)
      .map(([key, mb]) => `${mb} MB (${key})`)
      .join(', ')}`,
    check: (r) => {
      const absent = Object.keys(HEAP_MB).filter((key) => !r.heap?.[key]);
      if (absent.length > 0) return missing(absent.map((key) => `heap.${key}`).join(', '));
      const over = Object.entries(HEAP_MB).filter(([key, mb]) => r.heap[key].usedMB.max > mb);
      return {
        pass: over.length === 0,
        measured: Object.keys(HEAP_MB)
          .map((key) => `${key}: ${r.heap[key].usedMB.max} MB after ${r.heap[key].months} months`)
          .join('; '),
      };
    },
  },
  {
    id: 'long-tasks-range',
    name: 'Long tasks while loading and browsing in range mode (1,000 and 5,000 sessions, a month in one answer)',
    limit: 'no long task over 200 ms',
    check: (r) => {
      const entries = ['1k-range', '5k-range'].map((key) => [key, r.longTasks?.[key]]);
      const absent = entries.filter(([, entry]) => !entry).map(([key]) => key);
      if (absent.length > 0) return missing(absent.map((key) => `longTasks.${key}`).join(', '));
      const longest = Math.max(...entries.map(([, entry]) => entry.maxMs.max));
      return {
        pass: longest <= 200,
        measured: entries
          .map(
            ([key, entry]) =>
              `${key}: longest ${ms(entry.maxMs.max)}, over 200 ms per run max ${entry.over200.max} (${entry.maxMs.n} runs)`,
          )
          .join('; '),
      };
    },
  },
  {
    id: 'long-tasks-5k',
    name: 'Long tasks while loading and browsing the 5,000-session month (day mode, the default)',
    limit: 'no long task over 200 ms',
    check: (r) => {
      const entry = r.longTasks?.['5k-day'];
      if (!entry) return missing('longTasks.5k-day');
      return {
        pass: entry.maxMs.max <= 200,
        measured: `longest ${ms(entry.maxMs.max)}; tasks over 200 ms per run: median ${entry.over200.median}, max ${entry.over200.max} (${entry.maxMs.n} runs)`,
      };
    },
  },
];

/** Figures printed for information, not budgeted (see README "Performance"). */
function notes(/** @type {Record<string, any>} */ r) {
  const lines = [];
  const range5k = r.longTasks?.['5k-range'];
  if (range5k) {
    const parse = r.months?.['5k-range']?.app?.parseMs?.median;
    lines.push(
      `5,000 sessions in range mode: longest task ${ms(range5k.maxMs.max)}` +
        (parse ? ` (one response of the whole month; JSON.parse of it alone: ${ms(parse)})` : ''),
    );
  }
  for (const key of ['1k-day', '5k-day']) {
    const nav = r.navigation?.[key];
    if (nav?.next) {
      lines.push(
        `next month in day mode (${key.startsWith('1k') ? '1,000' : '5,000'}): median ${ms(nav.next.ms.median)}, ` +
          `at most ${nav.next.waitedRequests.max} requests waited on`,
      );
    }
  }
  const day5k = r.months?.['5k-day']?.app;
  if (day5k?.firstWeekMs?.n > 0) {
    lines.push(
      `month of 5,000 in day mode: first request -> the week on screen painted ${ms(day5k.firstWeekMs.median)}, ` +
        `-> the whole month ${ms(day5k.fromFirstRequestMs.median)} (${day5k.requests} requests)`,
    );
  }
  const day1k = r.months?.['1k-day'];
  if (day1k?.ratioToMinimal !== undefined) {
    lines.push(
      `month of 1,000 in day mode: ${day1k.ratioToMinimal}x the minimal grid, ${day1k.ratioToBigCalendar}x react-big-calendar`,
    );
  }
  return lines;
}

console.log(
  `Performance budgets, ${path.relative(process.cwd(), file)} (${report.createdAt}, ${report.quick ? 'quick' : 'full'} run, ` +
    `${report.runs} runs, ${report.source?.ref ?? ''} ${report.source?.commit ?? ''})`,
);
let failures = 0;
let tolerated = 0;
for (const budget of BUDGETS) {
  const outcome = budget.check(report);
  const excused = !outcome.pass && notEnforced.has(budget.id);
  if (excused) tolerated += 1;
  else if (!outcome.pass) failures += 1;
  console.log(
    `${outcome.pass ? 'PASS' : 'FAIL'}  ${budget.name} [${budget.id}]${excused ? ' (not enforced: BENCH_NOT_ENFORCED)' : ''}`,
  );
  console.log(`      budget:   ${budget.limit}`);
  console.log(`      measured: ${outcome.measured}`);
}
const info = notes(report);
if (info.length > 0) {
  console.log('Not budgeted, for information:');
  for (const line of info) console.log(`  ${line}`);
}
const passed = BUDGETS.length - failures - tolerated;
if (failures === 0 && tolerated > 0) {
  console.log(
    `bench:check: ${passed} of ${BUDGETS.length} budgets met; ${tolerated} missed but not enforced (${[...notEnforced].join(', ')})`,
  );
} else if (failures === 0) {
  console.log(`bench:check: all ${BUDGETS.length} budgets met`);
} else if (enforce) {
  console.log(`bench:check: ${failures} of ${BUDGETS.length} budgets failed (${passed} passed)`);
} else {
  console.log(
    `bench:check: ${failures} of ${BUDGETS.length} budgets failed (${passed} passed); not enforced (BENCH_ENFORCE=${process.env.BENCH_ENFORCE})`,
  );
}
process.exit(failures > 0 && enforce ? 1 : 0);
