/**
 * Reference (c): the least a React roster can do. One plain table of the week: a row per
 * day, per session (time and name) and per slot (server, group, slot, holder's ID), every
 * row drawn. No library, no validation, no names from a directory, no virtual list.
 * Plain createElement, so the file needs no JSX setup.
 */
import { createElement as h, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadEvents, readPlan, type ReferenceEvent } from './load';

interface Role {
  _id: string;
  name: string;
  user_id?: string;
}
interface Group {
  _id: string;
  name: string;
  priority: number;
  roles: Role[];
}
interface RosterEvent extends ReferenceEvent {
  host_id?: string;
  co_host_id?: string;
  schedule: { name: string; disable_cohost?: boolean };
  servers: { _id: string; groups: Group[] }[];
  polyfill: Group[];
  subhosting: { server_id: string; type?: string; user_id?: string }[];
}

const slot = (key: string, server: string, group: string, name: string, holder: string | undefined) =>
  h(
    'tr',
    { key },
    h('td', null, server),
    h('td', null, group),
    h('td', null, name),
    h('td', holder ? null : { className: 'open' }, holder || 'Open'),
  );

function sessionRows(event: RosterEvent): ReactNode[] {
  const rows: ReactNode[] = [
    h(
      'tr',
      { key: event._id },
      h('th', { colSpan: 4 }, `${event.start.slice(11, 16)} ${event.schedule.name}`),
    ),
  ];
  const cohost = !event.schedule.disable_cohost;
  const byPriority = (groups: Group[]) => [...groups].sort((a, b) => a.priority - b.priority);
  if (event.servers.length === 0) {
    rows.push(slot(`${event._id}:h`, '-', 'Hosting', 'Host', event.host_id));
    if (cohost) rows.push(slot(`${event._id}:c`, '-', 'Hosting', 'Co-host', event.co_host_id));
    for (const group of byPriority(event.polyfill))
      for (const role of group.roles)
        rows.push(slot(`${event._id}:${role._id}`, '-', group.name, role.name, 'Opens with a server'));
    return rows;
  }
  event.servers.forEach((server, index) => {
    const sub = (type: string) =>
      event.subhosting.find((entry) => entry.server_id === server._id && (entry.type ?? 'host_id') === type)
        ?.user_id;
    const host = index === 0 ? event.host_id : sub('host_id');
    const coHost = index === 0 ? event.co_host_id : sub('co_host_id');
    const number = String(index + 1);
    rows.push(slot(`${server._id}:h`, number, 'Hosting', 'Host', host));
    if (cohost) rows.push(slot(`${server._id}:c`, number, 'Hosting', 'Co-host', coHost));
    for (const group of byPriority(server.groups))
      for (const role of group.roles)
        rows.push(
          slot(`${server._id}:${role._id}`, number, group.name, role.name, role.user_id || undefined),
        );
  });
  return rows;
}

function Roster({ days, byDay }: { days: string[]; byDay: Map<string, RosterEvent[]> }) {
  const rows: ReactNode[] = [];
  for (const day of days) {
    const events = byDay.get(day) ?? [];
    if (events.length === 0) continue;
    rows.push(h('tr', { key: day }, h('th', { colSpan: 4 }, `${day} (${events.length} sessions)`)));
    for (const event of events) rows.push(...sessionRows(event));
  }
  return h(
    'table',
    { 'aria-label': 'Roster' },
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', null, 'Server'),
        h('th', null, 'Group'),
        h('th', null, 'Slot'),
        h('th', null, 'Holder'),
      ),
    ),
    h('tbody', null, rows),
  );
}

async function main() {
  const plan = readPlan(window.location.search);
  const root = createRoot(document.getElementById('root')!);
  const events = (await loadEvents(plan)) as RosterEvent[];
  const byDay = new Map<string, RosterEvent[]>();
  for (const event of events) {
    const day = event.start.slice(0, 10);
    const list = byDay.get(day);
    if (list) list.push(event);
    else byDay.set(day, [event]);
  }
  for (const list of byDay.values())
    list.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  root.render(h(Roster, { days: plan.days, byDay }));
}

void main();
