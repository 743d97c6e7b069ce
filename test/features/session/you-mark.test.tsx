import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SessionDetail } from '../../../src/features/session/components/session-detail';
import { hostedBy, hyraServer, makeSession, role, roleGroup, scheduleWith } from '../../factories';

const session = makeSession({
  _id: 's1',
  start: '2026-12-02T14:00:00Z',
  cancelled: false,
  schedule: scheduleWith({ name: 'Training', disable_cohost: true }),
  ...hostedBy('1', { display_name: 'Ann' }),
  servers: [
    hyraServer('a', [roleGroup('g', 'Crew', 1, [role('r1', 'Medic', '2'), role('r2', 'Guard', '3')])]),
  ],
  subhosting: [],
});
const context = {
  zone: 'UTC',
  hour12: false,
  now: Date.parse('2026-12-02T12:00:00Z'),
  displayMinutes: 60,
  directory: new Map([['2', { exists: true, id: '2', display_name: 'Bob' }]]),
};

describe('"You" in the detail', () => {
  it('stands next to the viewer’s name, and only there', () => {
    render(<SessionDetail session={session} context={{ ...context, me: '2' }} />);
    const crew = screen.getByRole('region', { name: '\u2068Crew\u2069 roles' });
    const items = within(crew).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('MedicBobYou');
    expect(items[1]).not.toHaveTextContent('You');
    expect(screen.getAllByText('You')).toHaveLength(1);
  });

  it('is not there without an identity', () => {
    render(<SessionDetail session={session} context={context} />);
    expect(screen.queryByText('You')).not.toBeInTheDocument();
  });
});
