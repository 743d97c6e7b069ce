import {
  useEffect,
  useSyncExternalStore,
  type ComponentType,
  type ExoticComponent,
  type ReactNode,
} from 'react';
import { Button } from './button';

type Loadable<P> = ComponentType<P> | ExoticComponent<P>;

export interface DeferredComponent<P> {
  (props: P): ReactNode;
  /** Starts loading the code now (e.g. when the browser is idle), once. */
  preload: () => Promise<void>;
}

/**
 * A component whose code loads after the page, shown as soon as it is there. Not
 * `React.lazy`: content revealed after a Suspense fallback is held back by React for up
 * to 300 ms (so that reveals batch), which a panel loading in two steps (the dialog, then
 * its content) paid twice on every first open. Here nothing suspends: `fallback` shows
 * while the code loads, then the component; if loading fails (offline), a message with a
 * way to try again.
 */
export function deferred<P extends object>(
  load: () => Promise<Loadable<P>>,
  fallback: ReactNode = null,
): DeferredComponent<P> {
  let component: Loadable<P> | undefined;
  let failed = false;
  let pending: Promise<void> | undefined;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const status = () => (component ? 'loaded' : failed ? 'failed' : 'loading');

  const preload = () => {
    if (!pending) {
      failed = false;
      notify();
      pending = load().then(
        (loaded) => {
          component = loaded;
          notify();
        },
        () => {
          failed = true;
          pending = undefined;
          notify();
        },
      );
    }
    return pending ?? Promise.resolve();
  };

  function Deferred(props: P) {
    const state = useSyncExternalStore(subscribe, status, status);
    useEffect(() => {
      if (state === 'loading') void preload();
    }, [state]);
    if (component) {
      const Loaded = component as ComponentType<P>;
      return <Loaded {...props} />;
    }
    if (state === 'failed') {
      return (
        <p role="alert" className="text-sm">
          This part of the page could not be loaded (are you offline?).{' '}
          <Button size="sm" variant="ghost" onClick={() => void preload()}>
            Try again
          </Button>
        </p>
      );
    }
    return fallback;
  }
  Deferred.preload = preload;
  return Deferred;
}
