/**
 * Reference (a): the least a React month grid can do. 42 cells, one line per session (time
 * and name), sessions grouped by their UTC day. No library, no validation, no "+N more".
 * Plain createElement, so the file needs no JSX setup.
 */
import { createElement as h, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadEvents, readPlan, type ReferenceEvent } from './load';

function MonthGrid({ days, byDay }: { days: string[]; byDay: Map<string, ReferenceEvent[]> }) {
  const weeks: string[][] = [];
  for (let i = 0; i < days.length; i += 7) weeks.push(days.slice(i, i + 7));
  return h(
    'div',
    { role: 'grid', 'aria-label': 'Month', className: 'grid' },
    weeks.map((week) =>
      h(
        'div',
        { role: 'row', key: week[0], className: 'row' },
        week.map((day): ReactNode =>
          h(
            'div',
            { role: 'gridcell', key: day, className: 'cell' },
            h('div', { className: 'date' }, Number(day.slice(8))),
            h(
              'ul',
              null,
              (byDay.get(day) ?? []).map((event) =>
                h('li', { key: event._id }, `${event.start.slice(11, 16)} ${event.schedule.name}`),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

async function main() {
  const plan = readPlan(window.location.search);
  const root = createRoot(document.getElementById('root')!);
  const events = await loadEvents(plan);
  const byDay = new Map<string, ReferenceEvent[]>();
  for (const event of events) {
    const day = event.start.slice(0, 10);
    const list = byDay.get(day);
    if (list) list.push(event);
    else byDay.set(day, [event]);
  }
  for (const list of byDay.values())
    list.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  root.render(h(MonthGrid, { days: plan.days, byDay }));
}

void main();
