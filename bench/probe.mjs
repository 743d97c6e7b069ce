// @ts-check
/**
 * The in-page half of the benchmark, injected before any page script runs
 * (`page.addInitScript(installProbe, spec)`). It changes nothing in the page; it watches:
 *
 * - a detector: a MutationObserver that, after every DOM change, checks whether the page
 *   shows what it should (a month grid with the expected count of sessions in each cell,
 *   react-big-calendar's events plus "+N more", a dialog with a session's content). When it
 *   does, it waits for the next frame (`requestAnimationFrame`) and for that frame's
 *   rendering (a task posted from the frame callback, at the highest priority, runs after
 *   style, layout and paint, ahead of tasks the page queued before): that moment is
 *   "painted". A later change starts over, so the last complete content counts.
 * - long tasks (PerformanceObserver 'longtask'), the last keydown and click (capture phase,
 *   so before the page's own listeners), and frame ticks while a navigation is measured.
 *
 * Playwright serialises this function: it must not use anything from the module around it.
 */

/**
 * @typedef {{ kind: 'app-month'; expected: string; week?: { from: number; expected: string } }
 *   | { kind: 'lines'; expected: string }
 *   | { kind: 'big-calendar'; total: number }
 *   | { kind: 'dialog'; title: string; text: string }
 *   | { kind: 'roster'; rows: number }} DetectorSpec
 * @typedef {{
 *   spec: DetectorSpec; sig: string | undefined; ok: boolean; changes: number; armedAt: number;
 *   lastChangeAt: number; domAt: number | null; rafAt: number | null; paintAt: number | null;
 *   weekDomAt: number | null; weekPaintAt: number | null; observer?: MutationObserver;
 * }} Detector
 * @typedef {{ t: number; now: number }} InputMark
 * @typedef {{
 *   longTasks: { start: number; duration: number }[];
 *   longFrames: { start: number; duration: number; blocking: number; render: number;
 *     scripts: { duration: number; invoker: string; fn: string; source: string; layout: number }[] }[];
 *   ownWork: { start: number; end: number }[];
 *   keydown: InputMark | null;
 *   click: InputMark | null;
 *   ticks: number[];
 *   ticking: boolean;
 *   detector: Detector | null;
 *   arm: (spec: DetectorSpec, options?: { tick?: boolean }) => string | undefined;
 *   stopTicking: () => void;
 * }} Probe
 */

/** @param {DetectorSpec | null} initial a detector armed from the very start (page loads) */
export function installProbe(initial) {
  /** @type {Probe} */
  const probe = {
    longTasks: [],
    longFrames: [],
    /** When the benchmark itself kept the page busy (its JSON.parse baseline): not the page's long tasks. */
    ownWork: [],
    keydown: null,
    click: null,
    ticks: [],
    ticking: false,
    detector: null,
    arm,
    stopTicking: () => {
      probe.ticking = false;
    },
  };
  /** @type {any} */ (window).__bench = probe;
  performance.setResourceTimingBufferSize(100_000);
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long task timing in this browser: the report says 'n/a'.
  }
  // What the long frames ran (Long Animation Frames), for `--explain`: the longest scripts of
  // each frame over 100 ms, with where they came from.
  try {
    new PerformanceObserver((list) => {
      for (const entry of /** @type {any[]} */ (list.getEntries())) {
        if (entry.duration < 100) continue;
        probe.longFrames.push({
          start: entry.startTime,
          duration: entry.duration,
          blocking: entry.blockingDuration,
          render: entry.renderStart ? entry.startTime + entry.duration - entry.renderStart : 0,
          scripts: [...entry.scripts]
            .sort((a, b) => b.duration - a.duration)
            .slice(0, 4)
            .map((script) => ({
              duration: script.duration,
              invoker: script.invoker,
              fn: script.sourceFunctionName,
              source: String(script.sourceURL).replace(/^.*\//, ''),
              layout: script.forcedStyleAndLayoutDuration,
            })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // No Long Animation Frames in this browser: `--explain` has nothing to say.
  }
  window.addEventListener(
    'keydown',
    (event) => (probe.keydown = { t: event.timeStamp, now: performance.now() }),
    {
      capture: true,
    },
  );
  window.addEventListener(
    'click',
    (event) => (probe.click = { t: event.timeStamp, now: performance.now() }),
    {
      capture: true,
    },
  );

  /**
   * Runs `task` as soon as the current frame has been rendered: a task posted from a frame
   * callback runs after that frame's style, layout and paint. At the highest priority
   * (scheduler.postTask 'user-blocking'), so that tasks the page queued earlier, which run
   * after the paint anyway, do not count towards it; else a message, which waits for them.
   * @param {() => void} task
   */
  function afterFrame(task) {
    const scheduler = /** @type {any} */ (globalThis).scheduler;
    if (typeof scheduler?.postTask === 'function') {
      scheduler.postTask(task, { priority: 'user-blocking' });
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = task;
    channel.port2.postMessage(null);
  }

  /**
   * Not hidden from the user, e.g. not a period drawn ahead of time out of sight. Read from
   * attributes, not computed styles, so that checking forces no style or layout work.
   */
  const isShown = (/** @type {Element} */ element) =>
    element.closest('[hidden], [inert], [aria-hidden="true"]') === null;

  /** @param {DetectorSpec} spec @returns {{ sig: string; ok: boolean; root?: Element; counts?: number[] }} */
  function measure(spec) {
    if (spec.kind === 'dialog') {
      const dialog = document.querySelector('[role="dialog"]');
      if (!dialog) return { sig: 'none', ok: false };
      const text = dialog.textContent ?? '';
      return {
        sig: `dialog:${text.length}`,
        ok: text.includes(spec.title) && text.includes(spec.text),
        root: dialog,
      };
    }
    if (spec.kind === 'roster') {
      // The roster on screen: its row count (a virtual list says it in aria-rowcount and
      // draws the rows in sight; the reference table draws them all), with rows drawn.
      const table = /** @type {HTMLTableElement | undefined} */ (
        [...document.querySelectorAll('table[aria-label="Roster"]')].find(isShown)
      );
      if (!table) return { sig: 'none', ok: false };
      const drawn = table.rows.length;
      const count = Number(table.getAttribute('aria-rowcount') ?? drawn);
      return { sig: `${count}:${drawn > 1}`, ok: count === spec.rows && drawn > 1, root: table };
    }
    if (spec.kind === 'big-calendar') {
      const view = document.querySelector('.rbc-month-view');
      if (!view) return { sig: 'none', ok: false };
      const events = view.querySelectorAll('.rbc-event').length;
      let more = 0;
      for (const button of view.querySelectorAll('.rbc-show-more')) {
        more += Number(/\d+/.exec(button.textContent ?? '')?.[0] ?? 0);
      }
      return { sig: `${events}+${more}`, ok: events + more === spec.total, root: view };
    }
    // The month on screen: the dashboard also draws the months around it, hidden.
    const grid = [...document.querySelectorAll('[role="grid"][aria-label="Month"]')].find(isShown);
    if (!grid) return { sig: 'none', ok: false };
    /** @type {number[]} */
    const counts = [];
    for (const cell of grid.querySelectorAll('[role="gridcell"]')) {
      if (spec.kind === 'lines') {
        counts.push(cell.querySelectorAll('li').length);
        continue;
      }
      // The dashboard: one button per shown session, plus "+N more"; the date button does not count.
      let count = 0;
      for (const button of cell.querySelectorAll('button')) {
        const more = /^\+(\d+) more$/.exec((button.textContent ?? '').trim());
        if (more) count += Number(more[1]);
        else if (
          button.hasAttribute('data-session-id') ||
          !/^Show /.test(button.getAttribute('aria-label') ?? '')
        ) {
          count += 1;
        }
      }
      counts.push(count);
    }
    const sig = counts.join(',');
    return { sig, ok: sig === spec.expected, root: grid, counts };
  }

  /** @param {DetectorSpec} spec @param {{ tick?: boolean }} [options] */
  function arm(spec, options = {}) {
    probe.detector?.observer?.disconnect();
    const now = performance.now();
    /** @type {Detector} */
    const detector = {
      spec,
      sig: undefined,
      ok: false,
      changes: 0,
      armedAt: now,
      lastChangeAt: now,
      domAt: null,
      rafAt: null,
      paintAt: null,
      weekDomAt: null,
      weekPaintAt: null,
    };
    /** @type {Element | undefined} */
    let root;
    /** @param {MutationRecord[]} [records] */
    const check = (records) => {
      // Changes elsewhere in the page (toolbar, side panel) cannot change the result, unless
      // what was measured is no longer shown (another period revealed in its place).
      if (
        records &&
        root?.isConnected &&
        isShown(root) &&
        !records.some((record) => root?.contains(record.target) || record.target.contains(root ?? null))
      ) {
        return;
      }
      const result = measure(spec);
      root = result.root;
      // One week of the month complete (the first time only): "first week painted".
      const week = spec.kind === 'app-month' ? spec.week : undefined;
      if (
        week &&
        detector.weekDomAt === null &&
        result.counts?.slice(week.from, week.from + 7).join(',') === week.expected
      ) {
        const weekAt = performance.now();
        detector.weekDomAt = weekAt;
        requestAnimationFrame(() => afterFrame(() => (detector.weekPaintAt ??= performance.now())));
      }
      if (result.sig === detector.sig) return;
      const at = performance.now();
      detector.sig = result.sig;
      detector.ok = result.ok;
      detector.changes += 1;
      detector.lastChangeAt = at;
      detector.domAt = result.ok ? at : null;
      detector.rafAt = null;
      detector.paintAt = null;
      if (!result.ok) return;
      const generation = detector.changes;
      requestAnimationFrame(() => {
        const rafAt = performance.now();
        afterFrame(() => {
          if (detector.changes !== generation) return;
          detector.rafAt = rafAt;
          detector.paintAt = performance.now();
        });
      });
    };
    detector.observer = new MutationObserver(check);
    // Attributes too: a period drawn ahead of time is revealed by attributes alone.
    detector.observer.observe(document, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['hidden', 'inert', 'aria-hidden'],
    });
    probe.detector = detector;
    if (options.tick) {
      probe.ticks = [];
      if (!probe.ticking) {
        probe.ticking = true;
        const tick = () => {
          if (!probe.ticking) return;
          probe.ticks.push(performance.now());
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }
    }
    if (document.documentElement) check();
    return detector.sig;
  }

  if (initial) arm(initial);
}
