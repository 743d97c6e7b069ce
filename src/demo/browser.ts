import type { SetupWorker } from 'msw/browser';
import { parseScenario, type ScenarioName } from './scenarios';
// The banner's scenario picker travels in this chunk: the entry loads it with the demo.
export { ScenarioPicker } from './scenario-picker';
import type { DemoStore } from './types';
import type { DemoPerson } from './types';
import { createDemoWorkspace } from './workspace';

/** sessionStorage key of a scenario's saved store: writes survive a reload in the same tab session. */
export function demoStorageKey(scenario: ScenarioName): string {
  return `hyra-demo-store:${scenario}`;
}

/** Applies the saved snapshot, if any and if it was made for the same workspace and day. */
export function loadDemoStore(store: DemoStore, storage: Storage, scenario: ScenarioName): boolean {
  let raw: string | null;
  try {
    raw = storage.getItem(demoStorageKey(scenario));
  } catch {
    return false;
  }
  if (raw === null) return false;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    json = undefined;
  }
  const restored = store.restore(json);
  if (!restored) storage.removeItem(demoStorageKey(scenario));
  return restored;
}

/** Saves after every successful write. Returns the unsubscribe function. */
export function persistDemoStore(store: DemoStore, storage: Storage, scenario: ScenarioName): () => void {
  return store.subscribe(() => {
    try {
      storage.setItem(demoStorageKey(scenario), JSON.stringify(store.snapshot()));
    } catch {
      // Storage full or blocked: the demo keeps working, it just forgets on reload.
    }
  });
}

const GENERATED_KEY = 'hyra-demo-generated-at';

/**
 * The moment today's demo was first made in this browser, remembered for the day: the
 * demo is made again on every load, and a day made from the same moment has the same
 * hosts, holders and live session, however much later the page is opened again.
 */
export function demoGeneratedAt(storage: Storage, now: number): number {
  const today = new Date(now).toISOString().slice(0, 10);
  try {
    const saved = Number(storage.getItem(GENERATED_KEY));
    if (saved > 0 && saved <= now && new Date(saved).toISOString().slice(0, 10) === today) return saved;
    storage.setItem(GENERATED_KEY, String(now));
  } catch {
    // Storage blocked: this load's moment it is.
  }
  return now;
}

export interface DemoWorker {
  worker: SetupWorker;
  store: DemoStore;
  workspaceId: string;
  /** The demo's "me": the app can prefill the user's Roblox ID with `me.id`. */
  me: DemoPerson;
  scenario: ScenarioName;
  /** Forgets this scenario's saved writes (takes effect on the next start). */
  clearSaved(): void;
}

export interface StartDemoWorkerOptions {
  /** A scenario name, e.g. from `?scenario=`; unknown names mean 'default'. */
  scenario: string;
  /** Default: window.sessionStorage. */
  storage?: Storage;
  /** Where the day's moment of making is remembered (default: window.localStorage). */
  dayStorage?: Storage;
}

/** Starts the demo: builds the workspace, restores saved writes, starts the service worker. */
export async function startDemoWorker(options: StartDemoWorkerOptions): Promise<DemoWorker> {
  const scenario = parseScenario(options.scenario);
  const storage = options.storage ?? window.sessionStorage;
  const { setupWorker } = await import('msw/browser');
  const generatedAt = demoGeneratedAt(options.dayStorage ?? window.localStorage, Date.now());
  const { store, handlers } = createDemoWorkspace(scenario, { generatedAt });
  loadDemoStore(store, storage, scenario);
  persistDemoStore(store, storage, scenario);
  const worker = setupWorker(...handlers);
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
  });
  return {
    worker,
    store,
    workspaceId: store.workspaceId,
    me: store.me,
    scenario,
    clearSaved: () => storage.removeItem(demoStorageKey(scenario)),
  };
}
