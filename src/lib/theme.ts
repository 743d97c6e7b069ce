import { useEffect } from 'react';
import type { Settings } from './settings';

const DARK_QUERY = '(prefers-color-scheme: dark)';

export function resolveTheme(theme: Settings['theme'], systemDark: boolean): 'light' | 'dark' {
  return theme === 'system' ? (systemDark ? 'dark' : 'light') : theme;
}

/** Puts the chosen theme on <html> (`dark` class), following the system when asked to. */
export function useApplyTheme(theme: Settings['theme']) {
  useEffect(() => {
    const media = window.matchMedia?.(DARK_QUERY);
    const apply = () => {
      const resolved = resolveTheme(theme, media?.matches ?? false);
      document.documentElement.classList.toggle('dark', resolved === 'dark');
    };
    apply();
    if (theme !== 'system' || !media) return;
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [theme]);
}
