// Names from the API never reverse the app's own words: a display name with U+202E (RIGHT-TO-
// LEFT OVERRIDE) and a right-to-left username, wherever a name sits beside words of ours.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SessionItem } from '../../src/features/calendar/components/session-item';
import { sessionLabel } from '../../src/features/calendar/model/describe';
import { rosterCsv } from '../../src/features/calendar/model/roster-csv';
import { rosterRows } from '../../src/features/calendar/model/roster';
import { describeForCalendar, eventTitle } from '../../src/features/export/model/calendar-text';
import { HolderText } from '../../src/features/session/components/holder';
import { mySlotsText, slotText, selectSlots } from '../../src/hyra/selectors';
import { isolate } from '../../src/lib/bidi';
import { coHostedBy, hostedBy, hyraServer, makeSession, role, roleGroup, scheduleWith } from '../factories';

const RLO = '\u202E';
const FSI = '\u2068';
const PDI = '\u2069';
/** Shown as "Host tsoh-oc oN" once, when nothing held it in. */
const HOSTILE = `${RLO}No co-host`;
const RTL_USERNAME = 'ليلى_القمر';
const HOSTILE_ROLE = `${RLO}Medic`;

const session = makeSession({
  _id: 's1',
  start: '2026-12-02T14:00:00Z',
  cancelled: false,
  in_progress: false,
  adhoc: false,
  schedule: scheduleWith({ name: `Training${RLO}`, disable_cohost: false }),
  ...hostedBy('1', { display_name: HOSTILE, username: 'hostile' }),
  ...coHostedBy('3', { display_name: '', username: RTL_USERNAME }),
  servers: [hyraServer('a', [roleGroup('g', 'Crew', 1, [role('r1', HOSTILE_ROLE, '2')])])],
});
const context = {
  zone: 'UTC',
  hour12: false,
  now: Date.parse('2026-12-02T12:00:00Z'),
  displayMinutes: 60,
  directory: new Map(),
};

describe('isolate()', () => {
  it('wraps the name in FSI … PDI', () => {
    expect(isolate(HOSTILE)).toBe(`${FSI}${HOSTILE}${PDI}`);
  });

  it('drops a stray PDI of the name, which would close ours early, and closes isolates it leaves open', () => {
    expect(isolate(`a${PDI}${RLO}b`)).toBe(`${FSI}a${RLO}b${PDI}`);
    expect(isolate(`a\u2067b`)).toBe(`${FSI}a\u2067b${PDI}${PDI}`);
    expect(isolate(`\u2066a${PDI}${PDI}`)).toBe(`${FSI}\u2066a${PDI}${PDI}`);
  });
});

describe('what a screen reader hears for a session (week blocks, month chips, agenda rows)', () => {
  it('isolates the session and host names, and keeps our words in order', () => {
    const label = sessionLabel(session, { ...context, me: '2' });
    expect(label.startsWith(`${FSI}Training${RLO}${PDI}, `)).toBe(true);
    expect(label).toContain(`, host ${FSI}${HOSTILE}${PDI}, `);
    expect(label).toMatch(new RegExp(`, you: ${FSI}${HOSTILE_ROLE}${PDI}, Server 1$`));
  });
});

describe('an agenda row', () => {
  it('shows the host and co-host names each in its own <bdi>', () => {
    render(<SessionItem session={session} context={context} onOpen={() => {}} />);
    const host = screen.getByText(HOSTILE);
    expect(host.tagName).toBe('BDI');
    expect(screen.getByRole('button')).toHaveTextContent(`Host ${HOSTILE} · Co-host @${RTL_USERNAME}`);
    expect(screen.getByText(`@${RTL_USERNAME}`).tagName).toBe('BDI');
  });
});

describe('a holder in the session detail', () => {
  it('keeps a right-to-left username and the "You" mark apart', () => {
    render(<HolderText holder={{ id: '3' }} directory={new Map([['3', session.co_host!]])} me="3" />);
    const name = screen.getByText(`@${RTL_USERNAME}`);
    expect(name.tagName).toBe('BDI');
    expect(screen.getByText('You')).not.toContainElement(name);
  });
});

describe('exports', () => {
  it('.ics: names beside our words are isolated, a name alone is left as it is', () => {
    expect(eventTitle(session, { ...context, me: '1' })).toBe(`${FSI}Training${RLO}${PDI} (Host, Server 1)`);
    expect(eventTitle(session, context)).toBe(`Training${RLO}`);
    const description = describeForCalendar(session, context).split('\n');
    expect(description[0]).toBe(`Host: ${FSI}${HOSTILE}${PDI}`);
    expect(description[1]).toBe(`Co-host: ${FSI}@${RTL_USERNAME}${PDI}`);
  });

  it('CSV: no marks in the cells (each cell stands alone in a spreadsheet)', () => {
    const [slot] = selectSlots(session).filter((s) => s.kind === 'role');
    expect(slotText(slot!)).toBe(`${HOSTILE_ROLE}, Server 1`);
    expect(mySlotsText(session, '2')).toBe(`${FSI}${HOSTILE_ROLE}${PDI}, Server 1`);
    const csv = rosterCsv(rosterRows(['2026-12-02'], new Map([['2026-12-02', [session]]])), context);
    expect(csv).toContain(HOSTILE);
    expect(csv).not.toMatch(/[\u2066-\u2069]/);
  });
});
