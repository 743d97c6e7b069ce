import { NO_PERMISSIONS } from '../hyra/parse';
import type { GeneratorOptions } from './generator';

export const SCENARIO_NAMES = [
  'default',
  'readonly',
  'empty',
  'slow',
  'flaky',
  'ratelimited',
  'huge',
  'drift',
  'live',
] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

export interface Scenario {
  name: ScenarioName;
  /** Short name for a picker. */
  label: string;
  /** One sentence for a picker. */
  description: string;
  /** Generator options on top of the workspace defaults. */
  generator?: Partial<Omit<GeneratorOptions, 'seed' | 'today' | 'now'>>;
  /** Extra latency on every request, drawn in [min, max] ms. */
  latencyMs?: readonly [number, number];
  /** Upstream rate limit, instead of HYRA_RATE_LIMIT. */
  rateLimit?: { requests: number; windowMs: number };
  /** Every 4th read and the 1st, 3rd, 5th … write answer 500. */
  flaky?: boolean;
  /** Answers in the older reference shape, with unknown extra fields and optional fields left out. */
  drift?: boolean;
  /** Other staff change the coming sessions while you watch (live.ts). */
  live?: boolean;
}

export const SCENARIOS: Record<ScenarioName, Scenario> = {
  default: {
    name: 'default',
    label: 'Default',
    description: 'A busy workspace with every permission and partly used claim limits.',
  },
  readonly: {
    name: 'readonly',
    label: 'Read-only',
    description:
      'A token with no permissions: no action is offered, the session detail says "View only", and the demo refuses taking host or co-host, assigning and servers.',
    generator: { permissions: NO_PERMISSIONS },
  },
  empty: {
    name: 'empty',
    label: 'Empty',
    description: 'A workspace with no sessions at all, and so no claims counted.',
    generator: { perDay: [0, 0] },
  },
  slow: {
    name: 'slow',
    label: 'Slow',
    description: 'Every request takes 1.5 to 3 seconds.',
    latencyMs: [1500, 3000],
  },
  flaky: {
    name: 'flaky',
    label: 'Flaky',
    description: 'Every 4th read and every other write (starting with the first) fails with a server error.',
    flaky: true,
  },
  ratelimited: {
    name: 'ratelimited',
    label: 'Rate-limited',
    description: 'Hyra allows only 10 requests a minute, then answers 429.',
    rateLimit: { requests: 10, windowMs: 60_000 },
  },
  huge: {
    name: 'huge',
    label: 'Huge',
    description: 'About 5,000 sessions a month with about 60 role slots each (±35 days).',
    generator: { perDay: [155, 175], rolesPerServer: [50, 70], maxServers: 2, daysBefore: 35, daysAfter: 35 },
  },
  drift: {
    name: 'drift',
    label: 'API drift',
    description:
      'Answers in the older reference shape, with unknown extra fields and optional fields left out.',
    drift: true,
  },
  live: {
    name: 'live',
    label: 'Live',
    description:
      'Other staff take and drop slots, change and drop hosts, and every few minutes cancel a session, in the coming sessions while you watch: one change every 20 seconds, the first one taking the next open role.',
    live: true,
  },
};

export function isScenarioName(value: unknown): value is ScenarioName {
  return typeof value === 'string' && (SCENARIO_NAMES as readonly string[]).includes(value);
}

/** A scenario name from a URL or setting; anything unknown is 'default'. */
export function parseScenario(value: string | null): ScenarioName {
  const name = value?.trim().toLowerCase() ?? '';
  return isScenarioName(name) ? name : 'default';
}
