import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState, type ComponentProps } from 'react';
import { CalendarToolbar } from '../features/calendar/components/calendar-toolbar';
import { LoadingProgress } from '../features/calendar/components/loading-progress';
import { DroppedNotice } from '../features/calendar/components/dropped-notice';
import { EmptyPeriod } from '../features/calendar/components/empty-period';
import { FilterBar, Legend } from '../features/calendar/components/filter-bar';
import { PeriodPane, type PeriodViewProps } from '../features/calendar/components/period-view';
import { WeekStrip } from '../features/calendar/components/week-strip';
import { useCalendarKeyboard } from '../features/calendar/hooks/use-calendar-keyboard';
import { useCalendarPeriods } from '../features/calendar/hooks/use-calendar-periods';
import { useFocusFollows } from '../features/calendar/hooks/use-focus-follows';
import { usePrefetchNeighbours } from '../features/calendar/hooks/use-prefetch-neighbours';
import { printPeriod } from '../features/calendar/hooks/use-print';
import type { CalendarFilters } from '../features/calendar/model/filters';
import { commandTarget, type KeyCommand } from '../features/calendar/model/keyboard';
import { resolveView, VIEWS, type CalendarView } from '../features/calendar/model/views';
import { ErrorPanel } from '../features/connection/components/error-panel';
import type { LiveStatus as LiveStatusComponent } from '../features/calendar/components/live-status';
import type { AttentionPanel as AttentionPanelComponent } from '../features/roster/components/attention-panel';
import { useApi } from '../hyra/api-context';
import { webAppPaths } from '../hyra/contract';
import { refreshShown } from '../hyra/queries';
import type { DisplayContext } from '../hyra/display-context';
import { dayInZone, startOfWeek, viewerZone, type Day } from '../lib/days';
import { useMe } from '../lib/identity';
import { useSettings } from '../lib/settings';
import { useNow } from '../lib/use-now';
import { Button } from '../ui/button';
import { deferred } from '../ui/deferred';
import { LazySheet } from '../ui/lazy-sheet';
import { CalendarSidebar } from './calendar-sidebar';
import { SessionSheet, usePreloadSessionSheet } from './session-sheet';
import { useUrlState, type UrlState } from './url-state';

const HelpPanel = deferred<object>(
  () => import('../features/calendar/components/help-panel').then((module) => module.HelpPanel),
  <p role="status">Loading…</p>,
);

// Keeping the shown days fresh: loads with the session detail's code, after the calendar.
const LiveStatus = deferred<ComponentProps<typeof LiveStatusComponent>>(() =>
  import('./session-panel').then((module) => module.LiveStatus),
);

// Toasts come only from code that loads after the calendar (writes, watch alerts): so does their region.
const Toaster = deferred<object>(() => import('../ui/toaster').then((module) => module.Toaster));

// For people who assign: loads after the calendar.
const AttentionPanel = deferred<ComponentProps<typeof AttentionPanelComponent>>(() =>
  import('../features/roster/components/attention-panel').then((module) => module.AttentionPanel),
);

function defaultView(): CalendarView {
  return window.matchMedia?.('(max-width: 639px)').matches ? 'agenda' : 'week';
}

/** Focus goes back to what opened a panel when it closes: remember it, then act. */
function useOpener<T extends unknown[]>(open: (...args: T) => void) {
  const opener = useRef<HTMLElement | null>(null);
  const openFrom = useCallback(
    (...args: T) => {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      open(...args);
    },
    [open],
  );
  return [openFrom, () => opener.current] as const;
}

/** The calendar: where the URL says, composed from the calendar feature and its neighbours. */
export function CalendarPage({ hyraWebUrl = 'https://hyra.io' }: { hyraWebUrl?: string }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [url, setUrl] = useUrlState();
  const [settings] = useSettings();
  const me = useMe();
  const now = useNow();
  const [initialView] = useState(defaultView);
  const [helpOpen, setHelpOpen] = useState(false);

  const zone = url.zone ?? viewerZone();
  const today = dayInZone(now, zone);
  // The registry entry: the switcher's view, in the span the URL asks for (the roster's day).
  const view = resolveView(url.view ?? initialView, url.span);
  const anchor = url.date ?? today;
  // Kept by value: the URL is parsed again on every change, and drawn periods compare filters by identity.
  const typesKey = url.types.join(',');
  const filters: CalendarFilters = useMemo(
    () => ({
      types: typesKey ? typesKey.split(',') : [],
      mine: url.mine,
      openForMe: url.openForMe,
      hideCancelled: url.hideCancelled,
    }),
    [typesKey, url.mine, url.openForMe, url.hideCancelled],
  );

  const periods = useCalendarPeriods({ api, view, anchor, filters, me, now, zone });
  const { state, merged, weekStartsOn, byDay } = periods;
  const { directory, types } = periods.summary;
  const { sessions } = merged;

  usePreloadSessionSheet(!periods.isPending);
  usePrefetchNeighbours({
    ready: !state.isPending && !state.isPlaceholder && !state.isFetching && !state.error,
    view: periods.settled.view,
    anchor: periods.settled.anchor,
    weekStartsOn,
  });

  const go = useCallback(
    (change: Partial<UrlState>, options?: { replace?: boolean }) => setUrl(change, options),
    [setUrl],
  );
  const [openSession, sessionOpener] = useOpener(useCallback((id: string) => go({ session: id }), [go]));
  const [openHelp, helpOpener] = useOpener(useCallback(() => setHelpOpen(true), []));
  const showOpenSlots = useCallback(() => go({ openForMe: true }), [go]);
  const changeFilters = useCallback(
    ({ types, mine, openForMe, hideCancelled }: CalendarFilters) =>
      go({ types, mine, openForMe, hideCancelled }),
    [go],
  );
  const selectDay = useCallback(
    (day: Day, nextView?: 'day') => go({ date: day, ...(nextView ? { view: nextView } : {}) }),
    [go],
  );

  const periodsRef = useRef<HTMLDivElement>(null);
  const focusFollows = useFocusFollows(periodsRef, periods.shownKey, anchor);
  const runKey = useCallback(
    (command: KeyCommand) => {
      focusFollows();
      const target = commandTarget(command, { view, anchor, today, weekStartsOn });
      if (target) go(target);
      else if (command.kind === 'help') openHelp();
      else if (command.kind === 'refresh') void refreshShown(queryClient, api, today);
      else if (command.kind === 'open-first') {
        const first = byDay.get(anchor)?.[0];
        if (!first) return false;
        openSession(first._id);
      }
      return true;
    },
    [focusFollows, view, anchor, today, weekStartsOn, go, openHelp, queryClient, api, openSession, byDay],
  );
  useCalendarKeyboard(view, runKey);

  const definition = VIEWS[view];
  const openedSession = url.session ? sessions.find((session) => session._id === url.session) : undefined;
  const fatal = state.error && sessions.length === 0 && !state.isFetching;
  const showEmpty =
    !fatal && definition.empty !== null && periods.loadingDays.size === 0 && periods.shownCount === 0;
  const display: DisplayContext = {
    zone,
    zone2: url.zone2,
    hour12: settings.hour12,
    now,
    displayMinutes: settings.displayMinutes,
    directory,
    me,
  };
  const shared: Omit<PeriodViewProps, 'merged' | 'first' | 'last' | 'anchor' | 'loadingDays' | 'directory'> =
    {
      ...display,
      view,
      filters,
      me,
      today,
      onOpen: openSession,
      onSelectDay: selectDay,
      span: url.span,
      tab: url.tab,
      person: url.person,
      onOptions: go,
    };

  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_18rem] print:block">
      <div className="min-w-0 space-y-3">
        <CalendarToolbar
          view={view}
          title={definition.title(periods.range, anchor)}
          anchor={anchor}
          busy={periods.isPlaceholder || (state.isFetching && !state.isPending)}
          onToday={() => go({ date: today })}
          onPrevious={() => go({ date: definition.step(anchor, -1) })}
          onNext={() => go({ date: definition.step(anchor, 1) })}
          onDate={(day) => go({ date: day })}
          onView={(next) => go({ view: next })}
          status={<LiveStatus api={api} {...periods.settled.range} hour12={settings.hour12} />}
        />
        {definition.weekStrip && (
          <WeekStrip
            weekStart={startOfWeek(anchor, weekStartsOn)}
            anchor={anchor}
            today={today}
            counts={periods.settledCounts}
            onSelect={(day) => go({ date: day })}
          />
        )}
        <FilterBar
          filters={filters}
          types={types}
          onChange={changeFilters}
          hasIdentity={Boolean(me)}
          shown={periods.shownCount}
          total={periods.totalCount}
          empty={showEmpty && periods.totalCount === 0}
        />
        {/* Not on a phone: the colours are named in each session, and phones neither print nor have keys. */}
        <div className="flex flex-wrap items-center justify-between gap-2 max-sm:hidden">
          <Legend types={types} />
          <span className="flex gap-1 print:hidden">
            <Button variant="ghost" size="sm" onClick={printPeriod}>
              Print this {definition.unit}
            </Button>
            <Button variant="ghost" size="sm" onClick={openHelp} aria-keyshortcuts="?">
              Keyboard shortcuts
            </Button>
          </span>
        </div>
        <DroppedNotice dropped={merged.dropped} />
        {periods.progress && <LoadingProgress {...periods.progress} />}
        {state.error && !fatal && <ErrorPanel error={state.error} onRetry={state.refetch} compact />}
        {showEmpty && <EmptyPeriod empty={definition.empty!} filteredOut={periods.totalCount > 0} />}
        {fatal ? (
          <ErrorPanel error={state.error!} onRetry={state.refetch} />
        ) : (
          <div
            ref={periodsRef}
            aria-busy={periods.isPending || periods.isPlaceholder}
            className={periods.isPlaceholder ? 'opacity-60 transition-opacity' : undefined}
          >
            {periods.drawn.map(({ key, ...pane }) => (
              <PeriodPane key={key} shown={key === periods.shownKey} {...shared} {...pane} />
            ))}
          </div>
        )}
      </div>
      {/* After the calendar: on a phone the sessions come first (beside it from lg up). */}
      <CalendarSidebar
        api={api}
        me={me}
        zone={zone}
        now={now}
        weekStartsOn={weekStartsOn}
        displayMinutes={settings.displayMinutes}
        exportRange={periods.settled.range}
        directory={periods.settledDirectory}
        canCreateAdhoc={merged.permissions?.create_adhoc_sessions ?? false}
        hyraWebUrl={hyraWebUrl}
        onShowOpenSlots={showOpenSlots}
      >
        <AttentionPanel zone={zone} now={now} hour12={settings.hour12} onOpen={openSession} />
      </CalendarSidebar>
      <SessionSheet
        openId={url.session}
        session={openedSession}
        loading={periods.isPending}
        onClose={() => go({ session: undefined })}
        returnFocusTo={sessionOpener}
        context={display}
        sessionLink={
          openedSession && `${hyraWebUrl}${webAppPaths.session(api.workspaceId, openedSession._id)}`
        }
        env={
          merged.permissions && {
            ...display,
            api,
            permissions: merged.permissions,
            me,
            sessions,
            webUrl: hyraWebUrl,
          }
        }
      />
      <LazySheet
        open={helpOpen}
        onOpenChange={setHelpOpen}
        returnFocusTo={helpOpener}
        title="Keyboard shortcuts"
      >
        <HelpPanel />
      </LazySheet>
      <Toaster />
    </div>
  );
}
