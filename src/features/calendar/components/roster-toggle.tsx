import { useEffect, useId, useRef } from 'react';
import { cn } from '../../../lib/cn';

/**
 * A row of radio buttons drawn as one segmented control (native radios: Tab reaches the
 * chosen one, the arrow keys choose, not the calendar's arrow shortcuts). With `keepFocus`, a choice that redraws the view
 * (the roster's span is another period of the page) puts the focus back on the control
 * once the new view is drawn, instead of leaving it on the page.
 */
export function RosterToggle<T extends string>({
  label,
  options,
  value,
  onChange,
  keepFocus = false,
}: {
  label: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
  keepFocus?: boolean;
}) {
  const name = useId();
  const group = useRef<HTMLDivElement>(null);
  // On mount only: the control that was chosen in is gone, or going, with the view it was in.
  useEffect(() => {
    if (!keepFocus || focusAfterRedraw !== label) return;
    const element = group.current;
    // Not in a period drawn ahead of time out of sight.
    if (!element || element.closest('[aria-hidden="true"]')) return;
    focusAfterRedraw = undefined;
    const active = document.activeElement;
    const inOldControl = active?.closest(`[role="radiogroup"][aria-label="${label}"]`);
    if (active && active !== document.body && !(inOldControl && inOldControl !== element)) return;
    element.querySelector<HTMLInputElement>('input:checked')?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on mount, as said
  }, []);
  return (
    <div
      ref={group}
      role="radiogroup"
      aria-label={label}
      className="inline-flex rounded-md border border-slate-300 p-0.5 dark:border-slate-600"
    >
      {options.map((option) => (
        <label
          key={option.value}
          className={cn(
            'relative min-h-6 rounded px-3 py-1 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-indigo-600',
            value === option.value
              ? 'bg-indigo-600 text-white'
              : 'hover:bg-slate-100 dark:hover:bg-slate-800',
          )}
        >
          <input
            type="radio"
            name={name}
            className="absolute inset-0 cursor-pointer opacity-0"
            checked={value === option.value}
            // The arrows choose here; the calendar's own arrow keys (another day) wait outside.
            onKeyDown={(event) => {
              if (event.key.startsWith('Arrow')) event.stopPropagation();
            }}
            onChange={() => {
              if (keepFocus) focusAfterRedraw = label;
              onChange(option.value);
            }}
          />
          {option.label}
        </label>
      ))}
    </div>
  );
}

/** The control whose choice is redrawing the view, to focus again once it is drawn. */
let focusAfterRedraw: string | undefined;
