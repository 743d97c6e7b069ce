/**
 * How far a period's days have come in ("18 of 44 days"), while a big period loads a day at
 * a time: the days already in are drawn as they arrive, this says how many are still to come.
 * A progress bar for the eye and for assistive technology, its words in a polite status.
 */
export function LoadingProgress({ done, total }: { done: number; total: number }) {
  const words = `${done} of ${total} days`;
  return (
    <div className="flex items-center gap-2 text-xs text-slate-600 tabular-nums dark:text-slate-300 print:hidden">
      <div
        role="progressbar"
        aria-label="Loading sessions"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={words}
        className="h-1.5 w-32 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
      >
        <div className="h-full rounded-full bg-indigo-600" style={{ width: `${(done / total) * 100}%` }} />
      </div>
      <span role="status">Loading sessions: {words}</span>
    </div>
  );
}
