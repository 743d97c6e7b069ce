import type { Day } from './days';

const cache = new Map<string, Intl.DateTimeFormat>();

/** Intl formatters are slow to build and fast to use: keep one per option set. */
function formatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let existing = cache.get(key);
  if (!existing) {
    existing = new Intl.DateTimeFormat(undefined, options);
    cache.set(key, existing);
  }
  return existing;
}

export function formatTime(instant: number | string, zone: string, hour12: boolean): string {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant;
  return formatter({ timeZone: zone, hour: 'numeric', minute: '2-digit', hour12 }).format(ms);
}

/** The zone's short name at that instant, e.g. "EST", "GMT+9". */
export function zoneAbbreviation(instant: number, zone: string): string {
  const parts = formatter({ timeZone: zone, timeZoneName: 'short' }).formatToParts(instant);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? zone;
}

/** When an instant falls, in `zone`, as the app says a session's start: "Wed, Dec 2, 14:00 UTC". */
export function formatDayAndTime(instant: number | string, zone: string, hour12: boolean): string {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant;
  // The day as formatDay's 'medium' says it, of the instant in `zone`.
  const day = formatter({ weekday: 'short', day: 'numeric', month: 'short', timeZone: zone }).format(ms);
  return `${day}, ${formatTime(ms, zone, hour12)} ${zoneAbbreviation(ms, zone)}`;
}

/** A day as a reader says it ("Wednesday 2 December 2026"): days are dates, not instants. */
export function formatDay(day: Day, style: 'long' | 'medium' | 'short' = 'long'): string {
  const options: Intl.DateTimeFormatOptions =
    style === 'long'
      ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }
      : style === 'medium'
        ? { weekday: 'short', day: 'numeric', month: 'short' }
        : { day: 'numeric', month: 'short' };
  return formatter({ ...options, timeZone: 'UTC' }).format(Date.parse(`${day}T12:00:00Z`));
}

export function formatWeekday(day: Day, style: 'short' | 'narrow' | 'long' = 'short'): string {
  return formatter({ weekday: style, timeZone: 'UTC' }).format(Date.parse(`${day}T12:00:00Z`));
}

export function formatMonth(day: Day): string {
  return formatter({ month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    Date.parse(`${day}T12:00:00Z`),
  );
}

/** "in 2 h", "in 5 min", "3 d ago". */
export function formatRelative(ms: number): string {
  const abs = Math.abs(ms);
  const minutes = Math.round(abs / 60_000);
  let text: string;
  if (minutes < 1) text = 'less than a minute';
  else if (minutes < 60) text = `${minutes} min`;
  else if (minutes < 48 * 60) text = `${Math.round(minutes / 60)} h`;
  else text = `${Math.round(minutes / 1440)} d`;
  return ms >= 0 ? `in ${text}` : `${text} ago`;
}

/** "10:42", or "10:42:05" for a wait measured in seconds. */
export function formatClock(ms: number, hour12: boolean, withSeconds = false): string {
  return formatter({
    hour: 'numeric',
    minute: '2-digit',
    ...(withSeconds ? { second: '2-digit' } : {}),
    hour12,
  }).format(ms);
}
