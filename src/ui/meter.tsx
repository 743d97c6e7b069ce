import { cn } from '../lib/cn';

/** A used-of-limit bar with an accessible name and value text. */
export function Meter({
  label,
  value,
  max,
  valueText,
}: {
  label: string;
  value: number;
  max: number;
  valueText: string;
}) {
  const ratio = max > 0 ? Math.min(1, value / max) : 0;
  return (
    <div
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={Math.min(value, max)}
      aria-valuetext={valueText}
      className="h-2 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
    >
      <div
        className={cn('h-full rounded-full', ratio >= 1 ? 'bg-emerald-600' : 'bg-indigo-600')}
        style={{ width: `${ratio * 100}%` }}
      />
    </div>
  );
}
