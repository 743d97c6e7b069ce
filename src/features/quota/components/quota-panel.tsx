import type { Day } from '../../../lib/days';
import { formatDay } from '../../../lib/format';
import { Button } from '../../../ui/button';
import { Meter } from '../../../ui/meter';
import { Skeleton } from '../../../ui/skeleton';
import { breakdownText, nextTakeText, usedText, type QuotaLine } from '../model/quota';

function Line({ line }: { line: QuotaLine }) {
  const noLimit = line.quota === 0;
  return (
    <div className="space-y-1">
      <div className="flex items-baseline justify-between gap-2">
        <h4 className="font-semibold">{line.label}</h4>
        <span className="text-sm tabular-nums">{usedText(line)}</span>
      </div>
      {!noLimit && (
        <Meter
          label={`${line.label} quota`}
          value={line.used}
          max={line.quota}
          valueText={`${line.used} of ${line.quota} used`}
        />
      )}
      <p className="text-sm text-slate-600 dark:text-slate-300">
        {breakdownText(line)} {nextTakeText(line)}
      </p>
    </div>
  );
}

export function QuotaPanel({
  lines,
  period,
  hasIdentity,
  loading,
  failed,
  personal = false,
  onShowOpenSlots,
}: {
  lines: QuotaLine[] | undefined;
  period: { first: Day; last: Day };
  hasIdentity: boolean;
  loading: boolean;
  /** The sessions (and so the permissions) could not be loaded. */
  failed?: boolean;
  /** Counted for the signed-in person from the loaded sessions, not Hyra's counters for the key. */
  personal?: boolean;
  onShowOpenSlots?: () => void;
}) {
  const short = lines?.some((line) => line.quota > 0 && !line.atLimit);
  return (
    <section
      aria-labelledby="quota-title"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900"
    >
      <div>
        <h3 id="quota-title" className="font-semibold">
          Your quota
        </h3>
        <p className="text-sm text-slate-600 dark:text-slate-300">
          This week: {formatDay(period.first, 'medium')} – {formatDay(period.last, 'medium')}
        </p>
      </div>
      {!lines && failed ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">
          Your quota shows once Hyra answers; the sessions of this week could not be loaded.
        </p>
      ) : loading || !lines ? (
        <div role="status" aria-label="Loading your quota" className="space-y-2">
          <Skeleton className="h-10" />
          <Skeleton className="h-10" />
        </div>
      ) : (
        <>
          {lines.map((line) => (
            <Line key={line.kind} line={line} />
          ))}
          {!hasIdentity && (
            <p className="text-sm text-amber-800 dark:text-amber-300">
              Set your Roblox user ID in settings to count the slots you have booked.
            </p>
          )}
          {personal && (
            <p className="text-xs text-slate-600 dark:text-slate-300">
              Counted from this week&rsquo;s sessions: the host and co-host slots you hold. Assumes the limit
              applies to each staff member, not to the workspace as a whole; Hyra itself counts the workspace
              key&rsquo;s claims.
            </p>
          )}
          {short && onShowOpenSlots && (
            <Button variant="secondary" className="w-full" onClick={onShowOpenSlots}>
              Show open slots I can take
            </Button>
          )}
        </>
      )}
    </section>
  );
}

/** One line for phones, a tap away from the full panel. */
export function QuotaSummary({ lines }: { lines: QuotaLine[] | undefined }) {
  if (!lines) return <>Quota…</>;
  return (
    <>
      {lines
        .map(
          (line) =>
            `${line.label} ${line.quota === 0 ? `${line.used}, no limit` : `${line.used}/${line.quota}`}`,
        )
        .join(' · ')}
    </>
  );
}
