import { startTransition, useEffect, useState } from 'react';
import { afterNextPaint } from './schedule';

/** At the latest this long after a change, even when no frame comes (a hidden tab). */
const LATEST_MS = 200;

/**
 * `value`, but caught up with only once the frame that shows the new `value` has been
 * painted, and then in a transition (which anything urgent interrupts). For work that a
 * change has to cause but that the user should not wait for, such as subscribing to the
 * queries of a period that is already on screen from the cache.
 *
 * Unlike `useDeferredValue`, whose render may come before the browser paints, this waits
 * for the paint (a frame, then a task).
 */
export function useSettledValue<T>(value: T): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(settled, value)) return;
    const settle = () => startTransition(() => setSettled(value));
    const cancelAfterPaint = afterNextPaint(settle);
    const latest = setTimeout(settle, LATEST_MS);
    return () => {
      cancelAfterPaint();
      clearTimeout(latest);
    };
  }, [settled, value]);
  return settled;
}
