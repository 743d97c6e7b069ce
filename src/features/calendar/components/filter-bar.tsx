import { cn } from '../../../lib/cn';
import { typeColor } from '../../../lib/colors';
import { Button, focusRing } from '../../../ui/button';
import { memo, useId, useRef, useState } from 'react';
import { isFiltering, NO_FILTERS, type CalendarFilters } from '../model/filters';

function Toggle({
  checked,
  onChange,
  label,
  hint,
}: {
  checked: boolean;
  onChange: (on: boolean) => void;
  label: string;
  hint?: string;
}) {
  return (
    <label
      className="inline-flex cursor-pointer items-center gap-1.5 rounded-md px-2 py-1 text-sm hover:bg-slate-200/60 dark:hover:bg-slate-800"
      title={hint}
    >
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        className={cn('size-4 accent-indigo-600', focusRing)}
      />
      {label}
    </label>
  );
}

export function FilterBar({
  filters,
  types,
  onChange,
  hasIdentity,
  shown,
  total,
  empty = false,
}: {
  filters: CalendarFilters;
  types: { id: string; name: string }[];
  onChange: (filters: CalendarFilters) => void;
  hasIdentity: boolean;
  shown: number;
  total: number;
  /** The period has loaded and holds no session: no filter can help (one already on stays, to clear). */
  empty?: boolean;
}) {
  const selected = new Set(filters.types);
  const popoverId = useId();
  const trigger = useRef<HTMLButtonElement>(null);
  const [place, setPlace] = useState({ top: 0, left: 0 });
  // A ticked box is a shown type; no types chosen means all are shown.
  const [unfoldedOnPhone, setUnfoldedOnPhone] = useState(false);
  const toggled = filters.mine || filters.openForMe || filters.hideCancelled;
  const isShown = (id: string) => selected.size === 0 || selected.has(id);
  if (empty && !isFiltering(filters)) return null;
  const toggleType = (id: string) => {
    const next = new Set(selected.size === 0 ? types.map((type) => type.id) : selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    const all = types.every((type) => next.has(type.id));
    onChange({ ...filters, types: all ? [] : [...next] });
  };
  return (
    <div
      className="flex flex-wrap items-center gap-x-1 gap-y-1 print:hidden"
      role="group"
      aria-label="Filters"
    >
      <Button
        ref={trigger}
        variant="secondary"
        popoverTarget={popoverId}
        aria-label={`Session types: ${selected.size === 0 ? 'all' : `${selected.size} of ${types.length} shown`}`}
      >
        Types: {selected.size === 0 ? 'all' : `${selected.size} of ${types.length}`}
      </Button>
      {/* The platform's popover: light dismiss, Escape, top layer and focus order, no library. */}
      <div
        id={popoverId}
        popover="auto"
        onToggle={(event) => {
          const rect = trigger.current?.getBoundingClientRect();
          if (event.newState === 'open' && rect) {
            setPlace({
              top: rect.bottom + 4,
              left: Math.max(8, Math.min(rect.left, window.innerWidth - 296)),
            });
          }
        }}
        style={{ top: place.top, left: place.left, right: 'auto', bottom: 'auto' }}
        className="fixed m-0 w-72 rounded-lg border border-slate-200 bg-white p-2 text-slate-900 shadow-lg dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        <fieldset>
          <legend className="mb-1 px-1 text-sm font-semibold">Show session types</legend>
          {types.length === 0 && (
            <p className="px-1 text-sm text-slate-500 dark:text-slate-400">No sessions loaded yet.</p>
          )}
          {types.map((type) => (
            <label
              key={type.id}
              className="flex cursor-pointer items-center gap-2 rounded px-1 py-1 text-sm hover:bg-slate-100 dark:hover:bg-slate-800"
            >
              <input
                type="checkbox"
                checked={isShown(type.id)}
                onChange={() => toggleType(type.id)}
                className="size-4 accent-indigo-600"
              />
              <span
                aria-hidden="true"
                className={cn('size-3 shrink-0 rounded-sm', typeColor(type.id).swatch)}
              />
              <span className="truncate">{type.name}</span>
            </label>
          ))}
        </fieldset>
        {selected.size > 0 && (
          <Button variant="ghost" className="mt-1 w-full" onClick={() => onChange({ ...filters, types: [] })}>
            Show all types
          </Button>
        )}
      </div>
      <Button
        variant="ghost"
        className={cn('sm:hidden', toggled && 'hidden')}
        aria-expanded={unfoldedOnPhone}
        onClick={() => setUnfoldedOnPhone((open) => !open)}
      >
        {unfoldedOnPhone ? 'Fewer filters' : 'More filters'}
      </Button>
      {/* On a phone these fold behind "More filters" (unless one is on): the sessions come first. */}
      <span className={cn('contents', !toggled && !unfoldedOnPhone && 'max-sm:hidden')}>
        <Toggle
          checked={filters.mine}
          onChange={(mine) => onChange({ ...filters, mine })}
          label="My sessions"
          hint={hasIdentity ? undefined : 'Set your Roblox user ID in settings'}
        />
        <Toggle
          checked={filters.openForMe}
          onChange={(openForMe) => onChange({ ...filters, openForMe })}
          label="Open slots I can take"
        />
        <Toggle
          checked={filters.hideCancelled}
          onChange={(hideCancelled) => onChange({ ...filters, hideCancelled })}
          label="Hide cancelled"
        />
      </span>
      {isFiltering(filters) && (
        <>
          <span className="px-2 text-sm text-slate-600 tabular-nums dark:text-slate-300" role="status">
            {shown} of {total} sessions shown
          </span>
          <Button variant="ghost" onClick={() => onChange(NO_FILTERS)}>
            Clear filters
          </Button>
        </>
      )}
      {filters.mine && !hasIdentity && (
        <p className="w-full text-sm text-amber-800 dark:text-amber-300">
          Set your Roblox user ID in settings to see your sessions.
        </p>
      )}
    </div>
  );
}

// Memoised: moving between periods mostly keeps the same types.
export const Legend = memo(function Legend({ types }: { types: { id: string; name: string }[] }) {
  if (types.length === 0) return null;
  return (
    <ul
      aria-label="Session types"
      className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-700 dark:text-slate-300"
    >
      {types.map((type) => (
        <li key={type.id} className="flex min-w-0 items-center gap-1">
          <span
            aria-hidden="true"
            className={cn('size-2.5 shrink-0 rounded-sm', typeColor(type.id).swatch)}
          />
          <span className="max-w-48 truncate">{type.name}</span>
        </li>
      ))}
    </ul>
  );
});
