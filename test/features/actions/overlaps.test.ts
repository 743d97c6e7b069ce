import { describe, expect, it } from 'vitest';
import { slotsLostWithServer, takeWarning } from '../../../src/features/actions/model/overlaps';
import { hostedBy, makeSession, noHosts } from '../../factories';

const session = (id: string, start: string, extra: Record<string, unknown> = {}) =>
  makeSession({ _id: id, start, cancelled: false, ...noHosts(), servers: [], subhosting: [], ...extra });

describe('takeWarning', () => {
  const NOW = Date.parse('2026-12-02T12:00:00Z');
  const at = (displayMinutes: number) => ({ displayMinutes, now: NOW });
  const target = session('t', '2026-12-02T14:00:00Z');
  const mine = session('m', '2026-12-02T14:30:00Z', hostedBy('42'));
  const farMine = session('f', '2026-12-02T16:00:00Z', hostedBy('42'));
  const notMine = session('n', '2026-12-02T14:15:00Z', hostedBy('7'));
  const ids = (warning: ReturnType<typeof takeWarning>) =>
    warning.kind === 'overlaps' ? warning.sessions.map((s) => s._id) : warning.kind;

  it('finds my slots in other sessions within the display length', () => {
    expect(ids(takeWarning([target, mine, farMine, notMine], '42', target, at(60)))).toEqual(['m']);
    expect(ids(takeWarning([target, mine, farMine], '42', target, at(150)))).toEqual(['m', 'f']);
    expect(ids(takeWarning([target, mine], '7', target, at(60)))).toBe('none');
    expect(ids(takeWarning([target, mine], undefined, target, at(60)))).toBe('none');
  });

  it('asks differently for a second slot in a session I already hold a slot of', () => {
    const hosting = session('h', '2026-12-02T18:00:00Z', hostedBy('42'));
    expect(takeWarning([hosting, mine], '42', hosting, at(60))).toEqual({ kind: 'same-session' });
  });

  it('leaves out cancelled sessions and those already in progress or over', () => {
    const cancelled = session('c', '2026-12-02T14:10:00Z', { ...hostedBy('42'), cancelled: true });
    const live = session('l', '2026-12-02T11:30:00Z', hostedBy('42'));
    const early = session('e', '2026-12-02T12:30:00Z');
    expect(ids(takeWarning([early, cancelled, live], '42', early, at(60)))).toBe('none');
    // The same live session counts while it has not started yet.
    expect(
      ids(takeWarning([early, live], '42', early, { displayMinutes: 90, now: NOW - 3_600_000 })),
    ).toEqual(['l']);
  });
});

describe('slotsLostWithServer', () => {
  it('names everyone who holds a slot on the server', () => {
    const withServer = session('s', '2026-12-02T14:00:00Z', {
      host_id: '1',
      host: { exists: true, id: '1', display_name: 'Ann' },
      servers: [
        {
          _id: 'a',
          groups: [
            {
              _id: 'g',
              name: 'Trainers',
              priority: 1,
              roles: [
                { _id: 'r1', name: 'Trainer 1', user_id: '2' },
                { _id: 'r2', name: 'Trainer 2', user_id: '' },
              ],
            },
          ],
        },
      ],
    });
    expect(slotsLostWithServer(withServer, 'a')).toEqual([
      { slot: 'Host', holder: { id: '1', user: { exists: true, id: '1', display_name: 'Ann' } } },
      { slot: 'Trainer 1', holder: { id: '2' } },
    ]);
    expect(slotsLostWithServer(withServer, 'missing')).toEqual([]);
  });
});
