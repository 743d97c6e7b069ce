import type { ComponentPropsWithRef } from 'react';
import { cn } from '../lib/cn';

type Variant = 'primary' | 'secondary' | 'ghost' | 'ghost-danger' | 'danger';
type Size = 'md' | 'sm';

const SIZES: Record<Size, string> = {
  md: 'min-h-9 px-3 text-sm',
  sm: 'min-h-7 px-2 text-xs',
};

const VARIANTS: Record<Variant, string> = {
  primary: 'bg-indigo-600 text-white hover:bg-indigo-700 disabled:bg-indigo-300 dark:disabled:bg-indigo-900',
  secondary:
    'border border-slate-300 bg-white text-slate-900 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700',
  ghost: 'text-slate-700 hover:bg-slate-200/70 dark:text-slate-200 dark:hover:bg-slate-800',
  'ghost-danger': 'text-rose-700 hover:bg-rose-50 dark:text-rose-300 dark:hover:bg-rose-950',
  danger: 'bg-rose-600 text-white hover:bg-rose-700',
};

export const focusRing =
  'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:focus-visible:outline-indigo-400';

export function Button({
  variant = 'secondary',
  size = 'md',
  className,
  type = 'button',
  ...props
}: ComponentPropsWithRef<'button'> & { variant?: Variant; size?: Size }) {
  return (
    <button
      type={type}
      className={cn(
        'inline-flex items-center justify-center gap-1.5 rounded-md font-medium disabled:cursor-not-allowed disabled:opacity-60',
        SIZES[size],
        focusRing,
        VARIANTS[variant],
        className,
      )}
      {...props}
    />
  );
}
