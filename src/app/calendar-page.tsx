import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ComponentProps,
} from 'react';
import type { ExportMySessions as ExportMySessionsComponent } from '../features/export/components/export-my-sessions';
import { HyraLink } from '../features/actions/components/hyra-link';
import { CalendarToolbar, periodTitle } from '../features/calendar/components/calendar-toolbar';
import { FilterBar, Legend } from '../features/calendar/components/filter-bar';
import { PeriodPane, type PeriodViewProps } from '../features/calendar/components/period-view';
import { WeekStrip } from '../features/calendar/components/week-strip';
import { isFiltering, type CalendarFilters } from '../features/calendar/model/filters';
import { groupPeriod, NO_DAYS, summarisePeriod } from '../features/calendar/model/period-data';
import type { KeyCommand } from '../features/calendar/model/keyboard';
import { loadedRange, shiftAnchor, visibleRange, type CalendarView } from '../features/calendar/model/range';
import { useApi } from '../hyra/api-context';
import { MARGIN_DAYS, webAppPaths } from '../hyra/contract';
import type { WeekDayName } from '../hyra/contract';
import type { MergedSessions } from '../hyra/merge';
import { useCachedRange, useSessionsRange } from '../hyra/use-sessions';
import { addDays, dayInZone, startOfWeek, viewerZone, type Day } from '../lib/days';
import { Button } from '../ui/button';
import { deferred } from '../ui/deferred';
import { LazySheet, preloadSheet } from '../ui/lazy-sheet';
import { whenQuiet } from '../lib/schedule';
import type { SessionPanel as SessionPanelComponent } from './session-panel';
import { Toaster } from '../ui/toaster';
import { QuotaContainer } from '../features/quota/components/quota-container';
import { ErrorPanel } from '../features/connection/components/error-panel';
import { useMe } from '../lib/identity';
import { useSettings } from '../lib/settings';
import { useNow } from '../lib/use-now';
import { useSettledValue } from '../lib/use-settled-value';
import { useUrlState, type UrlState } from './url-state';
import { usePrefetchNeighbours } from '../features/calendar/hooks/use-prefetch-neighbours';
import { useCalendarKeyboard } from '../features/calendar/hooks/use-calendar-keyboard';
import { useWeekStart } from '../features/calendar/hooks/use-week-start';

// The detail panel and its actions, the shortcuts and the export form (wide screens only)
// load after the calendar; the detail panel and the dialog code as soon as the browser is
// idle, so that opening the first session does not wait for them.
const SessionPanel = deferred<ComponentProps<typeof SessionPanelComponent>>(
  () => import('./session-panel').then((module) => module.SessionPanel),
  <p role="status">Loading the session…</p>,
);
const HelpPanel = deferred<object>(
  () => import('../features/calendar/components/help-panel').then((module) => module.HelpPanel),
  <p role="status">Loading…</p>,
);
const ExportMySessions = deferred<ComponentProps<typeof ExportMySessionsComponent>>(() =>
  import('../features/export/components/export-my-sessions').then((module) => module.ExportMySessions),
);

function countOnDays(byDay: Map<Day, unknown[]>, days: Day[]) {
  return days.reduce((sum, day) => sum + (byDay.get(day)?.length ?? 0), 0);
}

/** Which period a drawn view shows: the day view shows one day of the week it loads. */
function periodKey(view: CalendarView, range: { first: Day; last: Day }, anchor: Day) {
  return view === 'day' ? `day:${anchor}` : `${view}:${range.first}:${range.last}`;
}

interface Pane {
  key: string;
  anchor: Day;
  /** The loaded range the merge belongs to. */
  first: Day;
  last: Day;
  merged: MergedSessions;
  loadingDays: ReadonlySet<Day>;
}

function defaultView(): CalendarView {
  return window.matchMedia?.('(max-width: 639px)').matches ? 'agenda' : 'week';
}

export function CalendarPage({ hyraWebUrl = 'https://hyra.io' }: { hyraWebUrl?: string }) {
  const api = useApi();
  const [url, setUrl] = useUrlState();
  const [settings] = useSettings();
  const me = useMe();
  const now = useNow();
  const [initialView] = useState(defaultView);
  const [helpOpen, setHelpOpen] = useState(false);
  // Focus goes back where it was when the shortcuts were opened (the button, or the page).
  const helpOpener = useRef<HTMLElement | null>(null);
  const openHelp = useCallback(() => {
    helpOpener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setHelpOpen(true);
  }, []);

  const zone = url.zone ?? viewerZone();
  const today = dayInZone(now, zone);
  const view = url.view ?? initialView;
  const anchor = url.date ?? today;

  // The week start comes from the data of the range it shapes: until a response says,
  // the remembered (or locale) one is used; the previous range stays shown meanwhile.
  const [apiWeekStart, setApiWeekStart] = useState<WeekDayName | undefined>();
  const weekStartsOn = useWeekStart(api.workspaceId, apiWeekStart);
  const range = visibleRange(view, anchor, weekStartsOn);
  const loaded = loadedRange(view, anchor, weekStartsOn);

  // The data follows the URL a moment later (after the new period has been painted):
  // subscribing to forty-odd days of queries is work a click should not wait for. The
  // period itself is shown at once when its days are all in the cache.
  const settledUrl = useSettledValue(url);
  const settledView = settledUrl.view ?? initialView;
  const settledAnchor = settledUrl.date ?? today;
  const settledLoaded = loadedRange(settledView, settledAnchor, weekStartsOn);
  // The export form starts from the period shown, and follows it after the paint too.
  const settledRange = visibleRange(settledView, settledAnchor, weekStartsOn);
  const state = useSessionsRange(api, settledLoaded.first, settledLoaded.last);
  if (state.merged.weekStartsOn !== undefined && state.merged.weekStartsOn !== apiWeekStart) {
    setApiWeekStart(state.merged.weekStartsOn);
  }
  const cached = useCachedRange(api, loaded.first, loaded.last);
  // What is shown: the period asked for, from the cache; else what the queries have (while
  // they load, the last period that loaded, dimmed).
  const shownRange = cached ? loaded : state;
  const merged = cached ?? state.merged;
  const isPlaceholder =
    !cached && (state.isPlaceholder || state.first !== loaded.first || state.last !== loaded.last);

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
  // The loaded days (for counts) and the shown ones: the day view shows one day of its week.
  // Both come from caches shared with the drawn periods (see PeriodView).
  const { sessions } = merged;
  const { directory, types } = summarisePeriod(merged);
  const settledDirectory = summarisePeriod(state.merged).directory;
  const { days: loadedDays, byDay } = groupPeriod(merged, {
    filters,
    me,
    now,
    zone,
    first: shownRange.first,
    last: shownRange.last,
  });
  const days = useMemo(() => (view === 'day' ? [anchor] : loadedDays), [view, anchor, loadedDays]);
  const shownCount = useMemo(() => countOnDays(byDay, days), [byDay, days]);
  // Unfiltered count of the shown days, for "N of M shown": only needed while filtering.
  const filtering = isFiltering(filters);
  const totalCount = useMemo(() => {
    if (!filtering) return shownCount;
    const shownDays = new Set(days);
    return sessions.filter((session) => shownDays.has(dayInZone(session.start, zone))).length;
  }, [filtering, shownCount, sessions, zone, days]);
  // A day is settled when its own page and its margin pages (the neighbours) are in.
  const pendingDays = cached ? NO_DAYS : state.pendingDays;
  const isPending = !cached && state.isPending;
  const isSettled = useCallback(
    (day: Day) =>
      !isPending &&
      byDay.has(day) &&
      !pendingDays.has(day) &&
      !pendingDays.has(addDays(day, -MARGIN_DAYS)) &&
      !pendingDays.has(addDays(day, MARGIN_DAYS)),
    [isPending, byDay, pendingDays],
  );
  const loadingDays = useMemo(() => {
    const loading = days.filter((day) => !isSettled(day));
    return loading.length > 0 ? new Set(loading) : NO_DAYS;
  }, [days, isSettled]);

  // The periods before and after, once prefetched, are drawn ahead of time out of sight
  // (see PeriodPane), so moving there only reveals them.
  const previousAnchor = shiftAnchor(view, anchor, -1);
  const nextAnchor = shiftAnchor(view, anchor, 1);
  const previousRange = loadedRange(view, previousAnchor, weekStartsOn);
  const nextRange = loadedRange(view, nextAnchor, weekStartsOn);
  const previousMerged = useCachedRange(api, previousRange.first, previousRange.last);
  const nextMerged = useCachedRange(api, nextRange.first, nextRange.last);
  const shownKey = periodKey(view, shownRange, anchor);
  const panes = useMemo(() => {
    const list: Pane[] = [
      { key: shownKey, anchor, first: shownRange.first, last: shownRange.last, merged, loadingDays },
    ];
    for (const [neighbourAnchor, { first, last }, neighbour] of [
      [previousAnchor, previousRange, previousMerged],
      [nextAnchor, nextRange, nextMerged],
    ] as const) {
      const key = periodKey(view, { first, last }, neighbourAnchor);
      // While the period just left is shown (dimmed), it is the shown pane.
      if (neighbour && key !== shownKey) {
        list.push({ key, anchor: neighbourAnchor, first, last, merged: neighbour, loadingDays: NO_DAYS });
      }
    }
    return list;
    // The ranges are named by their first and last days.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [
    view,
    shownKey,
    anchor,
    shownRange.first,
    shownRange.last,
    merged,
    loadingDays,
    previousAnchor,
    previousRange.first,
    previousMerged,
    nextAnchor,
    nextRange.first,
    nextMerged,
  ]);
  // Periods no longer next to the shown one go after the paint, not in the render that
  // has to paint at once.
  const settledPanes = useSettledValue(panes);
  const drawn = useMemo(() => {
    const keys = new Set(panes.map((pane) => pane.key));
    return [...panes, ...settledPanes.filter((pane) => !keys.has(pane.key))].sort((a, b) =>
      a.anchor < b.anchor ? -1 : a.anchor > b.anchor ? 1 : 0,
    );
  }, [panes, settledPanes]);

  // Once the calendar is on screen, fetch the code of the session detail in a quiet moment.
  const calendarShown = !isPending;
  useEffect(() => {
    if (!calendarShown) return;
    return whenQuiet(() => {
      void preloadSheet();
      void SessionPanel.preload();
    });
  }, [calendarShown]);

  usePrefetchNeighbours({
    ready: !state.isPending && !state.isPlaceholder && !state.isFetching && !state.error,
    view: settledView,
    anchor: settledAnchor,
    weekStartsOn,
  });

  const go = useCallback(
    (change: Partial<UrlState>, options?: { replace?: boolean }) => setUrl(change, options),
    [setUrl],
  );
  const move = useCallback(
    (direction: 1 | -1) => go({ date: shiftAnchor(view, anchor, direction) }),
    [go, view, anchor],
  );

  // Focus goes back to what opened a session when its panel closes.
  const opener = useRef<HTMLElement | null>(null);
  const openSession = useCallback(
    (id: string) => {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      go({ session: id });
    },
    [go],
  );
  const showOpenSlots = useCallback(() => go({ openForMe: true }), [go]);
  const changeFilters = useCallback(
    (next: CalendarFilters) =>
      go({
        types: next.types,
        mine: next.mine,
        openForMe: next.openForMe,
        hideCancelled: next.hideCancelled,
      }),
    [go],
  );
  const selectDay = useCallback(
    (day: Day, nextView?: 'day') => go({ date: day, ...(nextView ? { view: nextView } : {}) }),
    [go],
  );

  // Keyboard focus on a day of the month grid follows the selected day (a roving tab stop),
  // within the month and into another one (each month is its own grid, see PeriodPane)
  // once that month is shown, which may be a moment later when it has to load.
  const periodsRef = useRef<HTMLDivElement>(null);
  const focusFollows = useRef(false);
  useLayoutEffect(() => {
    if (!focusFollows.current) return;
    const active = document.activeElement;
    // Focus has gone somewhere else meanwhile: leave it there.
    if (active && active !== document.body && active.getAttribute('role') !== 'gridcell') {
      focusFollows.current = false;
      return;
    }
    const cell = periodsRef.current?.querySelector<HTMLElement>(
      `:scope > :not([aria-hidden="true"]) [role="gridcell"][data-day="${anchor}"]`,
    );
    if (!cell) return;
    if (cell !== active) cell.focus();
    focusFollows.current = false;
  }, [shownKey, anchor]);

  const runKey = useCallback(
    (command: KeyCommand) => {
      focusFollows.current = document.activeElement?.getAttribute('role') === 'gridcell';
      switch (command.kind) {
        case 'today':
          go({ date: today });
          return true;
        case 'period':
          move(command.direction);
          return true;
        case 'days':
          go({ date: addDays(anchor, command.amount) });
          return true;
        case 'week-edge': {
          const start = startOfWeek(anchor, weekStartsOn);
          go({ date: command.edge === 'start' ? start : addDays(start, 6) });
          return true;
        }
        case 'help':
          openHelp();
          return true;
        case 'open-first': {
          const first = byDay.get(anchor)?.[0];
          if (first) openSession(first._id);
          return Boolean(first);
        }
      }
    },
    [go, move, today, anchor, weekStartsOn, byDay, openSession, openHelp],
  );
  useCalendarKeyboard(view, runKey);

  const openId = url.session;
  const openedSession = openId ? sessions.find((session) => session._id === openId) : undefined;
  const stripStart = startOfWeek(anchor, weekStartsOn);
  const stripCounts = useMemo(() => {
    const counts = new Map<Day, number>();
    for (const [day, list] of byDay) if (isSettled(day)) counts.set(day, list.length);
    return counts;
  }, [byDay, isSettled]);

  const shared: Omit<PeriodViewProps, 'merged' | 'first' | 'last' | 'anchor' | 'loadingDays'> = {
    view,
    filters,
    me,
    today,
    zone,
    zone2: url.zone2,
    hour12: settings.hour12,
    now,
    displayMinutes: settings.displayMinutes,
    onOpen: openSession,
    onSelectDay: selectDay,
  };

  const title = periodTitle(view, range.first, range.last, anchor);
  const fatal = state.error && sessions.length === 0 && !state.isFetching;

  // Printing lays out the week as an agenda: switch to it, then print once it has painted.
  const printWeek = () => {
    if (view === 'agenda') {
      window.print();
      return;
    }
    const before = view;
    go({ view: 'agenda' }, { replace: true });
    window.addEventListener('afterprint', () => go({ view: before }, { replace: true }), { once: true });
    window.setTimeout(() => window.print(), 300);
  };

  const canCreateAdhoc = merged.permissions?.create_adhoc_sessions ?? false;

  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_18rem] print:block">
      <aside aria-label="Your quota" className="min-w-0 space-y-3 lg:order-last print:hidden">
        <QuotaContainer zone={zone} now={now} weekStartsOn={weekStartsOn} onShowOpenSlots={showOpenSlots} />
        <div className="hidden lg:block">
          <ExportMySessions
            key={`${settledRange.first}:${settledRange.last}`}
            api={api}
            me={me}
            zone={zone}
            displayMinutes={settings.displayMinutes}
            directory={settledDirectory}
            initialFirst={settledRange.first}
            initialLast={settledRange.last}
          />
        </div>
        {canCreateAdhoc && (
          <p className="hidden text-sm lg:block">
            <HyraLink href={`${hyraWebUrl}${webAppPaths.workspace(api.workspaceId)}`}>
              Create an ad-hoc session in Hyra
            </HyraLink>
          </p>
        )}
      </aside>
      <div className="min-w-0 space-y-3">
        <CalendarToolbar
          view={view}
          title={title}
          anchor={anchor}
          busy={isPlaceholder || (state.isFetching && !state.isPending)}
          onToday={() => go({ date: today })}
          onPrevious={() => move(-1)}
          onNext={() => move(1)}
          onDate={(day) => go({ date: day })}
          onView={(next) => go({ view: next })}
        />
        {view !== 'month' && (
          <WeekStrip
            weekStart={stripStart}
            anchor={anchor}
            today={today}
            counts={stripCounts}
            onSelect={(day) => go({ date: day })}
          />
        )}
        <FilterBar
          filters={filters}
          types={types}
          onChange={changeFilters}
          hasIdentity={Boolean(me)}
          shown={shownCount}
          total={totalCount}
        />
        <div className="flex flex-wrap items-center justify-between gap-2">
          <Legend types={types} />
          <span className="flex gap-1 print:hidden">
            <Button variant="ghost" size="sm" onClick={printWeek}>
              Print this week
            </Button>
            <Button variant="ghost" size="sm" onClick={openHelp} aria-keyshortcuts="?">
              Keyboard shortcuts
            </Button>
          </span>
        </div>
        {merged.dropped.length > 0 && (
          <div
            role="status"
            className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100"
          >
            {merged.dropped.length === 1
              ? '1 session could not be shown'
              : `${merged.dropped.length} sessions could not be shown`}{' '}
            because Hyra sent it in an unexpected shape.
            <details className="mt-1">
              <summary className="cursor-pointer">What was wrong</summary>
              <ul className="list-disc pl-5">
                {merged.dropped.map((item) => (
                  <li key={`${item.index}-${item.id ?? ''}-${item.problem}`} className="break-words">
                    {item.problem}
                  </li>
                ))}
              </ul>
            </details>
          </div>
        )}
        {state.error && !fatal && <ErrorPanel error={state.error} onRetry={state.refetch} compact />}
        {!fatal && view !== 'agenda' && loadingDays.size === 0 && shownCount === 0 && (
          <p
            role="status"
            className="rounded-md border border-dashed border-slate-300 p-3 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-300"
          >
            {totalCount > 0
              ? 'No session in this period matches the filters.'
              : `No sessions ${view === 'day' ? 'this day' : view === 'week' ? 'this week' : 'this month'}.`}
          </p>
        )}
        {fatal ? (
          <ErrorPanel error={state.error!} onRetry={state.refetch} />
        ) : (
          <div
            ref={periodsRef}
            aria-busy={isPending || isPlaceholder}
            className={isPlaceholder ? 'opacity-60 transition-opacity' : undefined}
          >
            {drawn.map(({ key, ...pane }) => (
              <PeriodPane key={key} shown={key === shownKey} {...shared} {...pane} />
            ))}
          </div>
        )}
      </div>
      <LazySheet
        open={Boolean(openId)}
        onOpenChange={(open) => !open && go({ session: undefined })}
        returnFocusTo={() => opener.current}
        title={openedSession ? openedSession.schedule.name : 'Session'}
        description={openedSession ? undefined : isPending ? 'Loading…' : 'Not found in this period'}
      >
        {openedSession ? (
          <SessionPanel
            session={openedSession}
            context={{ zone, zone2: url.zone2, hour12: settings.hour12, now, directory }}
            displayMinutes={settings.displayMinutes}
            sessionLink={`${hyraWebUrl}${webAppPaths.session(api.workspaceId, openedSession._id)}`}
            env={
              merged.permissions && {
                api,
                permissions: merged.permissions,
                me,
                now,
                zone,
                hour12: settings.hour12,
                displayMinutes: settings.displayMinutes,
                sessions,
                directory,
                webUrl: hyraWebUrl,
              }
            }
          />
        ) : isPending ? (
          <p role="status">Loading the session…</p>
        ) : (
          <p>
            This session is not in the loaded period. It may have been deleted, or the link points to another
            date.
          </p>
        )}
      </LazySheet>
      <LazySheet
        open={helpOpen}
        onOpenChange={setHelpOpen}
        returnFocusTo={() => helpOpener.current}
        title="Keyboard shortcuts"
      >
        <HelpPanel />
      </LazySheet>
      <Toaster />
    </div>
  );
}
