import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { ScenarioName } from '../src/demo/scenarios';
import { createDemoWorkspace, type CreateDemoWorkspaceOptions, type DemoSetup } from '../src/demo/workspace';

/** Base URL the demo handlers answer under in tests (they match any origin). */
export const DEMO_TEST_BASE_URL = 'http://localhost/hyra-api';
/** The UTC day every test workspace is built around. */
export const DEMO_TEST_TODAY = '2026-12-02';
/** The fixed "now" of every test workspace (a Wednesday, noon UTC). */
export const DEMO_TEST_NOW = Date.parse('2026-12-02T12:00:00Z');

export interface DemoTestClock {
  now(): number;
  set(ms: number): void;
  advance(ms: number): void;
}

export interface UseDemoServerOptions {
  /** The scenario for every test in the file (default 'default'). */
  scenario?: ScenarioName;
  latencyMs?: number;
  sleep?: CreateDemoWorkspaceOptions['sleep'];
}

/**
 * The fake Hyra for Vitest: msw/node over a demo workspace fixed on DEMO_TEST_TODAY.
 * Each test gets a fresh workspace (store, rate limit, flaky counters) and a clock reset
 * to DEMO_TEST_NOW; `server.use(...)` overrides last for one test.
 *
 * `store`, `workspace` and `setup` are getters: read them inside a test, not at file level.
 */
export function setupDemoServer(options: UseDemoServerOptions = {}) {
  const server = setupServer();
  let time = DEMO_TEST_NOW;
  const clock: DemoTestClock = {
    now: () => time,
    set: (ms) => {
      time = ms;
    },
    advance: (ms) => {
      time += ms;
    },
  };
  const build = (scenario: ScenarioName, extra: Pick<UseDemoServerOptions, 'latencyMs' | 'sleep'> = {}) =>
    createDemoWorkspace(scenario, {
      today: DEMO_TEST_TODAY,
      now: clock.now,
      latencyMs: extra.latencyMs ?? options.latencyMs,
      sleep: extra.sleep ?? options.sleep,
    });
  let current: DemoSetup | undefined;

  function use(scenario: ScenarioName, extra?: Pick<UseDemoServerOptions, 'latencyMs' | 'sleep'>): DemoSetup {
    current = build(scenario, extra);
    server.resetHandlers(...current.handlers);
    return current;
  }

  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    clock.set(DEMO_TEST_NOW);
    use(options.scenario ?? 'default');
  });
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  const setup = () => {
    if (!current)
      throw new Error('setupDemoServer: read the demo inside a test (beforeEach has not run yet)');
    return current;
  };

  return {
    server,
    clock,
    get setup() {
      return setup();
    },
    get store() {
      return setup().store;
    },
    get workspace() {
      return setup().workspace;
    },
    /** Swaps in a fresh workspace of another scenario for the current test. */
    useScenario: use,
  };
}

/**
 * The same as setupDemoServer, under the name first asked for. It is not a React hook:
 * eslint's rules-of-hooks rejects a top-level call to it, so prefer setupDemoServer.
 */
export const useDemoServer = setupDemoServer;
