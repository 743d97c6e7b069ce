import { useCallback, useState, useSyncExternalStore, type ComponentProps, type ReactNode } from 'react';
import type { RuntimeConfig } from '../hyra/runtime-config';
import { Button } from '../ui/button';
import { deferred } from '../ui/deferred';
import { LazySheet } from '../ui/lazy-sheet';
import type { ConnectScreen as ConnectScreenComponent } from '../features/connection/components/connect-screen';
import type { SettingsPanel as SettingsPanelComponent } from '../features/settings/components/settings-panel';
import { CalendarPage } from './calendar-page';
import { ConnectActionProvider } from '../features/connection/components/connect-action';
import { CONNECT_PARAM, needsToken, type Connection } from '../features/connection/model/connection';
import { useSettings } from '../lib/settings';
import { useUrlState } from './url-state';
import { tokenFor } from '../features/connection/model/token-store';
import type { FirstRunHint as FirstRunHintComponent } from './first-run-hint';
import type { WatchMenu as WatchMenuComponent } from './session-panel';
import { useApplyTheme } from '../lib/theme';
import type {
  AccountBadge as AccountBadgeComponent,
  ViewerGate as ViewerGateComponent,
} from './viewer-screens';

// Out of the first download: the sign-in screens and badge (only with sign-in), the
// demo's first-run hint, and the status banner (it appears only when something is off,
// and its code arrives a moment after the page).
const AccountBadge = deferred<ComponentProps<typeof AccountBadgeComponent>>(() =>
  import('./viewer-screens').then((module) => module.AccountBadge),
);
const ViewerGate = deferred<ComponentProps<typeof ViewerGateComponent>>(
  () => import('./viewer-screens').then((module) => module.ViewerGate),
  <p role="status">Loading…</p>,
);
const FirstRunHint = deferred<ComponentProps<typeof FirstRunHintComponent>>(() =>
  import('./first-run-hint').then((module) => module.FirstRunHint),
);
// What this browser watches (nothing shows until something is), with the session detail's code.
const WatchMenu = deferred<ComponentProps<typeof WatchMenuComponent>>(() =>
  import('./session-panel').then((module) => module.WatchMenu),
);
const StatusBanner = deferred<object>(() =>
  import('../features/connection/components/status-banner').then((module) => module.StatusBanner),
);

// Panels most visits never open load on demand.
const panelFallback = <p role="status">Loading…</p>;
const SettingsPanel = deferred<ComponentProps<typeof SettingsPanelComponent>>(
  () => import('../features/settings/components/settings-panel').then((module) => module.SettingsPanel),
  panelFallback,
);
const ConnectScreen = deferred<ComponentProps<typeof ConnectScreenComponent>>(
  () => import('../features/connection/components/connect-screen').then((module) => module.ConnectScreen),
  panelFallback,
);

const routeListeners = new Set<() => void>();

function subscribeRoute(listener: () => void) {
  routeListeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    routeListeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

const connectParamSet = () => new URLSearchParams(window.location.search).has(CONNECT_PARAM);

function urlWithConnect(open: boolean): string {
  const params = new URLSearchParams(window.location.search);
  if (open) params.set(CONNECT_PARAM, '1');
  else params.delete(CONNECT_PARAM);
  const search = params.toString();
  return `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`;
}

/**
 * The connect screen's place in history: opening it is a new entry, so Back closes it.
 * From the demo it is a new page load, so the demo's service worker is not running while
 * the connection is tested (it would answer for Hyra); closing it loads the demo again.
 */
function setConnectOpen(open: boolean, reload: boolean) {
  const url = urlWithConnect(open);
  if (reload) {
    window.location.assign(url);
    return;
  }
  const state: unknown = window.history.state;
  if (open) window.history.pushState({ connect: true }, '', url);
  else if (state && typeof state === 'object' && 'connect' in state) window.history.back();
  else window.history.replaceState(null, '', url);
  for (const listener of routeListeners) listener();
}

function useConnectRoute(reload: boolean): [boolean, () => void, () => void] {
  const open = useSyncExternalStore(subscribeRoute, connectParamSet, () => false);
  const show = useCallback(() => setConnectOpen(true, reload), [reload]);
  const hide = useCallback(() => setConnectOpen(false, reload), [reload]);
  return [open, show, hide];
}

export function Shell({
  config,
  connection,
  demoUserId,
  demo,
  apiBaseUrl,
}: {
  config: RuntimeConfig;
  connection: Connection;
  demoUserId?: string;
  demo?: ReactNode;
  apiBaseUrl?: string;
}) {
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [connectOpen, openConnect, closeConnect] = useConnectRoute(connection.kind === 'demo');
  const [settings] = useSettings();
  const [url, setUrl] = useUrlState();
  useApplyTheme(settings.theme);
  // A real workspace with no token on the server and none from the user: ask for one first.
  const [tokenMissing] = useState(() => needsToken(config, connection, tokenFor));
  const viewer = config.viewer;
  // Signed out, not on the staff, or not checkable now: the server's words instead of the data.
  const gate = viewer && viewer.status !== 'staff' && viewer.status !== 'read-only' ? viewer : undefined;
  // With sign-in the server's workspace and key are the only ones: nothing to connect.
  const showConnect = !viewer && (connectOpen || tokenMissing);
  const live = connection.kind === 'live';

  return (
    <ConnectActionProvider onOpenConnect={openConnect}>
      <div className="min-h-dvh overflow-x-hidden bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
        <a
          href="#calendar"
          className="sr-only focus:not-sr-only focus:absolute focus:z-50 focus:bg-white focus:p-2"
        >
          {showConnect ? 'Skip to the connect form' : 'Skip to the calendar'}
        </a>
        {/* Not over the connect screen: its connection test does reach Hyra. */}
        {connection.kind === 'demo' && !showConnect && (
          <div
            role="note"
            aria-label="Demo data"
            className="flex flex-wrap print:hidden items-center gap-x-3 gap-y-1 bg-amber-100 px-4 py-1.5 text-sm text-amber-950 dark:bg-amber-900/60 dark:text-amber-50"
          >
            <span>
              <strong>Demo data.</strong> A made-up workspace: nothing you do here reaches Hyra.
            </span>
            {demo}
            <button
              type="button"
              onClick={openConnect}
              className="font-semibold underline underline-offset-2 hover:no-underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-900"
            >
              Connect your workspace
            </button>
          </div>
        )}
        <header className="flex items-center gap-3 border-b print:hidden border-slate-200 bg-white px-4 py-2 dark:border-slate-800 dark:bg-slate-900">
          <h1 className="shrink-0 text-lg font-semibold">Hyra sessions</h1>
          <span
            className="hidden min-w-0 truncate text-sm text-slate-600 sm:inline dark:text-slate-400"
            title={connection.workspaceId}
          >
            {live
              ? `Workspace ${connection.workspaceId}`
              : showConnect
                ? 'No workspace connected'
                : 'Demo workspace'}
          </span>
          <span className="flex-1" />
          {!showConnect && !viewer && (
            <Button variant="ghost" onClick={openConnect}>
              {live ? 'Change workspace' : 'Connect'}
            </Button>
          )}
          {viewer?.status === 'read-only' && (
            <span className="text-sm text-slate-600 dark:text-slate-400">Read-only</span>
          )}
          {!gate && !showConnect && <WatchMenu url={url} setUrl={setUrl} />}
          {!gate && (
            <Button variant="ghost" onClick={() => setSettingsOpen(true)}>
              Settings
            </Button>
          )}
          {viewer && <AccountBadge viewer={viewer} />}
        </header>
        <StatusBanner />
        <main id="calendar" className="mx-auto max-w-7xl p-2 sm:p-4">
          {gate ? (
            <ViewerGate viewer={gate} />
          ) : showConnect ? (
            <ConnectScreen
              serverHasToken={config.serverHasToken}
              initialWorkspaceId={connection.kind === 'live' ? connection.workspaceId : undefined}
              initialMode={connection.mode}
              notice={
                tokenMissing
                  ? `This dashboard's server holds no API token, so Hyra needs yours to show workspace ${connection.workspaceId}.`
                  : undefined
              }
              onCancel={tokenMissing ? undefined : closeConnect}
              baseUrl={apiBaseUrl}
              hour12={settings.hour12}
            />
          ) : (
            <>
              {connection.kind === 'demo' && <FirstRunHint demoUserId={demoUserId} />}
              <CalendarPage hyraWebUrl={config.hyraWebUrl} />
            </>
          )}
        </main>
        <LazySheet
          open={settingsOpen}
          onOpenChange={setSettingsOpen}
          title="Settings"
          description="Kept on this device."
        >
          <SettingsPanel demoUserId={demoUserId} zones={url} onZones={setUrl} />
        </LazySheet>
      </div>
    </ConnectActionProvider>
  );
}
