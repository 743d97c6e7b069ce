import { cn } from '../lib/cn';

export function Skeleton({ className }: { className?: string }) {
  return (
    <div
      aria-hidden="true"
      className={cn('animate-pulse rounded bg-slate-200 dark:bg-slate-800', className)}
    />
  );
}
