// @ts-check
/**
 * The agenda of a dense week (5,000 sessions): open it on a fresh page, wait until the whole
 * week is listed (the virtual list says its row count in aria-setsize) and the page is idle,
 * then scroll its box from the first row to the last and back, by nine tenths of the box a
 * frame (a fast fling: every frame shows rows not drawn before), and record the long tasks of
 * the scroll alone, the frames it took and the most rows the page held at once.
 */
import { longTasks, openPage, sessionsOn } from './measure.mjs';
import { addDays } from './workspaces.mjs';

/** @typedef {import('./workspaces.mjs').BenchWorkspace} BenchWorkspace */

/** The list's accessible name (src/features/calendar/components/agenda-list.tsx). */
const LIST = '[role="list"][aria-label="Sessions of the period"]';

/**
 * @param {{ context: import('@playwright/test').BrowserContext; baseUrl: string; workspace: BenchWorkspace;
 *   mode: 'day' | 'range'; week: string }} options week: its Monday
 */
export async function measureAgendaScroll({ context, baseUrl, workspace, mode, week }) {
  const days = Array.from({ length: 7 }, (_, index) => addDays(week, index));
  const sessions = days.reduce((sum, day) => sum + (workspace.byDay.get(day)?.length ?? 0), 0);
  // A heading a day, then its sessions (the week is in the past: nothing folded when it opens on its Monday).
  const rows = sessions + days.length;
  const lastId = sessionsOn(workspace, days[6] ?? week).at(-1)?._id ?? '';
  const id = encodeURIComponent(workspace.spec.id);
  const url = `${baseUrl}/?view=agenda&date=${week}&zone=UTC&workspace=${id}&mode=${mode}`;
  const opened = await openPage(context, url, null);
  try {
    const { page } = opened;
    await page.waitForFunction(
      ({ list, count }) =>
        document.querySelector(`${list} [role="listitem"]`)?.getAttribute('aria-setsize') === String(count),
      { list: LIST, count: rows },
      { timeout: 120_000, polling: 100 },
    );
    const openedAt = await page.evaluate(() => performance.now());
    await opened.idle();
    const scroll = await page.evaluate(
      ({ list, lastId }) =>
        new Promise((resolve) => {
          const box = /** @type {HTMLElement} */ (document.querySelector(list)?.parentElement);
          const startedAt = performance.now();
          let frames = 0;
          let maxRows = 0;
          let sawLast = false;
          let direction = 1;
          let stillFrames = 0;
          const step = () => {
            frames += 1;
            maxRows = Math.max(maxRows, box.querySelectorAll('[role="listitem"]').length);
            if (box.querySelector(`[data-session-id="${lastId}"]`)) sawLast = true;
            const before = box.scrollTop;
            box.scrollTop = before + direction * Math.round(box.clientHeight * 0.9);
            // At an end when the scroll no longer moves for a few frames (measured rows can
            // still grow the list there).
            stillFrames = box.scrollTop === before ? stillFrames + 1 : 0;
            if (stillFrames >= 3) {
              if (direction === -1) {
                resolve({ startedAt, ms: performance.now() - startedAt, frames, maxRows, sawLast });
                return;
              }
              direction = -1;
              stillFrames = 0;
            }
            requestAnimationFrame(step);
          };
          requestAnimationFrame(step);
        }),
      { list: LIST, lastId },
    );
    const { startedAt, ms, frames, maxRows, sawLast } = /** @type {{ startedAt: number; ms: number;
      frames: number; maxRows: number; sawLast: boolean }} */ (scroll);
    if (!sawLast) throw new Error(`agenda scroll: the last session (${lastId}) never reached the page`);
    // Tasks that started during the scroll, once the last frame's work is done.
    await page.waitForTimeout(500);
    const tasks = await longTasks(opened);
    const during = tasks.filter((task) => task.start >= startedAt && task.start <= startedAt + ms);
    const opening = tasks.filter((task) => task.start < openedAt);
    return {
      sessions,
      rows,
      maxRows,
      frames,
      ms,
      msPerFrame: ms / frames,
      maxMs: Math.max(0, ...during.map((task) => task.duration)),
      over100: during.filter((task) => task.duration > 100).length,
      over50: during.filter((task) => task.duration > 50).length,
      openLongestMs: Math.max(0, ...opening.map((task) => task.duration)),
      fromNavigationMs: openedAt,
    };
  } finally {
    await opened.close();
  }
}
