import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react';
import type { Day } from '../../../lib/days';

/**
 * Keyboard focus on a day of the month grid follows the selected day (a roving tab stop),
 * within the month and into another one (each month is its own grid, see PeriodPane) once
 * that month is shown, which may be a moment later when it has to load. Call the returned
 * function before a key moves the selected day.
 */
export function useFocusFollows(periods: RefObject<HTMLElement | null>, shownKey: string, anchor: Day) {
  const follows = useRef(false);
  useLayoutEffect(() => {
    if (!follows.current) return;
    const active = document.activeElement;
    // Focus has gone somewhere else meanwhile: leave it there.
    if (active && active !== document.body && active.getAttribute('role') !== 'gridcell') {
      follows.current = false;
      return;
    }
    const cell = periods.current?.querySelector<HTMLElement>(
      `:scope > :not([aria-hidden="true"]) [role="gridcell"][data-day="${anchor}"]`,
    );
    if (!cell) return;
    if (cell !== active) cell.focus();
    follows.current = false;
  }, [periods, shownKey, anchor]);
  return useCallback(() => {
    follows.current = document.activeElement?.getAttribute('role') === 'gridcell';
  }, []);
}
