import { lazy, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { HyraLink } from '../features/actions/components/hyra-link';
import { ExportMySessions } from '../features/export/components/export-my-sessions';
import { AgendaView } from '../features/calendar/components/agenda-view';
import { CalendarToolbar, periodTitle } from '../features/calendar/components/calendar-toolbar';
import { FilterBar, Legend } from '../features/calendar/components/filter-bar';
import { MonthView } from '../features/calendar/components/month-view';
import { TimeGrid } from '../features/calendar/components/time-grid';
import type { ViewProps } from '../features/calendar/components/view-props';
import { WeekStrip } from '../features/calendar/components/week-strip';
import {
  isFiltering,
  selectSessionTypes,
  sessionFilter,
  type CalendarFilters,
} from '../features/calendar/model/filters';
import { groupByDay } from '../features/calendar/model/group-by-day';
import type { KeyCommand } from '../features/calendar/model/keyboard';
import { loadedRange, shiftAnchor, visibleRange, type CalendarView } from '../features/calendar/model/range';
import { useApi } from '../hyra/api-context';
import { MARGIN_DAYS, webAppPaths } from '../hyra/contract';
import type { WeekDayName } from '../hyra/parse';
import { buildDirectory } from '../hyra/selectors';
import { useSessionsRange } from '../hyra/use-sessions';
import { addDays, dayInZone, daysBetween, startOfWeek, type Day } from '../lib/days';
import { Button } from '../ui/button';
import { LazySheet } from '../ui/lazy-sheet';
import { HelpPanel } from './help-panel';
import { Toaster } from '../ui/toaster';
import { QuotaContainer } from './quota-container';
import { ErrorPanel } from './error-panel';
import { useMe } from './identity';
import { useSettings } from './settings';
import { useNow } from './use-now';
import { useUrlState, type UrlState } from './url-state';
import { usePrefetchNeighbours } from './use-prefetch-neighbours';
import { useCalendarKeyboard } from './use-calendar-keyboard';
import { useWeekStart } from './week-start';

// The detail panel and its actions load when a session is first opened.
const SessionPanel = lazy(() =>
  import('./session-panel').then((module) => ({ default: module.SessionPanel })),
);

export const viewerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

function countOnDays(byDay: Map<Day, unknown[]>, days: Day[]) {
  return days.reduce((sum, day) => sum + (byDay.get(day)?.length ?? 0), 0);
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
  const state = useSessionsRange(api, loaded.first, loaded.last);
  if (state.merged.weekStartsOn !== undefined && state.merged.weekStartsOn !== apiWeekStart) {
    setApiWeekStart(state.merged.weekStartsOn);
  }

  const filters: CalendarFilters = useMemo(
    () => ({ types: url.types, mine: url.mine, openForMe: url.openForMe, hideCancelled: url.hideCancelled }),
    [url.types, url.mine, url.openForMe, url.hideCancelled],
  );
  // The loaded days (for counts) and the shown ones: the day view shows one day of its week.
  const loadedDays = useMemo(() => daysBetween(state.first, state.last), [state.first, state.last]);
  const days = useMemo(() => (view === 'day' ? [anchor] : loadedDays), [view, anchor, loadedDays]);
  const { sessions } = state.merged;
  const directory = useMemo(() => buildDirectory(sessions), [sessions]);
  const types = useMemo(() => selectSessionTypes(sessions), [sessions]);
  const visible = useMemo(() => {
    const keep = sessionFilter(filters, { me, permissions: state.merged.permissions, now });
    return sessions.filter(keep);
  }, [sessions, filters, me, state.merged.permissions, now]);
  const byDay = useMemo(() => groupByDay(visible, zone, loadedDays), [visible, zone, loadedDays]);
  const shownCount = useMemo(() => countOnDays(byDay, days), [byDay, days]);
  // Unfiltered count of the shown days, for "N of M shown": only needed while filtering.
  const filtering = isFiltering(filters);
  const totalCount = useMemo(() => {
    if (!filtering) return shownCount;
    const shownDays = new Set(days);
    return sessions.filter((session) => shownDays.has(dayInZone(session.start, zone))).length;
  }, [filtering, shownCount, sessions, zone, days]);
  // A day is settled when its own page and its margin pages (the neighbours) are in.
  const { pendingDays } = state;
  const isSettled = useCallback(
    (day: Day) =>
      !state.isPending &&
      byDay.has(day) &&
      !pendingDays.has(day) &&
      !pendingDays.has(addDays(day, -MARGIN_DAYS)) &&
      !pendingDays.has(addDays(day, MARGIN_DAYS)),
    [state.isPending, byDay, pendingDays],
  );
  const loadingDays = useMemo(() => new Set(days.filter((day) => !isSettled(day))), [days, isSettled]);

  usePrefetchNeighbours({
    ready: !state.isPending && !state.isPlaceholder && !state.isFetching && !state.error,
    view,
    anchor,
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
  const selectDay = useCallback(
    (day: Day, nextView?: 'day') => go({ date: day, ...(nextView ? { view: nextView } : {}) }),
    [go],
  );

  const runKey = useCallback(
    (command: KeyCommand) => {
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
          setHelpOpen(true);
          return true;
        case 'open-first': {
          const first = byDay.get(anchor)?.[0];
          if (first) openSession(first._id);
          return Boolean(first);
        }
      }
    },
    [go, move, today, anchor, weekStartsOn, byDay, openSession],
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

  const viewProps: ViewProps = {
    days,
    byDay,
    loadingDays,
    anchor,
    today,
    zone,
    zone2: url.zone2,
    hour12: settings.hour12,
    now,
    displayMinutes: settings.displayMinutes,
    directory,
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

  const canCreateAdhoc = state.merged.permissions?.create_adhoc_sessions ?? false;

  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_18rem] print:block">
      <aside aria-label="Your quota" className="min-w-0 space-y-3 lg:order-last print:hidden">
        <QuotaContainer
          zone={zone}
          now={now}
          weekStartsOn={weekStartsOn}
          onShowOpenSlots={() => go({ openForMe: true })}
        />
        <div className="hidden lg:block">
          <ExportMySessions
            key={`${range.first}:${range.last}`}
            api={api}
            me={me}
            zone={zone}
            displayMinutes={settings.displayMinutes}
            directory={directory}
            initialFirst={range.first}
            initialLast={range.last}
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
          busy={state.isPlaceholder || (state.isFetching && !state.isPending)}
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
          onChange={(next) =>
            go({
              types: next.types,
              mine: next.mine,
              openForMe: next.openForMe,
              hideCancelled: next.hideCancelled,
            })
          }
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
            <Button variant="ghost" size="sm" onClick={() => setHelpOpen(true)} aria-keyshortcuts="?">
              Keyboard shortcuts
            </Button>
          </span>
        </div>
        {state.merged.dropped.length > 0 && (
          <div
            role="status"
            className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100"
          >
            {state.merged.dropped.length === 1
              ? '1 session could not be shown'
              : `${state.merged.dropped.length} sessions could not be shown`}{' '}
            because Hyra sent it in an unexpected shape.
            <details className="mt-1">
              <summary className="cursor-pointer">What was wrong</summary>
              <ul className="list-disc pl-5">
                {state.merged.dropped.map((item) => (
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
            aria-busy={state.isPending || state.isPlaceholder}
            className={state.isPlaceholder ? 'opacity-60 transition-opacity' : undefined}
          >
            {view === 'month' ? (
              <MonthView {...viewProps} />
            ) : view === 'agenda' ? (
              <AgendaView {...viewProps} />
            ) : (
              <TimeGrid {...viewProps} />
            )}
          </div>
        )}
      </div>
      <LazySheet
        open={Boolean(openId)}
        onOpenChange={(open) => !open && go({ session: undefined })}
        returnFocusTo={() => opener.current}
        title={openedSession ? openedSession.schedule.name : 'Session'}
        description={openedSession ? undefined : state.isPending ? 'Loading…' : 'Not found in this period'}
      >
        {openedSession ? (
          <Suspense fallback={<p role="status">Loading the session…</p>}>
            <SessionPanel
              session={openedSession}
              context={{ zone, zone2: url.zone2, hour12: settings.hour12, now, directory }}
              displayMinutes={settings.displayMinutes}
              sessionLink={`${hyraWebUrl}${webAppPaths.session(api.workspaceId, openedSession._id)}`}
              env={
                state.merged.permissions && {
                  api,
                  permissions: state.merged.permissions,
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
          </Suspense>
        ) : state.isPending ? (
          <p role="status">Loading the session…</p>
        ) : (
          <p>
            This session is not in the loaded period. It may have been deleted, or the link points to another
            date.
          </p>
        )}
      </LazySheet>
      <LazySheet open={helpOpen} onOpenChange={setHelpOpen} title="Keyboard shortcuts">
        <HelpPanel />
      </LazySheet>
      <Toaster />
    </div>
  );
}
