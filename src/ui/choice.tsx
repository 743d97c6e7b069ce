import { useId, type ComponentPropsWithRef, type ReactNode } from 'react';
import { cn } from '../lib/cn';
import { focusRing } from './button';

/**
 * A checkbox or radio button with its label beside it and a line of help under the label,
 * wired together (the label names it, the line describes it).
 */
export function Choice({
  label,
  hint,
  strong = false,
  ...input
}: Omit<ComponentPropsWithRef<'input'>, 'id' | 'className' | 'aria-describedby'> & {
  type: 'checkbox' | 'radio';
  label: ReactNode;
  hint: ReactNode;
  /** A bold label, for a choice that stands alone rather than one of a group. */
  strong?: boolean;
}) {
  const id = useId();
  return (
    <div className="flex items-start gap-2">
      <input id={id} aria-describedby={`${id}-hint`} className={cn('mt-1 size-4', focusRing)} {...input} />
      <div>
        <label htmlFor={id} className={strong ? 'text-sm font-semibold' : 'text-sm'}>
          {label}
        </label>
        <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      </div>
    </div>
  );
}
