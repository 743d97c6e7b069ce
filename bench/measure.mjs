// @ts-check
/**
 * The browser half of the benchmark: each function opens or drives one page and returns
 * raw numbers (milliseconds on the page's own clock, `performance.now()`). Statistics and
 * the report are bench/run.mjs's business.
 */
import { installProbe } from './probe.mjs';
import { addDays, dayOf, monthGrid } from './workspaces.mjs';

/** A detector must see no change for this long before its result counts. */
const QUIET_MS = 300;
/** How long the network must be quiet to call the page idle (prefetches done). */
const IDLE_MS = 400;

/**
 * @typedef {import('@playwright/test').Page} Page
 * @typedef {import('@playwright/test').BrowserContext} BrowserContext
 * @typedef {import('./workspaces.mjs').BenchWorkspace} BenchWorkspace
 * @typedef {import('./probe.mjs').DetectorSpec} DetectorSpec
 * @typedef {{ url: string; start: number; end: number; bytes: number; span: [string, string] | null }} ApiEntry
 * @typedef {{ page: Page; idle: (timeoutMs?: number) => Promise<void>; close: () => Promise<void> }} OpenPage
 * @typedef {'app' | 'minimal' | 'big-calendar'} PageKind
 */

/** Sessions of `day`, in the order the dashboard lists them (start, then `_id`). */
export function sessionsOn(/** @type {BenchWorkspace} */ workspace, /** @type {string} */ day) {
  return [...(workspace.byDay.get(day) ?? [])].sort((a, b) =>
    a.start < b.start ? -1 : a.start > b.start ? 1 : a._id < b._id ? -1 : 1,
  );
}

/** What a month's grid must show: the count of sessions in each cell, and the fetched days. */
export function monthExpectation(/** @type {BenchWorkspace} */ workspace, /** @type {string} */ month) {
  const grid = monthGrid(month);
  const counts = grid.days.map((day) => workspace.byDay.get(day)?.length ?? 0);
  return {
    grid,
    counts,
    expected: counts.join(','),
    total: counts.reduce((a, b) => a + b, 0),
    fetchFirst: addDays(grid.first, -1),
    fetchLast: addDays(grid.last, 1),
  };
}

/**
 * What the roster of the week from `first` must show: its row count (the header, a row per
 * day with sessions, per session and per slot) and the fetched days.
 * @param {BenchWorkspace} workspace @param {string} first a Monday
 */
export function rosterExpectation(workspace, first) {
  const days = Array.from({ length: 7 }, (_, index) => addDays(first, index));
  let rows = 1;
  let sessions = 0;
  let slots = 0;
  for (const day of days) {
    const list = workspace.byDay.get(day) ?? [];
    if (list.length > 0) rows += 1;
    sessions += list.length;
    for (const event of list) slots += event.slots;
  }
  rows += sessions + slots;
  return { days, rows, sessions, slots, fetchFirst: addDays(first, -1), fetchLast: addDays(first, 7) };
}

/** The days a sessions request covers: `day=` or `start`/`end`; null for anything else. */
export function requestSpan(/** @type {string} */ url) {
  const parsed = new URL(url);
  if (!/\/hyra-api\/activity\/sessions\/[^/]+$/.test(parsed.pathname)) return null;
  const day = parsed.searchParams.get('day');
  if (day) {
    const [y, m, d] = day.split('-').map(Number);
    const iso = dayOf(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1));
    return /** @type {[string, string]} */ ([iso, iso]);
  }
  const start = Date.parse(parsed.searchParams.get('start') ?? '');
  const end = Date.parse(parsed.searchParams.get('end') ?? '');
  if (!Number.isFinite(start) || !Number.isFinite(end)) return null;
  return /** @type {[string, string]} */ ([dayOf(start), dayOf(end - 1)]);
}

/** @param {[string, string] | null} span @param {string} first @param {string} last */
const overlaps = (span, first, last) => span !== null && span[0] <= last && span[1] >= first;

/** @param {Page} page @returns {Promise<ApiEntry[]>} */
export async function apiEntries(page) {
  const raw = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.includes('/hyra-api/'))
      .map((entry) => {
        const timing = /** @type {PerformanceResourceTiming} */ (entry);
        return {
          url: timing.name,
          start: timing.startTime,
          end: timing.responseEnd,
          bytes: timing.decodedBodySize,
        };
      }),
  );
  return raw.map((entry) => ({ ...entry, span: requestSpan(entry.url) }));
}

/**
 * Opens a page with the probe installed (and a detector armed from the start), and keeps
 * count of the /hyra-api requests in flight, to tell when the page is idle.
 * @param {BrowserContext} context @param {string} url @param {DetectorSpec | null} spec
 * @param {(page: Page) => Promise<void>} [beforeGoto] e.g. to start a CPU profile
 * @returns {Promise<OpenPage>}
 */
export async function openPage(context, url, spec, beforeGoto = async () => {}) {
  const page = await context.newPage();
  await page.addInitScript(installProbe, spec);
  await beforeGoto(page);
  let inFlight = 0;
  let changedAt = Date.now();
  const isApi = (/** @type {import('@playwright/test').Request} */ request) =>
    request.url().includes('/hyra-api/');
  page.on('request', (request) => {
    if (!isApi(request)) return;
    inFlight += 1;
    changedAt = Date.now();
  });
  const settled = (/** @type {import('@playwright/test').Request} */ request) => {
    if (!isApi(request)) return;
    inFlight -= 1;
    changedAt = Date.now();
  };
  page.on('requestfinished', settled);
  page.on('requestfailed', settled);
  await page.goto(url, { waitUntil: 'commit' });
  return {
    page,
    async idle(timeoutMs = 90_000) {
      const until = Date.now() + timeoutMs;
      while (inFlight > 0 || Date.now() - changedAt < IDLE_MS) {
        if (Date.now() > until)
          throw new Error(`the page did not go idle (${inFlight} API requests in flight)`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    close: () => page.close(),
  };
}

/**
 * Waits until the armed detector has seen its content painted and nothing changed since.
 * @param {Page} page @param {string} what for the error message @param {number} [timeoutMs]
 */
export async function waitPainted(page, what, timeoutMs = 120_000) {
  try {
    await page.waitForFunction(
      (quiet) => {
        const detector = /** @type {any} */ (window).__bench?.detector;
        return Boolean(
          detector && detector.paintAt !== null && performance.now() - detector.lastChangeAt > quiet,
        );
      },
      QUIET_MS,
      { timeout: timeoutMs, polling: 100 },
    );
  } catch (error) {
    const seen = await page
      .evaluate(() => {
        const detector = /** @type {any} */ (window).__bench?.detector;
        return detector ? String(detector.sig).slice(0, 300) : 'no detector';
      })
      .catch(() => 'page gone');
    throw new Error(`${what}: not painted in ${timeoutMs} ms (page shows: ${seen})`, { cause: error });
  }
  return page.evaluate(() => {
    const detector = /** @type {any} */ (window).__bench.detector;
    return {
      weekPaintAt: /** @type {number | null} */ (detector.weekPaintAt ?? null),
      armedAt: /** @type {number} */ (detector.armedAt),
      domAt: /** @type {number} */ (detector.domAt),
      rafAt: /** @type {number} */ (detector.rafAt),
      paintAt: /** @type {number} */ (detector.paintAt),
      changes: /** @type {number} */ (detector.changes),
    };
  });
}

/**
 * JSON.parse of the same bytes, in the same page: fetches each URL again (through the same
 * proxy), then times JSON.parse of all of them, three times; the median total counts. Each
 * parse runs in a task of its own, so that the baseline adds no long task to the page's.
 * @param {Page} page @param {string[]} urls
 */
export async function parseBaseline(page, urls) {
  return page.evaluate(async (list) => {
    const bench = /** @type {any} */ (window).__bench;
    const texts = [];
    for (const url of list) {
      // Decoded by script, in a task of its own, so that the benchmark knows the task as its
      // own (`Response.text()` decodes 49 MB on the main thread where no script shows it).
      const bytes = await (await fetch(url, { headers: { Accept: 'application/json' } })).arrayBuffer();
      await new Promise((resolve) => setTimeout(resolve));
      const started = performance.now();
      texts.push(new TextDecoder().decode(bytes));
      bench?.ownWork.push({ start: started, end: performance.now() });
    }
    const totals = [];
    for (let round = 0; round < 3; round++) {
      let total = 0;
      for (const text of texts) {
        // One parse a task, so that its task holds nothing of the page's.
        await new Promise((resolve) => setTimeout(resolve));
        const started = performance.now();
        JSON.parse(text);
        const ended = performance.now();
        total += ended - started;
        // A parse of a 49 MB answer is a long task of its own: the benchmark's, not the page's.
        bench?.ownWork.push({ start: started, end: ended });
      }
      totals.push(total);
    }
    totals.sort((a, b) => a - b);
    return {
      parseMs: /** @type {number} */ (totals[1]),
      chars: texts.reduce((sum, text) => sum + text.length, 0),
    };
  }, urls);
}

/**
 * Loads a month on a fresh page (the dashboard or a reference page) and times
 * "last response received → month painted", plus the JSON.parse baseline in that page.
 * @param {{ context: BrowserContext; baseUrl: string; kind: PageKind; workspace: BenchWorkspace;
 *   mode: 'day' | 'range'; month: string; keepOpen?: boolean }} options
 */
export async function measureMonthLoad({ context, baseUrl, kind, workspace, mode, month, keepOpen }) {
  const expectation = monthExpectation(workspace, month);
  const id = encodeURIComponent(workspace.spec.id);
  // The week of the date asked for (the 15th): "first request -> first week painted".
  const from = Math.floor(expectation.grid.days.indexOf(`${month}-15`) / 7) * 7;
  /** @type {DetectorSpec} */
  const spec =
    kind === 'app'
      ? {
          kind: 'app-month',
          expected: expectation.expected,
          week: { from, expected: expectation.counts.slice(from, from + 7).join(',') },
        }
      : kind === 'minimal'
        ? { kind: 'lines', expected: expectation.expected }
        : { kind: 'big-calendar', total: expectation.total };
  const url =
    kind === 'app'
      ? `${baseUrl}/?view=month&date=${month}-15&zone=UTC&workspace=${id}&mode=${mode}`
      : `${baseUrl}/bench-ref/${kind}.html?workspace=${id}&mode=${mode}&month=${month}`;
  const opened = await openPage(context, url, spec);
  const painted = await waitPainted(opened.page, `${kind} ${workspace.spec.id} ${mode} ${month}`);
  const entries = await apiEntries(opened.page);
  const used = entries.filter(
    (entry) =>
      entry.start < painted.domAt && overlaps(entry.span, expectation.fetchFirst, expectation.fetchLast),
  );
  if (used.length === 0) throw new Error(`${kind}: no sessions request found for ${month}`);
  const receivedAt = Math.max(...used.map((entry) => entry.end));
  const firstStart = Math.min(...used.map((entry) => entry.start));
  const urls = [...new Set(used.map((entry) => entry.url))];
  const baseline = await parseBaseline(opened.page, urls);
  const result = {
    ms: painted.paintAt - receivedAt,
    domMs: painted.domAt - receivedAt,
    fromFirstRequestMs: painted.paintAt - firstStart,
    firstWeekMs: painted.weekPaintAt === null ? undefined : painted.weekPaintAt - firstStart,
    fromNavigationMs: painted.paintAt,
    parseMs: baseline.parseMs,
    ratioToParse: (painted.paintAt - receivedAt) / baseline.parseMs,
    requests: used.length,
    bytes: used.reduce((sum, entry) => sum + entry.bytes, 0),
    sessions: expectation.total,
    /** The requests the month waited for: days, start and end (ms from page start), bytes. */
    used: used.map((entry) => ({
      days: entry.span,
      start: Math.round(entry.start),
      end: Math.round(entry.end),
      bytes: entry.bytes,
    })),
  };
  if (keepOpen) return { result, opened };
  await opened.close();
  return { result, opened: undefined };
}

/**
 * Opens a session from the month grid (clicks its chip) and times click → dialog painted
 * with the session's content; then closes it with Escape.
 * @param {OpenPage} opened @param {BenchWorkspace} workspace @param {string} month @param {string} day
 */
export async function measureDetail(opened, workspace, month, day) {
  const { page } = opened;
  const session = sessionsOn(workspace, day)[0];
  if (!session) throw new Error(`no session on ${day}`);
  const index = monthGrid(month).days.indexOf(day);
  await page.evaluate((spec) => /** @type {any} */ (window).__bench.arm(spec), {
    kind: 'dialog',
    title: session.name,
    text: session.groupName,
  });
  // The month on screen (the months around it are drawn too, hidden).
  const cell = page.locator('[role="grid"][aria-label="Month"]:visible [role="gridcell"]').nth(index);
  let chip = cell.locator(`button[data-session-id="${session._id}"]`);
  if ((await chip.count()) === 0) chip = cell.locator('button').nth(1);
  await chip.click();
  const painted = await waitPainted(page, `detail of ${session._id}`);
  const click = await page.evaluate(() => /** @type {any} */ (window).__bench.click);
  const ms = painted.paintAt - click.t;
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('[role="dialog"]'), null, { timeout: 10_000 });
  await opened.idle();
  return { ms, sessionId: session._id };
}

/**
 * Presses `key` (n or p) and times keydown → the new month painted; counts the sessions
 * requests for the new month that started after the keydown and before the paint.
 * @param {OpenPage} opened @param {BenchWorkspace} workspace @param {'n' | 'p'} key @param {string} month the month it lands on
 */
export async function measureNavigation(opened, workspace, key, month) {
  const { page } = opened;
  const expectation = monthExpectation(workspace, month);
  await page.evaluate(
    (spec) => /** @type {any} */ (window).__bench.arm(spec, { tick: true }),
    /** @type {DetectorSpec} */ ({ kind: 'app-month', expected: expectation.expected }),
  );
  await page.keyboard.press(key);
  const painted = await waitPainted(page, `${key} to ${month}`);
  const { keydown, ticks } = await page.evaluate(() => {
    const probe = /** @type {any} */ (window).__bench;
    probe.stopTicking();
    return { keydown: probe.keydown, ticks: /** @type {number[]} */ (probe.ticks) };
  });
  const entries = await apiEntries(page);
  const started = entries.filter((entry) => entry.start >= keydown.t && entry.start <= painted.paintAt);
  const waited = started.filter((entry) =>
    overlaps(entry.span, expectation.fetchFirst, expectation.fetchLast),
  );
  const result = {
    key,
    month,
    ms: painted.paintAt - keydown.t,
    domMs: painted.domAt - keydown.t,
    // Frames drawn from the keydown to the one with the new month (1: the first frame drawn
    // after the key already had it; more: frames with something else in between).
    frames: ticks.filter((at) => at > keydown.t && at <= painted.rafAt + 0.001).length,
    waitedRequests: waited.length,
    startedRequests: started.length,
    // How many different things the grid showed after the keydown (1: straight
    // to the new month; more: something in between, e.g. the old month or empty cells).
    gridStates: painted.changes - 1,
  };
  await opened.idle();
  return result;
}

/**
 * The floor under "next/previous month": the same page, the same months already drawn,
 * but the key shows the drawn month by flipping two attributes by hand, with no script of
 * the dashboard's running (a capturing listener takes the key first). What remains is the
 * browser's own work, frame timing included: no implementation can beat it on this page.
 * Leaves the page out of step with React: call it last, then close the page.
 * @param {OpenPage} opened @param {BenchWorkspace} workspace @param {'n' | 'p'} key @param {string} month the month it lands on
 */
export async function measureBareReveal(opened, workspace, key, month) {
  const { page } = opened;
  await page.evaluate(() => {
    const probe = /** @type {any} */ (window).__bench;
    if (probe.bareReveal) return;
    probe.bareReveal = true;
    window.addEventListener(
      'keydown',
      (event) => {
        event.stopImmediatePropagation();
        // The periods are siblings in date order; the shown one is not aria-hidden.
        const panes = [...document.querySelectorAll('[role="grid"][aria-label="Month"]')].map(
          (grid) => /** @type {HTMLElement} */ (grid.parentElement),
        );
        const shown = panes.findIndex((pane) => !pane.hasAttribute('aria-hidden'));
        const target = panes[shown + (event.key === 'n' ? 1 : -1)];
        const from = panes[shown];
        if (!target || !from) return;
        from.className = target.className;
        from.setAttribute('aria-hidden', 'true');
        target.className = '';
        target.removeAttribute('aria-hidden');
      },
      { capture: true },
    );
  });
  const { ms, domMs } = await measureNavigation(opened, workspace, key, month);
  return { key, month, ms, domMs };
}

/**
 * JS heap after a forced garbage collection (Chromium DevTools protocol).
 * @param {OpenPage} opened
 */
export async function measureHeap(opened) {
  const cdp = await opened.page.context().newCDPSession(opened.page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const metric = (/** @type {string} */ name) => metrics.find((entry) => entry.name === name)?.value ?? NaN;
  return { usedMB: metric('JSHeapUsedSize') / 1e6, totalMB: metric('JSHeapTotalSize') / 1e6 };
}

/**
 * The page's long tasks, without those of the benchmark's own JSON.parse baseline (a task
 * that holds one of its parses).
 * @param {OpenPage} opened
 */
export async function longTasks(opened) {
  return opened.page.evaluate(() => {
    const bench = /** @type {any} */ (window).__bench;
    const own = /** @type {{ start: number; end: number }[]} */ (bench.ownWork ?? []);
    return /** @type {{ start: number; duration: number }[]} */ (bench.longTasks).filter(
      // A task that overlaps one of them holds it: tasks do not overlap, and each piece of the
      // benchmark's work runs within one task (compared by overlap: the entries' times are coarse).
      (task) => !own.some((work) => work.start < task.start + task.duration && work.end > task.start),
    );
  });
}

/**
 * Prints each frame over 100 ms (Long Animation Frames) with its longest scripts: what
 * invoked them, the function and file, and the forced style and layout in them.
 * @param {OpenPage} opened @param {string} label
 */
export async function explainLongFrames(opened, label) {
  /** @type {{ frames: { start: number; duration: number; blocking: number; render: number;
   *   scripts: { duration: number; invoker: string; fn: string; source: string; layout: number }[] }[];
   *   own: { start: number; end: number }[] }} */
  const { frames, own } = await opened.page.evaluate(() => ({
    frames: /** @type {any} */ (window).__bench.longFrames ?? [],
    own: /** @type {{ start: number; end: number }[]} */ (/** @type {any} */ (window).__bench.ownWork ?? []),
  }));
  console.log(`[bench] long frames, ${label}: ${frames.length === 0 ? 'none over 100 ms' : ''}`);
  for (const frame of frames) {
    const mine = own.some((work) => work.start < frame.start + frame.duration && work.end > frame.start);
    console.log(
      `  at ${Math.round(frame.start)} ms: ${Math.round(frame.duration)} ms ` +
        `(blocking ${Math.round(frame.blocking)}, rendering ${Math.round(frame.render)})` +
        (mine ? ' [the JSON.parse baseline of the benchmark, not counted]' : ''),
    );
    for (const script of frame.scripts)
      console.log(
        `    ${Math.round(script.duration)} ms ${script.invoker} ${script.fn || '(anonymous)'} ${script.source}` +
          (script.layout ? `, forced layout ${Math.round(script.layout)} ms` : ''),
      );
  }
}

/**
 * Loads the roster of a week on a fresh page (the dashboard's roster view, or the minimal
 * hand-rolled table on the same payload) and times "last response received -> roster
 * painted", plus the JSON.parse baseline in that page.
 * @param {{ context: BrowserContext; baseUrl: string; kind: 'app' | 'roster-table'; workspace: BenchWorkspace;
 *   mode: 'day' | 'range'; week: string; keepOpen?: boolean }} options
 */
export async function measureRosterLoad({ context, baseUrl, kind, workspace, mode, week, keepOpen }) {
  const expectation = rosterExpectation(workspace, week);
  const id = encodeURIComponent(workspace.spec.id);
  const url =
    kind === 'app'
      ? `${baseUrl}/?view=roster&date=${addDays(week, 2)}&zone=UTC&workspace=${id}&mode=${mode}`
      : `${baseUrl}/bench-ref/roster.html?workspace=${id}&mode=${mode}&week=${week}`;
  const opened = await openPage(context, url, { kind: 'roster', rows: expectation.rows });
  const painted = await waitPainted(opened.page, `${kind} ${workspace.spec.id} ${mode} week of ${week}`);
  const entries = await apiEntries(opened.page);
  const used = entries.filter(
    (entry) =>
      entry.start < painted.domAt && overlaps(entry.span, expectation.fetchFirst, expectation.fetchLast),
  );
  if (used.length === 0) throw new Error(`${kind}: no sessions request found for the week of ${week}`);
  const receivedAt = Math.max(...used.map((entry) => entry.end));
  const firstStart = Math.min(...used.map((entry) => entry.start));
  const baseline = await parseBaseline(opened.page, [...new Set(used.map((entry) => entry.url))]);
  const result = {
    ms: painted.paintAt - receivedAt,
    domMs: painted.domAt - receivedAt,
    fromFirstRequestMs: painted.paintAt - firstStart,
    firstWeekMs: painted.weekPaintAt === null ? undefined : painted.weekPaintAt - firstStart,
    fromNavigationMs: painted.paintAt,
    parseMs: baseline.parseMs,
    ratioToParse: (painted.paintAt - receivedAt) / baseline.parseMs,
    requests: used.length,
    bytes: used.reduce((sum, entry) => sum + entry.bytes, 0),
    sessions: expectation.sessions,
    rows: expectation.rows,
  };
  if (keepOpen) return { result, opened };
  await opened.close();
  return { result, opened: undefined };
}
