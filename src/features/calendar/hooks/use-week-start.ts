import { useEffect, useMemo } from 'react';
import { WEEK_DAYS, type WeekDayName } from '../../../hyra/contract';

const KEY = 'hyra-dashboard:week-start:';

/** The viewer's locale week start (0 = Sunday), used until Hyra says otherwise. */
export function localeWeekStart(): number {
  try {
    const locale = new Intl.Locale(navigator.language) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    const firstDay = locale.getWeekInfo?.().firstDay ?? locale.weekInfo?.firstDay;
    return firstDay === undefined ? 1 : firstDay % 7;
  } catch {
    return 1;
  }
}

function remembered(workspaceId: string): number | undefined {
  try {
    const index = WEEK_DAYS.indexOf(window.localStorage.getItem(KEY + workspaceId) as WeekDayName);
    return index >= 0 ? index : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The week start (0 = Sunday): the workspace's `week_starts_on` from the latest response,
 * remembered per workspace so the first paint after a reload already uses it.
 */
export function useWeekStart(workspaceId: string, fromApi: WeekDayName | undefined): number {
  const stored = useMemo(() => remembered(workspaceId), [workspaceId]);
  useEffect(() => {
    if (!fromApi) return;
    try {
      window.localStorage.setItem(KEY + workspaceId, fromApi);
    } catch {
      // storage full or blocked: the value still applies to this page
    }
  }, [fromApi, workspaceId]);
  return fromApi ? WEEK_DAYS.indexOf(fromApi) : (stored ?? localeWeekStart());
}
