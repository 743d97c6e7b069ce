// @ts-check
/**
 * A Chromium CPU profile (DevTools protocol) of one month load on the unminified build, and
 * a summary: self time by function and by source module (the build's source maps say which
 * module a function comes from). The saved .cpuprofile opens in Chromium's DevTools
 * (Performance panel, "Load profile").
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { monthExpectation, openPage, waitPainted } from './measure.mjs';
import { addMonths } from './workspaces.mjs';

/**
 * @typedef {{ id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
 *   children?: number[] }} ProfileNode
 * @typedef {{ nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }} CpuProfile
 */

/** Main-thread time by kind, from the DevTools protocol's cumulative counters (seconds). */
const METRICS = /** @type {const} */ ({
  taskMs: 'TaskDuration',
  scriptMs: 'ScriptDuration',
  styleMs: 'RecalcStyleDuration',
  layoutMs: 'LayoutDuration',
});

/** @param {import('@playwright/test').CDPSession} cdp */
async function mainThreadMetrics(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  /** @type {Record<string, number>} */
  const result = {};
  for (const [key, name] of Object.entries(METRICS)) {
    result[key] = (metrics.find((metric) => metric.name === name)?.value ?? NaN) * 1000;
  }
  return result;
}

/**
 * CPU profiles of one month load, and (with `nextFile`) of the next month once the
 * neighbours are prefetched; each saved as a .cpuprofile, with the main thread's time by
 * kind (script, style, layout) over the same window.
 * @param {{ context: import('@playwright/test').BrowserContext; baseUrl: string;
 *   workspace: import('./workspaces.mjs').BenchWorkspace; mode: 'day' | 'range'; month: string; file: string;
 *   nextFile?: string }} options
 */
export async function profileMonthLoad({ context, baseUrl, workspace, mode, month, file, nextFile }) {
  const expectation = monthExpectation(workspace, month);
  /** @type {import('@playwright/test').CDPSession | undefined} */
  let cdp;
  const id = encodeURIComponent(workspace.spec.id);
  const opened = await openPage(
    context,
    `${baseUrl}/?view=month&date=${month}-15&zone=UTC&workspace=${id}&mode=${mode}`,
    { kind: 'app-month', expected: expectation.expected },
    async (page) => {
      cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    },
  );
  if (!cdp) throw new Error('no DevTools session');
  const painted = await waitPainted(opened.page, `profile of ${workspace.spec.id} ${mode}`, 180_000);
  const { profile } = /** @type {{ profile: CpuProfile }} */ (await cdp.send('Profiler.stop'));
  // The profile runs on until the page has been quiet a while; the summary stops at the paint.
  const load = { profile, metrics: await mainThreadMetrics(cdp), untilMs: painted.paintAt };
  await writeFile(file, JSON.stringify(profile));

  /** @type {{ profile: CpuProfile; metrics: Record<string, number>; untilMs: number } | undefined} */
  let next;
  if (nextFile) {
    await opened.idle();
    const nextMonth = monthExpectation(workspace, addMonths(month, 1));
    await opened.page.evaluate(
      (spec) => /** @type {any} */ (window).__bench.arm(spec),
      /** @type {import('./probe.mjs').DetectorSpec} */ ({ kind: 'app-month', expected: nextMonth.expected }),
    );
    const before = await mainThreadMetrics(cdp);
    await cdp.send('Profiler.start');
    await opened.page.keyboard.press('n');
    const moved = await waitPainted(opened.page, `profile of next month, ${workspace.spec.id} ${mode}`);
    const keydown = await opened.page.evaluate(() => /** @type {any} */ (window).__bench.keydown.t);
    const stopped = /** @type {{ profile: CpuProfile }} */ (await cdp.send('Profiler.stop'));
    const after = await mainThreadMetrics(cdp);
    /** @type {Record<string, number>} */
    const metrics = {};
    for (const key of Object.keys(after)) metrics[key] = (after[key] ?? NaN) - (before[key] ?? NaN);
    next = { profile: stopped.profile, metrics, untilMs: moved.paintAt - keydown };
    await writeFile(nextFile, JSON.stringify(stopped.profile));
  }
  await cdp.detach();
  await opened.close();
  return { load, next };
}

/**
 * Self time by function and by module, largest first, over the profile's first `untilMs`
 * (plus a little: the profile starts a few milliseconds before the page's clock does).
 * @param {CpuProfile} profile @param {string} distDir where the profiled bundle's files are
 * @param {number} [untilMs]
 */
export async function summariseProfile(profile, distDir, untilMs = Infinity) {
  /** @type {Map<number, ProfileNode>} */
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  /** @type {Map<number, number>} */
  const selfUs = new Map();
  const endUs = (untilMs + 20) * 1000;
  let elapsedUs = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    elapsedUs += profile.timeDeltas[i] ?? 0;
    if (elapsedUs > endUs) break;
    const id = /** @type {number} */ (profile.samples[i]);
    const delta = profile.timeDeltas[i + 1] ?? 0;
    selfUs.set(id, (selfUs.get(id) ?? 0) + delta);
  }
  /** @type {Map<string, SourceMap | null>} */
  const maps = new Map();
  /** @param {string} url */
  async function mapOf(url) {
    if (maps.has(url)) return maps.get(url) ?? null;
    const file = /\/assets\/[^?#]+\.js$/.exec(url.replace(/^https?:\/\/[^/]+/, ''))?.[0];
    const text = file ? await readFile(path.join(distDir, `${file}.map`), 'utf8').catch(() => '') : '';
    const map = text ? readSourceMap(JSON.parse(text)) : null;
    maps.set(url, map);
    return map;
  }
  /** @param {string} url @param {number} line @param {number} column */
  async function moduleOf(url, line, column) {
    if (!url) return '(native)';
    const map = await mapOf(url);
    const source = map?.lookup(line, column);
    return source ?? url.replace(/^https?:\/\/[^/]+/, '');
  }

  /** @type {Map<string, { ms: number; module: string }>} */
  const byFunction = new Map();
  /** @type {Map<string, number>} */
  const byModule = new Map();
  let totalUs = 0;
  for (const [id, us] of selfUs) {
    const node = nodes.get(id);
    if (!node) continue;
    const frame = node.callFrame;
    if (frame.functionName === '(idle)') continue;
    totalUs += us;
    const module = await moduleOf(frame.url, frame.lineNumber, frame.columnNumber);
    const label = frame.url
      ? `${frame.functionName || '(anonymous)'} (${module})`
      : frame.functionName || '(anonymous)';
    const entry = byFunction.get(label) ?? { ms: 0, module };
    entry.ms += us / 1000;
    byFunction.set(label, entry);
    const group = frame.url ? packageOf(module) : frame.functionName;
    byModule.set(group, (byModule.get(group) ?? 0) + us / 1000);
  }
  const round = (/** @type {number} */ ms) => Math.round(ms * 10) / 10;
  return {
    busyMs: round(totalUs / 1000),
    wallMs: round(Math.min(elapsedUs, endUs) / 1000),
    topFunctions: [...byFunction]
      .sort((a, b) => b[1].ms - a[1].ms)
      .slice(0, 25)
      .map(([name, entry]) => ({
        name,
        selfMs: round(entry.ms),
        share: round((entry.ms * 100_000) / totalUs),
      })),
    topModules: [...byModule]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 20)
      .map(([name, ms]) => ({ name, selfMs: round(ms), share: round((ms * 100_000) / totalUs) })),
  };
}

/** `node_modules/zod/v4/core/schemas.js` → `zod`; the app's own modules stay as they are. */
function packageOf(/** @type {string} */ module) {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(module);
  return match ? (match[1] ?? module) : module;
}

/**
 * @typedef {{ lookup: (line: number, column: number) => string | undefined }} SourceMap
 */

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * A source map (v3) reader, just enough to tell which source file a bundle position comes
 * from: generated line (0-based) and column (0-based) to the source path.
 * @param {{ sources: string[]; mappings: string }} map
 * @returns {SourceMap}
 */
function readSourceMap(map) {
  // `../../src/lib/days.ts`, `../.src/<commit>/src/lib/days.ts` → `src/lib/days.ts`.
  const sources = map.sources.map((source) =>
    source.replace(/^(\.\.\/)+/, '').replace(/^.*?\/(?=(src|node_modules)\/)/, ''),
  );
  /** @type {[number, number][][]} per generated line: [column, source index] */
  const lines = [];
  let source = 0;
  for (const line of map.mappings.split(';')) {
    /** @type {[number, number][]} */
    const segments = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      /** @type {number[]} */
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) {
          shift += 5;
        } else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0] ?? 0;
      if (fields.length >= 4) {
        source += fields[1] ?? 0;
        segments.push([column, source]);
      }
    }
    lines.push(segments);
  }
  return {
    lookup(line, column) {
      const segments = lines[line];
      if (!segments || segments.length === 0) return undefined;
      let found = segments[0];
      for (const segment of segments) {
        if (segment[0] > column) break;
        found = segment;
      }
      return found ? sources[found[1]] : undefined;
    },
  };
}
