// @ts-check
/** Statistics over runs, and the figures the benchmark prints (one line each). */

/**
 * @typedef {{ median: number; min: number; max: number; n: number }} Summary
 */

/** @param {number[]} values @returns {Summary} */
export function summary(values) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { median: NaN, min: NaN, max: NaN, n: 0 };
  const middle = Math.floor(n / 2);
  const median =
    n % 2 === 1 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  const round = (/** @type {number} */ value) => Math.round(value * 100) / 100;
  return { median: round(median), min: round(sorted[0] ?? NaN), max: round(sorted[n - 1] ?? NaN), n };
}

/** @param {number} value @param {string} unit */
function fmt(value, unit) {
  if (!Number.isFinite(value)) return 'n/a';
  const digits = Math.abs(value) >= 100 ? 0 : 1;
  return `${value.toFixed(digits)}${unit}`;
}

/**
 * @param {string[][]} rows first row is the header
 */
function renderRows(rows) {
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  const line = (/** @type {string[]} */ row) =>
    row
      .map((cell, column) =>
        column >= 2 && column <= 4 ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
      )
      .join('  ');
  return [
    line(rows[0] ?? []),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...rows.slice(1).map(line),
  ].join('\n');
}

const LABEL = /** @type {Record<string, string>} */ ({
  app: 'dashboard',
  minimal: 'minimal grid',
  'big-calendar': 'react-big-calendar',
});

/**
 * The figures of a report: one row each, median, min and max over the runs.
 * @param {Record<string, any>} report
 */
export function formatFigures(report) {
  return renderRows(figureRows(report));
}

/**
 * The same rows as a Markdown table (for the README).
 * @param {Record<string, any>} report
 */
export function formatMarkdown(report) {
  const [, ...rows] = figureRows(report);
  const escape = (/** @type {string} */ text) => text.replaceAll('|', '\\|').replace(/^\s*\.\.\. /, '… ');
  const lines = ['| figure | mode | median | min – max | notes |', '| --- | --- | --: | --: | --- |'];
  for (const [name = '', mode = '', median = '', min = '', max = '', notes = ''] of rows) {
    const range = min && max ? `${min} – ${max}` : '';
    lines.push(`| ${escape(name)} | ${mode} | ${median} | ${range} | ${escape(notes)} |`);
  }
  return lines.join('\n');
}

/** @param {Record<string, any>} report @returns {string[][]} */
function figureRows(report) {
  /** @type {string[][]} */
  const rows = [['figure', 'mode', 'median', 'min', 'max', 'notes']];
  /** @param {string} name @param {string} mode @param {Summary | undefined} stat @param {string} unit @param {string} [note] */
  const add = (name, mode, stat, unit, note = '') => {
    if (!stat) return;
    rows.push([name, mode, fmt(stat.median, unit), fmt(stat.min, unit), fmt(stat.max, unit), note]);
  };

  for (const figure of Object.values(report.months ?? {})) {
    const sessions = figure.sessions.toLocaleString('en-US');
    for (const kind of ['app', 'minimal', 'big-calendar']) {
      const entry = figure[kind];
      if (!entry) continue;
      const mb = (entry.bytes / 1e6).toFixed(1);
      add(
        `month ${sessions}: response -> painted, ${LABEL[kind]}`,
        figure.mode,
        entry.ms,
        ' ms',
        `${entry.requests} req, ${mb} MB; JSON.parse ${fmt(entry.parseMs.median, ' ms')}; DOM ready ${fmt(entry.domMs.median, ' ms')}`,
      );
      add(`  ... as a multiple of JSON.parse`, figure.mode, entry.ratioToParse, 'x');
      if (kind === 'app') {
        if (entry.firstWeekMs?.n > 0)
          add(`  ... dashboard, first request -> first week painted`, figure.mode, entry.firstWeekMs, ' ms');
        add(`  ... dashboard, first request -> painted`, figure.mode, entry.fromFirstRequestMs, ' ms');
        add(`  ... dashboard, page start -> painted`, figure.mode, entry.fromNavigationMs, ' ms');
      }
    }
    if (figure.firstVisit) {
      add(
        `month ${sessions}: first visit, Sunday locale, first request -> painted`,
        figure.mode,
        figure.firstVisit.fromFirstRequestMs,
        ' ms',
        `${figure.firstVisit.requests} requests (the week start is learnt from the first answer)`,
      );
    }
    if (figure.ratioToMinimal !== undefined) {
      rows.push([
        `month ${sessions}: dashboard / minimal grid`,
        figure.mode,
        `${figure.ratioToMinimal}x`,
        '',
        '',
        'ratio of medians',
      ]);
    }
    if (figure.ratioToBigCalendar !== undefined) {
      rows.push([
        `month ${sessions}: dashboard / react-big-calendar`,
        figure.mode,
        `${figure.ratioToBigCalendar}x`,
        '',
        '',
        'ratio of medians',
      ]);
    }
  }
  const roster = report.roster;
  if (roster) {
    const sessions = roster.sessions.toLocaleString('en-US');
    for (const [kind, label] of /** @type {const} */ ([
      ['app', 'dashboard'],
      ['table', 'minimal table'],
    ])) {
      const entry = roster[kind];
      if (!entry) continue;
      add(
        `roster of a ${sessions}-session week: response -> painted, ${label}`,
        roster.mode,
        entry.ms,
        ' ms',
        `${roster.rows.toLocaleString('en-US')} rows, ${entry.requests} req, ${(entry.bytes / 1e6).toFixed(1)} MB; JSON.parse ${fmt(entry.parseMs.median, ' ms')}`,
      );
      add(`  ... longest task, ${label}`, roster.mode, entry.longestTaskMs, ' ms');
    }
    if (roster.ratioToTable !== undefined) {
      rows.push([
        `roster (${sessions}): dashboard / minimal table`,
        roster.mode,
        `${roster.ratioToTable}x`,
        '',
        '',
        'ratio of medians',
      ]);
    }
  }
  const agenda = report.agendaScroll;
  if (agenda) {
    const sessions = agenda.sessions.toLocaleString('en-US');
    add(
      `agenda of a ${sessions}-session week scrolled end to end and back: longest task`,
      agenda.mode,
      agenda.longestTaskMs,
      ' ms',
      `${agenda.rows.toLocaleString('en-US')} rows, at most ${agenda.maxRowsInPage.max} in the page; tasks over 50 ms a run: max ${agenda.over50.max}`,
    );
    add(
      `  ... a frame of the scroll`,
      agenda.mode,
      agenda.msPerFrame,
      ' ms',
      `${fmt(agenda.frames.median, '')} frames`,
    );
    add(`  ... longest task while it opened`, agenda.mode, agenda.openLongestTaskMs, ' ms');
  }
  for (const [key, nav] of Object.entries(report.navigation ?? {})) {
    const sessions = key.startsWith('1k') ? '1,000' : '5,000';
    for (const direction of ['next', 'previous']) {
      const entry = nav[direction];
      if (!entry) continue;
      add(
        `${direction} month (${sessions}), keydown -> painted`,
        nav.mode,
        entry.ms,
        ' ms',
        `requests waited on: max ${entry.waitedRequests.max}; frames drawn ${fmt(entry.frames.median, '')}; n=${entry.ms.n}`,
      );
    }
    if (nav.bareReveal) {
      add(
        `month (${sessions}), drawn month shown by hand (floor)`,
        nav.mode,
        nav.bareReveal.ms,
        ' ms',
        `no dashboard script runs; n=${nav.bareReveal.ms.n}`,
      );
      for (const direction of ['next', 'previous']) {
        const ratio = nav[direction]?.ratioToBareReveal;
        if (ratio === undefined) continue;
        rows.push([
          `${direction} month (${sessions}): dashboard / floor`,
          nav.mode,
          `${ratio}x`,
          '',
          '',
          'ratio of medians',
        ]);
      }
    }
  }
  for (const [key, detail] of Object.entries(report.details ?? {})) {
    const sessions = key.startsWith('1k') ? '1,000' : '5,000';
    add(`session detail (${sessions}), click -> painted, first`, detail.mode, detail.first, ' ms');
    add(`session detail (${sessions}), click -> painted, again`, detail.mode, detail.repeat, ' ms');
  }
  if (report.bundle) {
    const files = report.bundle.files.length;
    rows.push([
      'initial JS, gzip',
      '',
      `${report.bundle.jsGzipKB} kB`,
      '',
      '',
      `${report.bundle.jsKB} kB raw, ${files} files from index.html`,
    ]);
    rows.push([
      'initial CSS, gzip',
      '',
      `${report.bundle.cssGzipKB} kB`,
      '',
      '',
      `${report.bundle.cssKB} kB raw`,
    ]);
  }
  for (const [key, heap] of Object.entries(report.heap ?? {})) {
    const sessions = key.startsWith('1k') ? '1,000' : '5,000';
    add(
      `JS heap after ${heap.months} months browsed (${sessions})`,
      heap.mode,
      heap.usedMB,
      ' MB',
      'after forced GC',
    );
  }
  for (const [key, tasks] of Object.entries(report.longTasks ?? {})) {
    const sessions = key.startsWith('1k') ? '1,000' : '5,000';
    add(`long tasks > 200 ms (${sessions}, load + browse)`, tasks.mode, tasks.over200, '');
    add(`  ... longest task`, tasks.mode, tasks.maxMs, ' ms');
  }
  return rows;
}
