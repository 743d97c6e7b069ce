import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetSettingsCache } from '../src/app/settings';

afterEach(() => {
  cleanup();
});

afterEach(() => {
  window.localStorage.clear();
  window.sessionStorage.clear();
  resetSettingsCache();
});

// jsdom lacks matchMedia; the app asks it for the phone layout.
if (!window.matchMedia) {
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
