import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import referenceA from '../../fixtures/sessions-reference-a.json';
import referenceB from '../../fixtures/sessions-reference-b.json';
import { rosterCsv, ROSTER_CSV_HEADER } from '../../../src/features/calendar/model/roster-csv';
import {
  countSlots,
  rosterIndex,
  rosterPeople,
  rosterRows,
  sortPeople,
} from '../../../src/features/calendar/model/roster';
import { parseSessionsPage } from '../../../src/hyra/parse';
import { buildDirectory, mySlotsText, selectSlots, slotText } from '../../../src/hyra/selectors';
import {
  coHostedBy,
  hostedBy,
  hyraServer,
  makeSession,
  noHosts,
  role,
  roleGroup,
  scheduleWith,
} from '../../factories';

const DAY = '2026-12-02';

/** Two servers: Ann hosts the first, Bob the second (subhosting) and holds a role on the first. */
const twoServers = makeSession({
  _id: 's1',
  start: `${DAY}T14:00:00Z`,
  cancelled: false,
  schedule: scheduleWith({ name: 'Training', disable_cohost: false }),
  ...hostedBy('1', { display_name: 'Ann' }),
  ...coHostedBy('3', { username: 'cee' }),
  servers: [
    hyraServer('srv-a', [
      roleGroup('g2', 'Staff', 2, [role('r3', 'Helper', '')]),
      roleGroup('g1', 'Leads', 1, [role('r1', 'Medic', '2'), role('r2', 'Guard', '')]),
    ]),
    hyraServer('srv-b', []),
  ],
  subhosting: [
    {
      server_id: 'srv-b',
      type: 'host_id',
      user_id: '2',
      user: { exists: true, id: '2', display_name: 'Bob' },
    },
  ],
});

const noServer = makeSession({
  _id: 's2',
  start: `${DAY}T18:00:00Z`,
  cancelled: false,
  schedule: scheduleWith({ name: 'Shift', disable_cohost: true }),
  ...noHosts(),
  servers: [],
  subhosting: [],
  polyfill: [{ _id: 'p1', name: 'Crew', priority: 1, roles: [{ _id: 'pr1', name: 'Driver' }] }],
});

describe('the slots of a session', () => {
  it('lists per server its host, co-host, then roles by group priority', () => {
    expect(
      selectSlots(twoServers).map((slot) => [slotText(slot), slot.group ?? '', slot.holder?.id ?? 'open']),
    ).toEqual([
      ['Host, Server 1', '', '1'],
      ['Co-host, Server 1', '', '3'],
      ['Medic, Server 1', 'Leads', '2'],
      ['Guard, Server 1', 'Leads', 'open'],
      ['Helper, Server 1', 'Staff', 'open'],
      ['Host, Server 2', '', '2'],
      ['Co-host, Server 2', '', 'open'],
    ]);
  });

  it('without a server: the host, no co-host where disabled, and the template roles', () => {
    expect(selectSlots(noServer).map((slot) => [slotText(slot), slot.template, slot.holder])).toEqual([
      ['Host', false, null],
      ['Driver', true, null],
    ]);
  });

  it('says in words which slots someone holds', () => {
    expect(mySlotsText(twoServers, '2')).toBe('\u2068Medic\u2069, Server 1; Host, Server 2');
    expect(mySlotsText(twoServers, '1')).toBe('Host, Server 1');
    expect(mySlotsText(twoServers, '9')).toBe('');
    expect(mySlotsText(twoServers, undefined)).toBe('');
  });
});

describe('the roster rows', () => {
  const byDay = new Map([[DAY, [twoServers, noServer]]]);

  it('puts each day, then each session, then its slots in order', () => {
    const rows = rosterRows([DAY], byDay, { me: '2' });
    expect(
      rows.map((row) =>
        row.kind === 'slot'
          ? `${row.kind}:${slotText(row.slot)}${row.mine ? ':you' : ''}`
          : `${row.kind}${row.kind === 'session' && row.mine ? ':you' : ''}`,
      ),
    ).toEqual([
      'day',
      'session:you',
      'slot:Host, Server 1',
      'slot:Co-host, Server 1',
      'slot:Medic, Server 1:you',
      'slot:Guard, Server 1',
      'slot:Helper, Server 1',
      'slot:Host, Server 2:you',
      'slot:Co-host, Server 2',
      'session',
      'slot:Host',
      'slot:Driver',
    ]);
  });

  it('counts the rows without making them, and makes the same rows one by one', () => {
    for (const session of [twoServers, noServer, ...parseSessionsPage(referenceB).sessions]) {
      expect(countSlots(session)).toBe(selectSlots(session).length);
    }
    const index = rosterIndex([DAY], new Map([[DAY, [noServer, twoServers]]]), { me: '2' });
    const rows = rosterRows([DAY], new Map([[DAY, [twoServers, noServer]]]), { me: '2' });
    expect(index.count).toBe(rows.length);
    expect(index.kindAt(index.count - 1)).toBe('slot');
    expect(index.kindAt(1)).toBe('session');
    expect(index.rowAt(1)).toMatchObject({ kind: 'session', key: 's2', mine: false });
    expect(index.rowAt(4)).toMatchObject({ kind: 'session', key: 's1', mine: true });
  });

  it('filtered to a person: only the sessions and slots they hold', () => {
    const rows = rosterRows([DAY], byDay, { person: '2' });
    expect(rows.map((row) => (row.kind === 'slot' ? slotText(row.slot) : row.kind))).toEqual([
      'day',
      'session',
      'Medic, Server 1',
      'Host, Server 2',
    ]);
    expect(rosterRows([DAY], byDay, { person: 'nobody' })).toEqual([]);
  });

  it.each([
    ['a', referenceA],
    ['b', referenceB],
  ])('reads reference %s: its host and its one held role', (_name, json) => {
    const { sessions } = parseSessionsPage(json);
    const day = '2023-11-07';
    const rows = rosterRows([day], new Map([[day, sessions]]));
    expect(
      rows.map((row) => (row.kind === 'slot' ? `${slotText(row.slot)} ${row.slot.holder?.id}` : row.kind)),
    ).toEqual(['day', 'session', 'Host, Server 1 <string>', '<string>, Server 1 <string>']);
  });
});

describe('the people of a period', () => {
  const directory = buildDirectory([twoServers, noServer]);
  const people = rosterPeople([twoServers, noServer], directory);

  it('counts host, co-host and role slots per person, named as the detail names them', () => {
    const summary = Object.fromEntries(
      people.map((person) => [person.name.primary, [person.host, person.cohost, person.roles, person.total]]),
    );
    expect(summary).toEqual({ Ann: [1, 0, 0, 1], Bob: [1, 0, 1, 2], '@cee': [0, 1, 0, 1] });
  });

  it('sorts by any column, ties by name', () => {
    expect(sortPeople(people, 'total', 'descending').map((p) => p.name.primary)).toEqual([
      'Bob',
      '@cee',
      'Ann',
    ]);
    expect(sortPeople(people, 'name', 'ascending').map((p) => p.name.primary)).toEqual([
      '@cee',
      'Ann',
      'Bob',
    ]);
    expect(sortPeople(people, 'cohost', 'descending')[0]!.name.primary).toBe('@cee');
  });

  it('reads reference b: one person, host and one role', () => {
    const { sessions } = parseSessionsPage(referenceB);
    const [person, ...rest] = rosterPeople(sessions, buildDirectory(sessions));
    expect(rest).toEqual([]);
    expect(person).toMatchObject({ id: '<string>', host: 1, cohost: 0, roles: 1, total: 2 });
  });
});

describe('the roster as CSV', () => {
  const hostile = makeSession({
    _id: 's3',
    start: `${DAY}T09:05:00Z`,
    cancelled: false,
    schedule: scheduleWith({ name: "=cmd|' /C calc'!A0", disable_cohost: true }),
    ...hostedBy('7', { display_name: 'Smith, "Jo"\nJr', username: '@evil' }),
    servers: [hyraServer('x', [roleGroup('g', '\tTabs', 1, [role('r', '+SUM(1,1)', '8')])])],
    subhosting: [],
  });
  const directory = new Map([['8', { exists: true, id: '8', display_name: '-Dash', username: 'dash' }]]);
  const text = rosterCsv(rosterRows([DAY], new Map([[DAY, [hostile]]])), { zone: 'UTC', directory });
  const parsed = Papa.parse<string[]>(text, { newline: '\r\n' }).data;

  it('has a header and one line per slot, every field quoted', () => {
    expect(parsed[0]).toEqual([...ROSTER_CSV_HEADER]);
    expect(parsed).toHaveLength(3);
    expect(text.split('\r\n')[0]).toBe(ROSTER_CSV_HEADER.map((field) => `"${field}"`).join(','));
  });

  it('says the slot by its own name, the server in its column, and "Hosting" as the host\'s group', () => {
    const columns = (line: string[]) => ({ server: line[4], group: line[5], slot: line[6] });
    expect(columns(parsed[1]!)).toEqual({ server: 'Server 1', group: 'Hosting', slot: 'Host' });
    expect(columns(parsed[2]!)).toEqual({ server: 'Server 1', group: "'\tTabs", slot: "'+SUM(1,1)" });
  });

  it('keeps commas, quotes and newlines inside their field', () => {
    expect(parsed[1]!.slice(0, 2)).toEqual([DAY, '09:05']);
    expect(parsed[1]![7]).toBe('Smith, "Jo"\nJr');
  });

  it('turns every formula into text with a leading apostrophe', () => {
    expect(parsed[1]![2]).toBe("'=cmd|' /C calc'!A0");
    expect(parsed[1]![8]).toBe("'@evil");
    expect(parsed[2]![5]).toBe("'\tTabs");
    expect(parsed[2]![6]).toBe("'+SUM(1,1)");
    expect(parsed[2]![7]).toBe("'-Dash");
    const cells = parsed.flat();
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });
});
