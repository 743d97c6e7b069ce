import { describe, expect, it } from 'vitest';
import {
  applyChange,
  changeBodyFor,
  holderOfSlot,
  withNewServer,
  withoutServer,
} from '../../src/hyra/mutations';
import { hyraServer, hyraUser, makeSession, noHosts, role, roleGroup, scheduleWith } from '../factories';

const session = makeSession({
  _id: 's1',
  start: '2026-12-02T14:00:00Z',
  ...noHosts(),
  schedule: scheduleWith({ disable_cohost: false }),
  servers: [
    hyraServer('first', [roleGroup('g1', 'Trainers', 1, [role('r1', 'Trainer 1')])]),
    hyraServer('second'),
  ],
  polyfill: [{ _id: 'p1', name: 'Trainers', priority: 1, roles: [{ _id: 'pr1', name: 'Trainer 1' }] }],
  subhosting: [
    { server_id: 'second', type: 'host_id', user_id: '9', user: hyraUser('9', { username: 'nine' }) },
  ],
});

describe('changeBodyFor', () => {
  it("sends the first server's host without server_id and another server's with it", () => {
    expect(changeBodyFor(session, { kind: 'host' }, '1')).toEqual({ prop: 'host', value: '1' });
    expect(changeBodyFor(session, { kind: 'host', serverId: 'first' }, '1')).toEqual({
      prop: 'host',
      value: '1',
    });
    expect(changeBodyFor(session, { kind: 'cohost', serverId: 'second' }, '1')).toEqual({
      prop: 'cohost',
      value: '1',
      server_id: 'second',
    });
  });

  it('names server, group and role for a role', () => {
    expect(
      changeBodyFor(session, { kind: 'role', serverId: 'first', groupId: 'g1', roleId: 'r1' }, '5'),
    ).toEqual({
      prop: 'role',
      server_id: 'first',
      group_id: 'g1',
      role_id: 'r1',
      value: '5',
    });
  });
});

describe('applyChange and holderOfSlot', () => {
  it("puts the first server's host on the event", () => {
    const next = applyChange(
      session,
      { prop: 'host', value: '5' },
      { exists: true, id: '5', username: 'five' },
    );
    expect(holderOfSlot(next, { kind: 'host' })).toEqual({
      id: '5',
      user: { exists: true, id: '5', username: 'five' },
    });
    expect(holderOfSlot(session, { kind: 'host' })).toBeNull();
  });

  it("replaces another server's sub-host entry", () => {
    const next = applyChange(session, { prop: 'host', value: '6', server_id: 'second' });
    expect(holderOfSlot(next, { kind: 'host', serverId: 'second' })?.id).toBe('6');
    expect(next.subhosting.filter((sub) => sub.server_id === 'second')).toHaveLength(1);
    const cohost = applyChange(next, { prop: 'cohost', value: '7', server_id: 'second' });
    expect(holderOfSlot(cohost, { kind: 'cohost', serverId: 'second' })?.id).toBe('7');
    expect(holderOfSlot(cohost, { kind: 'host', serverId: 'second' })?.id).toBe('6');
  });

  it('fills one role and leaves the rest', () => {
    const slot = { kind: 'role', serverId: 'first', groupId: 'g1', roleId: 'r1' } as const;
    const next = applyChange(session, changeBodyFor(session, slot, '8'));
    expect(holderOfSlot(next, slot)?.id).toBe('8');
    expect(session.servers[0]!.groups[0]!.roles[0]!.user_id).toBeUndefined();
  });
});

describe('server changes', () => {
  it('adds a server from the template with every role open', () => {
    const next = withNewServer(session, 'pending-1', '42');
    expect(next.servers).toHaveLength(3);
    expect(next.servers[2]).toMatchObject({ _id: 'pending-1', created_by: '42' });
    expect(next.servers[2]!.groups[0]!.roles).toEqual([
      { _id: 'pr1', name: 'Trainer 1', user_id: undefined },
    ]);
  });

  it('removes a server and its sub-hosts', () => {
    const next = withoutServer(session, 'second');
    expect(next.servers.map((server) => server._id)).toEqual(['first']);
    expect(next.subhosting).toEqual([]);
  });
});
