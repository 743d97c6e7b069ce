import { formatRelative } from '../../../lib/format';

export const HOUR_MS = 60 * 60_000;
/** How often the detail's clock ticks: every second while a countdown under an hour is shown. */
export const FAST_TICK_MS = 1000;
export const SLOW_TICK_MS = 30_000;

/** Whether any of `targets` is still ahead and less than an hour away (so seconds matter). */
export function needsSeconds(targets: readonly number[], now: number): boolean {
  return targets.some((target) => target > now && target - now <= HOUR_MS);
}

/** "in 12:05" under an hour (minutes and seconds), "in 3 h" beyond, "5 min ago" once passed. */
export function countdownText(ms: number): string {
  // formatRelative reads 0 as still to come.
  if (ms <= 0) return formatRelative(Math.min(ms, -1));
  if (ms > HOUR_MS) return formatRelative(ms);
  const seconds = Math.ceil(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  return `in ${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}

/** A countdown in words for screen readers: "in 12 minutes 5 seconds". */
export function countdownWords(ms: number): string {
  if (ms <= 0 || ms > HOUR_MS) return countdownText(ms);
  const seconds = Math.ceil(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const parts = [
    minutes > 0 ? `${minutes} minute${minutes === 1 ? '' : 's'}` : '',
    rest > 0 ? `${rest} second${rest === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  return `in ${parts.join(' ')}`;
}
