import { useId, type ReactNode } from 'react';

/** What a field hands its control: spread it onto the `<input>` (or select, textarea). */
export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

/** `stacked`: a bold label on its own line. `compact`: a plain label, for short fields side by side. */
const LOOKS = {
  stacked: { wrapper: 'space-y-1', label: 'block text-sm font-semibold' },
  compact: { wrapper: 'flex flex-col gap-0.5', label: undefined },
} as const;

const HINT = 'text-xs text-slate-600 dark:text-slate-400';
const ERROR = 'text-xs text-rose-700 dark:text-rose-300';

/**
 * A label, a control and a line of help under it, wired together: the label names the
 * control, the line describes it, and while `error` is set the line says what is wrong
 * (in the error colour) and the control is marked invalid. The control is rendered by
 * `children`, so it can sit in a row with a button.
 */
export function Field({
  label,
  hint,
  error,
  look = 'stacked',
  className,
  children,
}: {
  label: ReactNode;
  /** Shown under the control while there is no error. */
  hint?: ReactNode;
  /** Shown in place of the hint; a value here marks the control invalid. */
  error?: ReactNode;
  look?: keyof typeof LOOKS;
  /** Replaces the wrapper's classes (the look's spacing), e.g. `space-y-2`. */
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const invalid = Boolean(error);
  const line = invalid ? error : hint;
  return (
    <div className={className ?? LOOKS[look].wrapper}>
      <label htmlFor={id} className={LOOKS[look].label}>
        {label}
      </label>
      {children({
        id,
        'aria-describedby': line ? hintId : undefined,
        'aria-invalid': invalid || undefined,
      })}
      {line ? (
        <p id={hintId} className={invalid ? ERROR : HINT}>
          {line}
        </p>
      ) : null}
    </div>
  );
}
