import { createContext, useContext, useState, type ReactNode } from 'react';
import { useNow } from '../../../lib/use-now';
import { Badge } from '../../../ui/badge';
import { countdownText, countdownWords, FAST_TICK_MS, needsSeconds, SLOW_TICK_MS } from '../model/countdown';

const ClockContext = createContext<number | undefined>(undefined);

/**
 * The detail's one clock. It ticks every second only while a countdown under an hour is on
 * screen (every 30 s otherwise), and only what reads it re-renders: the detail around it is
 * passed in as `children`, which React keeps as it is.
 */
export function DetailClock({ targets, children }: { targets: readonly number[]; children: ReactNode }) {
  const [fast, setFast] = useState(() => needsSeconds(targets, Date.now()));
  const now = useNow(fast ? FAST_TICK_MS : SLOW_TICK_MS);
  const wantFast = needsSeconds(targets, now);
  if (wantFast !== fast) setFast(wantFast);
  return <ClockContext value={now}>{children}</ClockContext>;
}

function useClock(): number {
  const now = useContext(ClockContext);
  if (now === undefined) throw new Error('A countdown needs a DetailClock above it');
  return now;
}

/** "in 12:05", "in 3 h", "5 min ago": the time left until `to`, live. */
export function Countdown({ to }: { to: number }) {
  const left = to - useClock();
  return (
    <span className="text-slate-600 tabular-nums dark:text-slate-300">
      <span aria-hidden="true">{countdownText(left)}</span>
      <span className="sr-only">{countdownWords(left)}</span>
    </span>
  );
}

/** The "Locked" badge once the lock time has passed (it appears by itself while the detail is open). */
export function LockedBadge({ lock, cancelled }: { lock: number; cancelled: boolean }) {
  const now = useClock();
  return !cancelled && now >= lock ? <Badge tone="danger">Locked</Badge> : null;
}

/**
 * A polite live region that says when the server has locked, as it happens. Only heard: the
 * Locked badge and the "Server locks" line already show it.
 */
export function LockedNotice({ lock, cancelled, time }: { lock: number; cancelled: boolean; time: string }) {
  const now = useClock();
  const locked = !cancelled && now >= lock;
  return (
    // A live region from the start (so its change is announced), without the status role the
    // detail's own "no servers yet" note has.
    <p aria-live="polite" className="sr-only">
      {locked ? `Locked at ${time}: no slot can change now.` : ''}
    </p>
  );
}

/** Its children until the lock time (a locked session cannot change: nothing to watch or offer). */
export function UntilLocked({ lock, children }: { lock: number; children: ReactNode }) {
  return useClock() < lock ? children : null;
}
