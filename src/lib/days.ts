/**
 * Calendar days as `YYYY-MM-DD` strings, with zone-free arithmetic. A day string never
 * silently means "local midnight": converting to and from instants always names a zone.
 */
import { TZDate } from '@date-fns/tz';

export type Day = string;

/** Milliseconds in a UTC day (no zone has days of another length in UTC). */
export const DAY_MS = 86_400_000;

function toUtcMs(day: Day): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

function fromUtcMs(ms: number): Day {
  return new Date(ms).toISOString().slice(0, 10);
}

export function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && fromUtcMs(toUtcMs(value)) === value;
}

export function addDays(day: Day, amount: number): Day {
  return fromUtcMs(toUtcMs(day) + amount * DAY_MS);
}

/** Days from `first` to `last`, both included. */
export function daysBetween(first: Day, last: Day): Day[] {
  const days: Day[] = [];
  for (let ms = toUtcMs(first), end = toUtcMs(last); ms <= end; ms += DAY_MS) {
    days.push(fromUtcMs(ms));
  }
  return days;
}

export function diffDays(later: Day, earlier: Day): number {
  return Math.round((toUtcMs(later) - toUtcMs(earlier)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: Day): number {
  return new Date(toUtcMs(day)).getUTCDay();
}

export function addMonths(day: Day, amount: number): Day {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7)) - 1 + amount;
  const date = Number(day.slice(8, 10));
  const lastOfTarget = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromUtcMs(Date.UTC(year, month, Math.min(date, lastOfTarget)));
}

export function startOfMonth(day: Day): Day {
  return `${day.slice(0, 7)}-01`;
}

export function endOfMonth(day: Day): Day {
  return addDays(startOfMonth(addMonths(startOfMonth(day), 1)), -1);
}

/** The first day of the week containing `day`, for a week starting on `weekStartsOn` (0 = Sunday). */
export function startOfWeek(day: Day, weekStartsOn: number): Day {
  return addDays(day, -((weekdayOf(day) - weekStartsOn + 7) % 7));
}

const OFFSET_BUCKET_MS = 15 * 60_000;
const offsetCache = new Map<string, Map<number, number>>();

/**
 * The zone's UTC offset (ms) at an instant. Offsets change only on whole quarter hours,
 * so one lookup serves a 15-minute bucket: placing thousands of sessions stays cheap.
 */
export function zoneOffset(instant: number, zone: string): number {
  let byBucket = offsetCache.get(zone);
  if (!byBucket) {
    byBucket = new Map();
    offsetCache.set(zone, byBucket);
  }
  const bucket = Math.floor(instant / OFFSET_BUCKET_MS);
  let offset = byBucket.get(bucket);
  if (offset === undefined) {
    offset = -new TZDate(bucket * OFFSET_BUCKET_MS, zone).getTimezoneOffset() * 60_000;
    byBucket.set(bucket, offset);
  }
  return offset;
}

const dayStrings = new Map<number, Day>();

/** The `YYYY-MM-DD` of a day number (days since 1970-01-01), built once per day. */
function dayOfNumber(dayNumber: number): Day {
  let day = dayStrings.get(dayNumber);
  if (day === undefined) {
    day = fromUtcMs(dayNumber * DAY_MS);
    dayStrings.set(dayNumber, day);
  }
  return day;
}

/** The calendar day an instant falls on in `zone`. */
export function dayInZone(instant: number | string, zone: string): Day {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant;
  return dayOfNumber(Math.floor((ms + zoneOffset(ms, zone)) / DAY_MS));
}

/** The instant (epoch ms) at which `day` starts in `zone`. */
export function startOfDayIn(day: Day, zone: string): number {
  return new TZDate(
    Number(day.slice(0, 4)),
    Number(day.slice(5, 7)) - 1,
    Number(day.slice(8, 10)),
    zone,
  ).getTime();
}

/** Minutes after local midnight on the wall clock of `zone`. */
export function wallMinutesIn(instant: number, zone: string): number {
  const local = instant + zoneOffset(instant, zone);
  return Math.floor((((local % DAY_MS) + DAY_MS) % DAY_MS) / 60_000);
}

/** Minutes since the start of its day in `zone` (a DST day may have 23 or 25 hours). */
export function minutesIntoDay(instant: number, zone: string): number {
  return (instant - startOfDayIn(dayInZone(instant, zone), zone)) / 60_000;
}

const zoneValidity = new Map<string, boolean>();

export function isValidZone(zone: string): boolean {
  let valid = zoneValidity.get(zone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      valid = true;
    } catch {
      valid = false;
    }
    zoneValidity.set(zone, valid);
  }
  return valid;
}

/** The viewer's own IANA zone, as the browser reports it. */
export const viewerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
