import { describe, expect, it } from 'vitest';
import { keyCommand } from '../../../src/features/calendar/model/keyboard';

describe('keyCommand', () => {
  it('maps the period keys', () => {
    for (const key of ['n', 'j', 'PageDown'])
      expect(keyCommand(key, 'week', true)).toEqual({ kind: 'period', direction: 1 });
    for (const key of ['p', 'k', 'PageUp'])
      expect(keyCommand(key, 'week', true)).toEqual({ kind: 'period', direction: -1 });
    expect(keyCommand('t', 'day', false)).toEqual({ kind: 'today' });
  });

  it('moves by a day with left and right, and by a week with up and down only in the month', () => {
    expect(keyCommand('ArrowLeft', 'week', true)).toEqual({ kind: 'days', amount: -1 });
    expect(keyCommand('ArrowDown', 'month', true)).toEqual({ kind: 'days', amount: 7 });
    expect(keyCommand('ArrowDown', 'week', true)).toBeNull();
  });

  it('goes to the edges of the week, opens help, and opens only from the grid or page', () => {
    expect(keyCommand('Home', 'month', true)).toEqual({ kind: 'week-edge', edge: 'start' });
    expect(keyCommand('End', 'month', true)).toEqual({ kind: 'week-edge', edge: 'end' });
    expect(keyCommand('?', 'agenda', false)).toEqual({ kind: 'help' });
    expect(keyCommand('Enter', 'month', true)).toEqual({ kind: 'open-first' });
    expect(keyCommand('Enter', 'month', false)).toBeNull();
    expect(keyCommand('x', 'month', true)).toBeNull();
  });
});
