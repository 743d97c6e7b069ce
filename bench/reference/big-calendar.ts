/**
 * Reference (b): react-big-calendar's month view on the same payload, with the date-fns
 * localizer, weeks from Monday, each session as a 60-minute event titled with its type
 * (the display length the dashboard uses; cut at midnight). The page runs in UTC (the benchmark's browser
 * time zone), so events land on their UTC day like in the dashboard.
 */
import { enUS } from 'date-fns/locale';
import { format, getDay, parse, startOfWeek } from 'date-fns';
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { Calendar, dateFnsLocalizer } from 'react-big-calendar';
import { loadEvents, readPlan } from './load';

const DISPLAY_MS = 60 * 60_000;
const DAY_MS = 86_400_000;
const mondayFirst = { ...enUS, options: { ...enUS.options, weekStartsOn: 1 as const } };
const localizer = dateFnsLocalizer({ format, parse, startOfWeek, getDay, locales: { 'en-US': mondayFirst } });

async function main() {
  const plan = readPlan(window.location.search);
  const root = createRoot(document.getElementById('root')!);
  const raw = await loadEvents(plan);
  const events = raw.map((event) => {
    const start = new Date(event.start);
    // Cut at midnight, so a late session stays on its own day (as in the other two pages).
    const endOfDay = Math.ceil((start.getTime() + 1) / DAY_MS) * DAY_MS;
    return {
      id: event._id,
      title: event.schedule.name,
      start,
      end: new Date(Math.min(start.getTime() + DISPLAY_MS, endOfDay)),
    };
  });
  root.render(
    h(Calendar, {
      localizer,
      culture: 'en-US',
      events,
      defaultView: 'month',
      views: ['month'],
      defaultDate: new Date(`${plan.month}-15T12:00:00Z`),
      toolbar: false,
      style: { height: 900 },
    }),
  );
}

void main();
