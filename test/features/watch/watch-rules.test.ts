import { describe, expect, it } from 'vitest';
import {
  detectChanges as detectChangesIn,
  holderOfSlot,
  slotWords,
  watchKey,
  whenWords,
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

const when = (start: string) => whenWords(start, 'UTC', false);
const detectChanges = (old: Session, next: Session, watches: Watch[]) =>
  detectChangesIn(old, next, watches, when);

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
        sessionId: 's1',
        start: '2026-12-02T14:00:00Z',
        key: watchKey(cashierTwo),
        title: 'A slot you watch opened: \u2068Cashier Two\u2069 · Server 1',
        detail: `\u2068Training ${RTL}\u2069, Wed, Dec 2, 14:00 UTC`,
      },
    ]);
  });

  it('says when a watched server host slot opens', () => {
    const next = session({ ...later, subhosting: [] });
    expect(detectChanges(session(), next, [hostOfB])).toMatchObject([
      { code: 'slot-opened', title: 'A slot you watch opened: Host · Server 2' },
    ]);
  });

  it('says when a watched session loses its host', () => {
    const next = session({ ...later, ...noHosts() });
    expect(detectChanges(session(), next, [sessionWatch])).toMatchObject([
      {
        code: 'host-lost',
        key: watchKey(sessionWatch),
        sessionId: 's1',
        detail: 'Wed, Dec 2, 14:00 UTC. The host slot is open.',
      },
    ]);
  });

  it('says a cancellation once, however many of its slots are watched', () => {
    const next = session({ ...later, cancelled: true });
    const alerts = detectChanges(session(), next, [cashierTwo, sessionWatch, hostOfB]);
    expect(alerts).toMatchObject([
      {
        code: 'cancelled',
        key: watchKey(sessionWatch),
        title: `A session you watch was cancelled: \u2068Training ${RTL}\u2069`,
        detail: 'Wed, Dec 2, 14:00 UTC',
      },
    ]);
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

describe('slotWords and whenWords', () => {
  it('name the slot by itself and its server, so two hosts of one session differ', () => {
    expect(slotWords(sessionWatch)).toBe('Whole session');
    expect(slotWords({ slot: { kind: 'host' } })).toBe('Host');
    // Older watches kept "Host of server 2" as the label: the kind says it now.
    expect(slotWords(hostOfB)).toBe('Host');
    expect(slotWords({ ...hostOfB, server: 2 })).toBe('Host · Server 2');
    expect(slotWords({ slot: { kind: 'cohost', serverId: 'b' }, server: 3 })).toBe('Co-host · Server 3');
    expect(slotWords({ ...cashierTwo, server: 1 })).toBe('\u2068Cashier Two\u2069 · Server 1');
  });

  it('say a start in the given zone, day and time as the detail does', () => {
    expect(whenWords('2026-12-02T14:00:00Z', 'UTC', false)).toBe('Wed, Dec 2, 14:00 UTC');
    expect(whenWords('2026-12-02T23:30:00Z', 'Asia/Tokyo', false)).toBe('Thu, Dec 3, 08:30 GMT+9');
    expect(whenWords('2026-12-02T14:00:00Z', 'America/New_York', true)).toBe('Wed, Dec 2, 9:00 AM EST');
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
