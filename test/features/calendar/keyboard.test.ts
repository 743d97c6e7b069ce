import { describe, expect, it } from 'vitest';
import { commandTarget, KEY_BINDINGS, keyCommand } from '../../../src/features/calendar/model/keyboard';

const on = (view: 'day' | 'week' | 'month' | 'agenda', onGridOrPage = true) => ({ view, onGridOrPage });

describe('keyCommand', () => {
  it('maps the period keys', () => {
    for (const key of ['n', 'j', 'PageDown'])
      expect(keyCommand(key, on('week'))).toEqual({ kind: 'period', direction: 1 });
    for (const key of ['p', 'k', 'PageUp'])
      expect(keyCommand(key, on('week'))).toEqual({ kind: 'period', direction: -1 });
    expect(keyCommand('t', on('day', false))).toEqual({ kind: 'today' });
  });

  it('moves by a day with left and right, and by a week with up and down only in the month', () => {
    expect(keyCommand('ArrowLeft', on('week'))).toEqual({ kind: 'days', amount: -1 });
    expect(keyCommand('ArrowRight', on('week'))).toEqual({ kind: 'days', amount: 1 });
    expect(keyCommand('ArrowDown', on('month'))).toEqual({ kind: 'days', amount: 7 });
    expect(keyCommand('ArrowUp', on('month'))).toEqual({ kind: 'days', amount: -7 });
    expect(keyCommand('ArrowDown', on('week'))).toBeNull();
  });

  it('goes to the edges of the week, opens help, and opens only from the grid or page', () => {
    expect(keyCommand('Home', on('month'))).toEqual({ kind: 'week-edge', edge: 'start' });
    expect(keyCommand('End', on('month'))).toEqual({ kind: 'week-edge', edge: 'end' });
    expect(keyCommand('?', on('agenda', false))).toEqual({ kind: 'help' });
    expect(keyCommand('Enter', on('month'))).toEqual({ kind: 'open-first' });
    expect(keyCommand('Enter', on('month', false))).toBeNull();
    expect(keyCommand('x', on('month'))).toBeNull();
    expect(keyCommand('Escape', on('month'))).toBeNull();
  });

  it('switches views with d, w, m and a', () => {
    expect(keyCommand('d', on('month'))).toEqual({ kind: 'view', view: 'day' });
    expect(keyCommand('w', on('month'))).toEqual({ kind: 'view', view: 'week' });
    expect(keyCommand('m', on('week'))).toEqual({ kind: 'view', view: 'month' });
    expect(keyCommand('a', on('week'))).toEqual({ kind: 'view', view: 'agenda' });
  });

  it('binds every key once', () => {
    const keys = KEY_BINDINGS.flatMap((binding) => binding.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('commandTarget', () => {
  const where = { view: 'month' as const, anchor: '2026-12-16', today: '2026-12-02', weekStartsOn: 1 };

  it('says where each moving command leads', () => {
    expect(commandTarget({ kind: 'today' }, where)).toEqual({ date: '2026-12-02' });
    expect(commandTarget({ kind: 'period', direction: 1 }, where)).toEqual({ date: '2027-01-16' });
    expect(commandTarget({ kind: 'period', direction: -1 }, { ...where, view: 'week' })).toEqual({
      date: '2026-12-09',
    });
    expect(commandTarget({ kind: 'days', amount: -7 }, where)).toEqual({ date: '2026-12-09' });
    expect(commandTarget({ kind: 'week-edge', edge: 'start' }, where)).toEqual({ date: '2026-12-14' });
    expect(commandTarget({ kind: 'week-edge', edge: 'end' }, { ...where, weekStartsOn: 0 })).toEqual({
      date: '2026-12-19',
    });
    expect(commandTarget({ kind: 'view', view: 'agenda' }, where)).toEqual({ view: 'agenda' });
  });

  it('leaves help and opening to the page', () => {
    expect(commandTarget({ kind: 'help' }, where)).toBeNull();
    expect(commandTarget({ kind: 'open-first' }, where)).toBeNull();
  });
});
