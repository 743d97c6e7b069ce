import { describe, expect, it } from 'vitest';
import {
  detectChanges,
  holderOfSlot,
  watchKey,
  type Watch,
} from '../../../src/features/watch/model/watch-rules';
import type { Session } from '../../../src/hyra/schemas';
import { hostedBy, hyraServer, makeSession, noHosts, role, roleGroup, scheduleWith } from '../../factories';

const WS = 'ws1';
const RTL = 'تدريب';

function session(fields: Record<string, unknown> = {}): Session {
  return makeSession({
    _id: 's1',
    start: '2026-12-02T14:00:00Z',
    updatedAt: '2026-12-02T10:00:00Z',
    schedule: scheduleWith({ name: `Training ${RTL}`, disable_cohost: false }),
    ...hostedBy('1'),
    servers: [
      hyraServer('a', [
        roleGroup('g1', 'Cashiers', 1, [role('r1', 'Cashier One', '2'), role('r2', 'Cashier Two', '3')]),
      ]),
      hyraServer('b', []),
    ],
    subhosting: [{ server_id: 'b', user_id: '4', user: { exists: true, id: '4' } }],
    ...fields,
  });
}

const sessionWatch: Watch = {
  workspaceId: WS,
  sessionId: 's1',
  name: 'Training',
  start: '2026-12-02T14:00:00Z',
};
const cashierTwo: Watch = {
  ...sessionWatch,
  slot: { kind: 'role', serverId: 'a', groupId: 'g1', roleId: 'r2' },
  label: 'Cashier Two',
};
const hostOfB: Watch = { ...sessionWatch, slot: { kind: 'host', serverId: 'b' }, label: 'Host of server 2' };

const later = { updatedAt: '2026-12-02T11:00:00Z' };

describe('holderOfSlot', () => {
  it('finds event hosts, server hosts and roles; undefined for a slot that does not exist', () => {
    const s = session();
    expect(holderOfSlot(s, { kind: 'host' })?.id).toBe('1');
    expect(holderOfSlot(s, { kind: 'host', serverId: 'b' })?.id).toBe('4');
    expect(holderOfSlot(s, { kind: 'role', serverId: 'a', groupId: 'g1', roleId: 'r2' })?.id).toBe('3');
    expect(holderOfSlot(s, { kind: 'cohost', serverId: 'b' })).toBeNull();
    expect(holderOfSlot(s, { kind: 'role', serverId: 'z', groupId: 'g1', roleId: 'r2' })).toBeUndefined();
  });
});

describe('detectChanges', () => {
  it('says when a watched full slot opens, with the names isolated for direction', () => {
    const next = session({
      ...later,
      servers: [
        hyraServer('a', [
          roleGroup('g1', 'Cashiers', 1, [role('r1', 'Cashier One', '2'), role('r2', 'Cashier Two')]),
        ]),
        hyraServer('b', []),
      ],
    });
    const alerts = detectChanges(session(), next, [cashierTwo]);
    expect(alerts).toEqual([
      {
        code: 'slot-opened',
        key: watchKey(cashierTwo),
        title: 'A slot you watch opened: \u2068Cashier Two\u2069',
        detail: `In \u2068Training ${RTL}\u2069.`,
      },
    ]);
  });

  it('says when a watched server host slot opens', () => {
    const next = session({ ...later, subhosting: [] });
    expect(detectChanges(session(), next, [hostOfB]).map((alert) => alert.code)).toEqual(['slot-opened']);
  });

  it('says when a watched session loses its host', () => {
    const next = session({ ...later, ...noHosts() });
    expect(detectChanges(session(), next, [sessionWatch])).toMatchObject([
      { code: 'host-lost', key: watchKey(sessionWatch) },
    ]);
  });

  it('says a cancellation once, however many of its slots are watched', () => {
    const next = session({ ...later, cancelled: true });
    const alerts = detectChanges(session(), next, [cashierTwo, sessionWatch, hostOfB]);
    expect(alerts).toMatchObject([{ code: 'cancelled', key: watchKey(sessionWatch) }]);
  });

  it('says nothing when nothing watched changed, for other sessions, for a slot taken, or for an older copy', () => {
    expect(detectChanges(session(), session(later), [sessionWatch, cashierTwo])).toEqual([]);
    expect(detectChanges(session(), session({ ...later, ...noHosts() }), [cashierTwo])).toEqual([]);
    const other = { ...sessionWatch, sessionId: 's2' };
    expect(detectChanges(session(), session({ ...later, cancelled: true }), [other])).toEqual([]);
    // An open slot being taken is not what a watch is for.
    const open = session({ ...noHosts() });
    expect(detectChanges(open, session(later), [sessionWatch])).toEqual([]);
    // A day cached before the change, arriving after it: no alert.
    const older = session({ updatedAt: '2026-12-02T09:00:00Z', ...noHosts() });
    expect(detectChanges(session(), older, [sessionWatch])).toEqual([]);
    // A server deleted takes its slot with it: not "opened".
    expect(
      detectChanges(session(), session({ ...later, servers: [hyraServer('b', [])] }), [cashierTwo]),
    ).toEqual([]);
  });
});

describe('watchKey', () => {
  it('is one key per session or slot and workspace', () => {
    const keys = [sessionWatch, cashierTwo, hostOfB, { ...sessionWatch, workspaceId: 'ws2' }].map(watchKey);
    expect(new Set(keys).size).toBe(4);
    const renamed: Watch = { ...cashierTwo, label: 'renamed' };
    expect(watchKey(renamed)).toBe(watchKey(cashierTwo));
  });
});
