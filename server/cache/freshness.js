// @ts-check
/**
 * How long a cached read stays fresh, by its distance from today: past days change rarely,
 * today and the next days often, days further ahead in between.
 */

const DAY_MS = 86_400_000;
/** Days from today (UTC) that count as "near": yesterday to a week ahead. */
const NEAR = { from: -1, to: 7 };

/**
 * @typedef {{ pastMs: number; nearMs: number; futureMs: number; staleMs: number }} FreshnessConfig
 * @typedef {'past' | 'near' | 'future'} DayClass
 */

/** @param {string} text `YYYY-M-D` @returns {number | undefined} epoch ms of that UTC day */
function dayParam(text) {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (!match) return undefined;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** @param {number} at @param {number} now */
function classOf(at, now) {
  const today = Math.floor(now / DAY_MS) * DAY_MS;
  const distance = Math.floor((at - today) / DAY_MS);
  if (distance < NEAR.from) return 'past';
  if (distance > NEAR.to) return 'future';
  return 'near';
}

/**
 * The class of a read: by its `day`, or by the days its `start`..`end` covers (the nearest
 * wins); any other read is "near".
 * @param {URLSearchParams} query
 * @param {number} now
 * @returns {DayClass}
 */
export function dayClass(query, now) {
  const day = query.get('day');
  if (day !== null) {
    const at = dayParam(day);
    return at === undefined ? 'near' : classOf(at, now);
  }
  const start = Date.parse(query.get('start') ?? '');
  const end = Date.parse(query.get('end') ?? '');
  if (!Number.isFinite(start) || !Number.isFinite(end)) return 'near';
  const first = classOf(start, now);
  const last = classOf(end, now);
  if (first === last) return first;
  return 'near';
}

/**
 * @param {FreshnessConfig} config
 * @param {DayClass} kind
 */
export function freshFor(config, kind) {
  return kind === 'past' ? config.pastMs : kind === 'future' ? config.futureMs : config.nearMs;
}
