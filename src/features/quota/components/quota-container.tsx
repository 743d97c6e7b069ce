import { memo, useMemo, useState } from 'react';
import { QuotaPanel, QuotaSummary } from './quota-panel';
import { countBooked, countHeld, personalQuotaLine, quotaLine } from '../model/quota';
import { useApi } from '../../../hyra/api-context';
import { useSessionsRange } from '../../../hyra/use-sessions';
import { addDays, dayInZone, startOfWeek } from '../../../lib/days';
import { Button } from '../../../ui/button';
import { LazySheet } from '../../../ui/lazy-sheet';
import { useMe, useSignedIn } from '../../../lib/identity';
import { QUOTA_LIMIT_PER_PERSON } from '../../../hyra/contract';
import { hasSlotICouldTake } from '../../../hyra/permissions';

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
  // Signed in, the key's counters are not this person's: count their own slots instead.
  const personal = Boolean(useSignedIn()) && QUOTA_LIMIT_PER_PERSON;
  const first = startOfWeek(dayInZone(now, zone), weekStartsOn);
  const period = useMemo(() => ({ first, last: addDays(first, 6) }), [first]);
  const state = useSessionsRange(api, period.first, period.last);
  const permissions = state.merged.permissions;
  const lines = useMemo(() => {
    if (!permissions) return undefined;
    return (['host', 'cohost'] as const).map((kind) => {
      const booked = countBooked(state.merged.sessions, kind, me, now, period, zone);
      return personal
        ? personalQuotaLine(
            kind,
            permissions,
            countHeld(state.merged.sessions, kind, me, period, zone),
            booked,
          )
        : quotaLine(kind, permissions, booked);
    });
  }, [permissions, state.merged.sessions, me, now, period, zone, personal]);
  // "Show open slots I can take" only when this week has one (an empty workspace has none).
  const canTake = useMemo(
    () =>
      permissions
        ? state.merged.sessions.some((session) => hasSlotICouldTake(permissions, session, me, now))
        : false,
    [permissions, state.merged.sessions, me, now],
  );
  const [open, setOpen] = useState(false);
  const panel = (
    <QuotaPanel
      lines={lines}
      period={period}
      hasIdentity={Boolean(me)}
      personal={personal}
      loading={state.isPending}
      failed={Boolean(state.error)}
      onShowOpenSlots={
        canTake
          ? () => {
              setOpen(false);
              onShowOpenSlots();
            }
          : undefined
      }
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
