import { changedSessions, changeText, sessionChanges, slotKey } from '../../src/hyra/changes';
import { coHostedBy, hostedBy, hyraServer, hyraUser, makeSession, role, roleGroup } from '../factories';

const iso = (text: string) => `\u2068${text}\u2069`;
const withRoles = (cashierTwo: string, fields: Record<string, unknown> = {}) =>
  makeSession({
    ...hostedBy('1', { display_name: 'Nova' }),
    ...coHostedBy('2', { display_name: 'Kit' }),
    subhosting: [{ server_id: 's1', user_id: '3', user: hyraUser('3', { display_name: 'Bean' }) }],
    servers: [
      hyraServer('s1', [
        roleGroup('g1', 'Cashiers', 1, [
          role('r1', 'Cashier One', '2'),
          role('r2', 'Cashier Two', cashierTwo),
        ]),
      ]),
    ],
    ...fields,
  });

describe('sessionChanges', () => {
  it('says a host change with both names, and a slot taken by whom (names from the directory)', () => {
    const before = withRoles('');
    const after = withRoles('3', hostedBy('4', { display_name: 'Max' }));
    const changes = sessionChanges(before, after, new Map([['3', hyraUser('3', { display_name: 'Bean' })]]));
    expect(changes.map(changeText)).toEqual([
      `${iso('Host')}: ${iso('Nova')} → ${iso('Max')}`,
      `${iso('Cashier Two')} taken by ${iso('Bean')}`,
    ]);
    expect(changes[1]).toMatchObject({
      slot: slotKey(after, { kind: 'role', serverId: 's1', groupId: 'g1', roleId: 'r2' }),
      toId: '3',
    });
  });

  it('says a slot dropped, a cancellation and a new server; nothing when nothing changed', () => {
    const kit = new Map([['2', hyraUser('2', { display_name: 'Kit' })]]);
    expect(sessionChanges(withRoles('2'), withRoles(''), kit).map(changeText)).toEqual([
      `${iso('Cashier Two')} open again (${iso('Kit')} left)`,
    ]);
    expect(sessionChanges(withRoles(''), withRoles('', { cancelled: true })).map(changeText)).toEqual([
      'Cancelled',
    ]);
    const twoServers = withRoles('', { servers: [hyraServer('s1', []), hyraServer('s2', [])] });
    expect(sessionChanges(withRoles(''), twoServers).map(changeText)).toContain('Servers: 1 → 2');
    expect(sessionChanges(withRoles('3'), withRoles('3'))).toEqual([]);
  });

  it('isolates a hostile name so it cannot turn the sentence around', () => {
    const text = changeText({ kind: 'slot', slot: 'host:', what: 'Host', from: '\u202Eevil', to: 'Max' });
    expect(text).toBe(`${iso('Host')}: ${iso('\u202Eevil')} → ${iso('Max')}`);
  });
});

describe('changedSessions', () => {
  it('lists only sessions present in both versions that changed', () => {
    const a = withRoles('', { _id: 'a' });
    const b = withRoles('', { _id: 'b' });
    const found = changedSessions([a, b], [withRoles('3', { _id: 'a' }), b, withRoles('', { _id: 'c' })]);
    expect(found.map((entry) => entry.session._id)).toEqual(['a']);
  });
});

describe('slotKey', () => {
  it('names the first server’s host as the event’s own', () => {
    const session = withRoles('');
    expect(slotKey(session, { kind: 'host' })).toBe(slotKey(session, { kind: 'host', serverId: 's1' }));
    expect(slotKey(session, { kind: 'cohost', serverId: 's9' })).toBe('cohost:s9');
  });
});
