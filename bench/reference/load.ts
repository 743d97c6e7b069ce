/**
 * What both reference pages share: the same requests the dashboard sends for a month view
 * (every grid day plus one margin day on each side; `?mode=day`: one `day=` request per
 * day, at most 4 in flight; `?mode=range`: one `start`/`end` request), through the same
 * same-origin proxy, read the same way (text, then JSON.parse). No validation, no cache.
 */

/** The fields of a Hyra event the reference pages use. */
export interface ReferenceEvent {
  _id: string;
  start: string;
  schedule: { name: string };
}

export interface Plan {
  workspace: string;
  mode: 'day' | 'range';
  /** YYYY-MM */
  month: string;
  /** The grid's days, weeks from Monday; with `?week=` (a Monday), that week's seven days. */
  days: string[];
}

const DAY_MS = 86_400_000;
const API = '/hyra-api/activity/sessions';
const MAX_IN_FLIGHT = 4;

const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const addDays = (day: string, n: number) => dayOf(dayMs(day) + n * DAY_MS);

function monday(day: string) {
  return addDays(day, -((new Date(dayMs(day)).getUTCDay() + 6) % 7));
}

export function readPlan(search: string): Plan {
  const params = new URLSearchParams(search);
  const month = params.get('month') ?? '2026-03';
  const first = monday(`${month}-01`);
  const nextMonth = dayOf(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 1));
  const last = addDays(monday(addDays(nextMonth, -1)), 6);
  const days: string[] = [];
  const week = params.get('week');
  if (week) for (let index = 0; index < 7; index++) days.push(addDays(week, index));
  else for (let day = first; day <= last; day = addDays(day, 1)) days.push(day);
  return {
    workspace: params.get('workspace') ?? 'bench-1k',
    mode: params.get('mode') === 'day' ? 'day' : 'range',
    month,
    days,
  };
}

/** The request URLs, built like the dashboard's (src/hyra/api.ts). */
export function requestUrls(plan: Plan): string[] {
  const base = `${API}/${encodeURIComponent(plan.workspace)}`;
  const first = addDays(plan.days[0]!, -1);
  const last = addDays(plan.days.at(-1)!, 1);
  if (plan.mode === 'range') {
    const params = new URLSearchParams({
      start: `${first}T00:00:00.000Z`,
      end: `${addDays(last, 1)}T00:00:00.000Z`,
    });
    return [`${base}?${params}`];
  }
  const urls: string[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) {
    const [y, m, d] = day.split('-');
    urls.push(`${base}?${new URLSearchParams({ day: `${Number(y)}-${Number(m)}-${Number(d)}` })}`);
  }
  return urls;
}

async function fetchEvents(url: string): Promise<ReferenceEvent[]> {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const text = await response.text();
  const body = JSON.parse(text) as { events: ReferenceEvent[] };
  return body.events;
}

/** Every event of the plan's requests, de-duplicated by `_id`. */
export async function loadEvents(plan: Plan): Promise<ReferenceEvent[]> {
  const urls = requestUrls(plan);
  const results: ReferenceEvent[][] = [];
  let next = 0;
  async function worker() {
    while (next < urls.length) {
      const index = next++;
      results[index] = await fetchEvents(urls[index]!);
    }
  }
  await Promise.all(Array.from({ length: Math.min(MAX_IN_FLIGHT, urls.length) }, worker));
  const seen = new Set<string>();
  const events: ReferenceEvent[] = [];
  for (const list of results) {
    for (const event of list) {
      if (seen.has(event._id)) continue;
      seen.add(event._id);
      events.push(event);
    }
  }
  return events;
}
