import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SessionItem } from '../../../src/features/calendar/components/session-item';
import { sessionLabel } from '../../../src/features/calendar/model/describe';
import { sessionsToIcs } from '../../../src/features/export/model/ics';
import { describeForCalendar, eventTitle } from '../../../src/features/export/model/calendar-text';
import {
  coHostedBy,
  hostedBy,
  hyraServer,
  makeSession,
  role,
  roleGroup,
  scheduleWith,
} from '../../factories';

const session = makeSession({
  _id: 's1',
  start: '2026-12-02T14:00:00Z',
  cancelled: false,
  in_progress: false,
  adhoc: false,
  schedule: scheduleWith({ name: 'Training', disable_cohost: false }),
  ...hostedBy('1', { display_name: 'Ann' }),
  ...coHostedBy('3', { display_name: 'Cee' }),
  servers: [hyraServer('a', [roleGroup('g', 'Crew', 1, [role('r1', 'Medic', '2')])]), hyraServer('b')],
  subhosting: [{ server_id: 'b', type: 'host_id', user_id: '2', user: { exists: true, id: '2' } }],
});
const context = {
  zone: 'UTC',
  hour12: false,
  now: Date.parse('2026-12-02T12:00:00Z'),
  displayMinutes: 60,
  directory: new Map(),
};

describe('"You" on the calendar', () => {
  it('the session’s name for screen readers (week blocks, month chips, agenda rows) says your slots', () => {
    expect(sessionLabel(session, { ...context, me: '2' })).toMatch(
      /, you: \u2068Medic\u2069, Server 1; Host, Server 2$/,
    );
    expect(sessionLabel(session, { ...context, me: '9' })).not.toMatch(/you:/);
    expect(sessionLabel(session, context)).not.toMatch(/you:/);
  });

  it('an agenda row (and so "My sessions") shows which slot is yours', () => {
    render(<SessionItem session={session} context={{ ...context, me: '1' }} onOpen={() => {}} />);
    expect(screen.getByRole('button', { name: /you: Host, Server 1$/ })).toHaveTextContent(
      'YouHost, Server 1',
    );
  });

  it('no mark on a row that is not yours', () => {
    render(<SessionItem session={session} context={{ ...context, me: '9' }} onOpen={() => {}} />);
    expect(screen.getByRole('button')).not.toHaveTextContent('You');
  });
});

describe('your slot in exported events', () => {
  it('is in the title and the description', () => {
    const mine = { ...context, me: '3' };
    expect(eventTitle(session, mine)).toBe('\u2068Training\u2069 (Co-host, Server 1)');
    expect(describeForCalendar(session, mine).split('\n')[0]).toBe('Your slot: Co-host, Server 1');
    expect(eventTitle(session, context)).toBe('Training');
    const ics = sessionsToIcs([session], mine).replace(/\r\n[ \t]/g, '');
    expect(ics).toContain('SUMMARY:\u2068Training\u2069 (Co-host\\, Server 1)');
    expect(ics).toContain('Your slot: Co-host\\, Server 1');
  });
});
