import { describe, expect, it } from 'vitest';
import { findOverlaps, slotsLostWithServer } from '../../../src/features/actions/model/overlaps';
import { hostedBy, makeSession, noHosts } from '../../factories';

const session = (id: string, start: string, extra: Record<string, unknown> = {}) =>
  makeSession({ _id: id, start, cancelled: false, ...noHosts(), servers: [], subhosting: [], ...extra });

describe('findOverlaps', () => {
  const target = session('t', '2026-12-02T14:00:00Z');
  const mine = session('m', '2026-12-02T14:30:00Z', hostedBy('42'));
  const farMine = session('f', '2026-12-02T16:00:00Z', hostedBy('42'));
  const notMine = session('n', '2026-12-02T14:15:00Z', hostedBy('7'));

  it('finds my slots within the display length', () => {
    expect(findOverlaps([target, mine, farMine, notMine], '42', target, 60).map((s) => s._id)).toEqual(['m']);
    expect(findOverlaps([target, mine, farMine], '42', target, 150).map((s) => s._id)).toEqual(['m', 'f']);
    expect(findOverlaps([target, mine], undefined, target, 60)).toEqual([]);
  });

  it('counts a slot I already hold in the same session', () => {
    const hosting = session('h', '2026-12-02T18:00:00Z', hostedBy('42'));
    expect(findOverlaps([hosting], '42', hosting, 60).map((s) => s._id)).toEqual(['h']);
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
