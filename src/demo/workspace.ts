import type { HttpHandler } from 'msw';
import { DEMO_WORKSPACE_ID, generateWorkspace } from './generator';
import { createDemoHandlers } from './handlers';
import { SCENARIOS, type ScenarioName } from './scenarios';
import { createDemoStore } from './store';
import type { DemoStore } from './types';
import type { DemoWorkspace } from './types';

// Defined next to the generator that stamps it on the workspace; exported here for the app.
export { DEMO_WORKSPACE_ID };

/** The demo's fixed seed: every visitor sees the same workspace for the same day. */
export const DEMO_SEED = 20261129;

export interface CreateDemoWorkspaceOptions {
  /** `YYYY-MM-DD`, the UTC day the workspace is built around (default: the current UTC day). */
  today?: string;
  /**
   * When the day's workspace was first made (default: now). Which sessions are past,
   * live or still open is decided then, so a day made again later with the same
   * moment is the same day.
   */
  generatedAt?: number;
  /** The clock (default `Date.now`). */
  now?: () => number;
  /** Extra latency on every response, in ms. */
  latencyMs?: number;
  /** How to wait for latency (default msw's `delay`). */
  sleep?: (ms: number) => Promise<void>;
}

export interface DemoSetup {
  scenario: ScenarioName;
  today: string;
  /** The generated workspace (me, people, schedules; the sessions as generated). */
  workspace: DemoWorkspace;
  /** The live state; writes go here. */
  store: DemoStore;
  handlers: HttpHandler[];
}

/**
 * The demo's workspace for a scenario on a day: the fixed seed, the scenario's generator
 * options. Deterministic, so a test can build the same one to know what a fake serves.
 */
export function generateDemoWorkspace(
  scenario: ScenarioName,
  options: { today: string; now?: number; workspaceId?: string },
): DemoWorkspace {
  return generateWorkspace({
    ...SCENARIOS[scenario].generator,
    seed: DEMO_SEED,
    today: options.today,
    now: options.now,
    workspaceId: options.workspaceId ?? DEMO_WORKSPACE_ID,
  });
}

export function createDemoWorkspace(
  scenario: ScenarioName,
  options: CreateDemoWorkspaceOptions = {},
): DemoSetup {
  const now = options.now ?? (() => Date.now());
  const generatedAt = options.generatedAt ?? now();
  const today = options.today ?? new Date(generatedAt).toISOString().slice(0, 10);
  const workspace = generateDemoWorkspace(scenario, { today, now: generatedAt });
  const store = createDemoStore(workspace, { now });
  const handlers = createDemoHandlers({
    store,
    scenario,
    now,
    latencyMs: options.latencyMs,
    sleep: options.sleep,
  });
  return { scenario, today, workspace, store, handlers };
}
