import '@testing-library/jest-dom/vitest';
// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
// eslint-disable-next-line testing-library/no-manual-cleanup
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetSettingsCache } from '../src/lib/settings';

// Two cores run the whole suite in parallel: give findBy* queries time to see the UI settle.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});

// Node-side tests (`// @vitest-environment node`) have no window.
const browserLike = typeof window !== 'undefined';

afterEach(() => {
  if (!browserLike) return;
  window.localStorage.clear();
  window.sessionStorage.clear();
  resetSettingsCache();
});

// jsdom lacks matchMedia; the app asks it for the phone layout.
if (browserLike && !window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
