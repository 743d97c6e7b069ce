import { memo, useMemo, useState } from 'react';
import { QuotaPanel, QuotaSummary } from './quota-panel';
import { countBooked, quotaLine } from '../model/quota';
import { useApi } from '../../../hyra/api-context';
import { useSessionsRange } from '../../../hyra/use-sessions';
import { addDays, dayInZone, startOfWeek } from '../../../lib/days';
import { Button } from '../../../ui/button';
import { LazySheet } from '../../../ui/lazy-sheet';
import { useMe } from '../../../lib/identity';

/**
 * The quota for the current period (the week from `week_starts_on` that holds today): in a
 * side column on wide screens, one line that opens the panel on phones.
 */
// Memoised: it stays put while the calendar moves from period to period.
export const QuotaContainer = memo(function QuotaContainer({
  zone,
  now,
  weekStartsOn,
  onShowOpenSlots,
}: {
  zone: string;
  now: number;
  weekStartsOn: number;
  onShowOpenSlots: () => void;
}) {
  const api = useApi();
  const me = useMe();
  const first = startOfWeek(dayInZone(now, zone), weekStartsOn);
  const period = useMemo(() => ({ first, last: addDays(first, 6) }), [first]);
  const state = useSessionsRange(api, period.first, period.last);
  const permissions = state.merged.permissions;
  const lines = useMemo(() => {
    if (!permissions) return undefined;
    return (['host', 'cohost'] as const).map((kind) =>
      quotaLine(kind, permissions, countBooked(state.merged.sessions, kind, me, now, period, zone)),
    );
  }, [permissions, state.merged.sessions, me, now, period, zone]);
  const [open, setOpen] = useState(false);
  const panel = (
    <QuotaPanel
      lines={lines}
      period={period}
      hasIdentity={Boolean(me)}
      loading={state.isPending}
      failed={Boolean(state.error)}
      onShowOpenSlots={() => {
        setOpen(false);
        onShowOpenSlots();
      }}
    />
  );
  return (
    <>
      <div className="hidden lg:block">{panel}</div>
      <div className="lg:hidden">
        <Button variant="secondary" className="w-full" onClick={() => setOpen(true)} aria-label="Your quota">
          <span className="flex w-full min-w-0 items-center justify-between gap-2">
            <span className="font-semibold">Quota</span>
            <span className="truncate tabular-nums">
              <QuotaSummary lines={lines} />
            </span>
          </span>
        </Button>
        <LazySheet open={open} onOpenChange={setOpen} title="Your quota">
          {panel}
        </LazySheet>
      </div>
    </>
  );
});
