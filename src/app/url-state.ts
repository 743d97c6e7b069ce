import { useCallback, useMemo, useSyncExternalStore } from 'react';
import {
  isCalendarView,
  switcherView,
  VIEWS,
  type CalendarView,
  type ViewOptions,
} from '../features/calendar/model/views';
import { isDay, isValidZone, type Day } from '../lib/days';

/**
 * Everything a shareable link holds: view, date, zones, filters, the open session and what
 * the view keeps of its own (the roster's span, tab and person). Connection parameters
 * (workspace, scenario, mode) are kept as they are. Anything unknown or malformed is ignored.
 */
export interface UrlState extends ViewOptions {
  /** Read: a view of the switcher. Written: any registry entry, as the switcher's view it is. */
  view?: CalendarView;
  date?: Day;
  zone?: string;
  zone2?: string;
  types: string[];
  mine: boolean;
  openForMe: boolean;
  hideCancelled: boolean;
  session?: string;
}

const OWN_KEYS = [
  'view',
  'date',
  'zone',
  'zone2',
  'types',
  'mine',
  'open',
  'hideCancelled',
  'session',
  'span',
  'tab',
  'person',
];

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  const date = params.get('date');
  const zone = params.get('zone');
  const zone2 = params.get('zone2');
  const person = params.get('person');
  return {
    view: isCalendarView(view) ? view : undefined,
    date: date && isDay(date) ? date : undefined,
    zone: zone && isValidZone(zone) ? zone : undefined,
    zone2: zone2 && isValidZone(zone2) ? zone2 : undefined,
    types: (params.get('types') ?? '').split(',').filter(Boolean),
    mine: params.get('mine') === '1',
    openForMe: params.get('open') === '1',
    hideCancelled: params.get('hideCancelled') === '1',
    session: params.get('session') || undefined,
    // The week goes unsaid: it is what the roster shows by itself.
    span: params.get('span') === 'day' ? 'day' : undefined,
    tab: params.get('tab') === 'people' ? 'people' : undefined,
    // A Roblox user ID, as Settings takes it.
    person: person && /^\d{1,20}$/.test(person) ? person : undefined,
  };
}

export function serializeUrlState(state: UrlState, currentSearch: string): string {
  const params = new URLSearchParams(currentSearch);
  for (const key of OWN_KEYS) params.delete(key);
  const view = state.view && switcherView(state.view);
  if (view) params.set('view', view);
  if (state.date) params.set('date', state.date);
  if (state.zone) params.set('zone', state.zone);
  if (state.zone2) params.set('zone2', state.zone2);
  if (state.types.length > 0) params.set('types', state.types.join(','));
  if (state.mine) params.set('mine', '1');
  if (state.openForMe) params.set('open', '1');
  if (state.hideCancelled) params.set('hideCancelled', '1');
  if (state.session) params.set('session', state.session);
  // A view's own options go with it: another view drops them (back brings them back).
  if (view && VIEWS[view].spans) {
    if (state.span === 'day') params.set('span', state.span);
    if (state.tab) params.set('tab', state.tab);
    if (state.person) params.set('person', state.person);
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}

const listeners = new Set<() => void>();
function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}
const getSearch = () => window.location.search;

/** URL state with history: each change is a new entry (back and forward work) unless `replace`. */
export function useUrlState(): [
  UrlState,
  (change: Partial<UrlState>, options?: { replace?: boolean }) => void,
] {
  const search = useSyncExternalStore(subscribe, getSearch, () => '');
  const state = useMemo(() => parseUrlState(search), [search]);
  const update = useCallback((change: Partial<UrlState>, options: { replace?: boolean } = {}) => {
    const next = { ...parseUrlState(window.location.search), ...change };
    const url = `${window.location.pathname}${serializeUrlState(next, window.location.search)}${window.location.hash}`;
    if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
    if (options.replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    for (const listener of listeners) listener();
  }, []);
  return [state, update];
}
