import { deferred } from '../../../ui/deferred';
import type { ErrorPanelProps } from './error-panel-body';

/**
 * A failure to load sessions, in words a user can act on. The words and the panel are their
 * own chunk, out of the first download (most visits never fail); it is fetched a moment
 * after the page, so a failure later (offline included) still shows them.
 */
export const ErrorPanel = deferred<ErrorPanelProps>(
  () => import('./error-panel-body').then((module) => module.ErrorPanelBody),
  <p role="status">Sessions could not be loaded; reading why…</p>,
);

if (typeof window !== 'undefined') {
  (window.requestIdleCallback ?? setTimeout)(() => void ErrorPanel.preload());
}
