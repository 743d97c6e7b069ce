import type { ReactNode } from 'react';
import { cn } from '../lib/cn';

const TONES = {
  neutral: 'bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100',
  live: 'bg-emerald-700 text-white',
  danger: 'bg-rose-100 text-rose-900 dark:bg-rose-950 dark:text-rose-100',
  info: 'bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-100',
  warn: 'bg-amber-100 text-amber-950 dark:bg-amber-950 dark:text-amber-100',
} as const;

export function Badge({
  tone = 'neutral',
  children,
  className,
}: {
  tone?: keyof typeof TONES;
  children: ReactNode;
  className?: string;
}) {
  return (
    <span
      className={cn(
        'inline-flex items-center rounded px-1.5 py-0.5 text-xs font-semibold whitespace-nowrap',
        TONES[tone],
        className,
      )}
    >
      {children}
    </span>
  );
}
