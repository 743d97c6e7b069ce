/**
 * One colour per session type, the same everywhere: a stable hash of the schedule ID
 * picks from a palette whose text colours pass contrast in light and dark themes; a type
 * whose colour is already taken moves to the next free one, and keeps it for the page's life.
 */
export const PALETTE = [
  {
    swatch: 'bg-indigo-500',
    border: 'border-indigo-500',
    block: 'bg-indigo-100 text-indigo-950 dark:bg-indigo-950 dark:text-indigo-50',
  },
  {
    swatch: 'bg-emerald-500',
    border: 'border-emerald-600',
    block: 'bg-emerald-100 text-emerald-950 dark:bg-emerald-950 dark:text-emerald-50',
  },
  {
    swatch: 'bg-amber-500',
    border: 'border-amber-500',
    block: 'bg-amber-100 text-amber-950 dark:bg-amber-950 dark:text-amber-50',
  },
  {
    swatch: 'bg-rose-500',
    border: 'border-rose-500',
    block: 'bg-rose-100 text-rose-950 dark:bg-rose-950 dark:text-rose-50',
  },
  {
    swatch: 'bg-sky-500',
    border: 'border-sky-500',
    block: 'bg-sky-100 text-sky-950 dark:bg-sky-950 dark:text-sky-50',
  },
  {
    swatch: 'bg-orange-500',
    border: 'border-orange-500',
    block: 'bg-orange-100 text-orange-950 dark:bg-orange-950 dark:text-orange-50',
  },
  {
    swatch: 'bg-fuchsia-500',
    border: 'border-fuchsia-500',
    block: 'bg-fuchsia-100 text-fuchsia-950 dark:bg-fuchsia-950 dark:text-fuchsia-50',
  },
  {
    swatch: 'bg-lime-600',
    border: 'border-lime-600',
    block: 'bg-lime-100 text-lime-950 dark:bg-lime-950 dark:text-lime-50',
  },
] as const;

export type TypeColor = (typeof PALETTE)[number];

export function hashString(value: string): number {
  let hash = 2166136261;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return hash >>> 0;
}

const assigned = new Map<string, number>();
const used = new Set<number>();

export function typeColor(typeId: string): TypeColor {
  let slot = assigned.get(typeId);
  if (slot === undefined) {
    const home = hashString(typeId) % PALETTE.length;
    slot = home;
    for (let i = 0; i < PALETTE.length; i++) {
      const candidate = (home + i) % PALETTE.length;
      if (!used.has(candidate)) {
        slot = candidate;
        break;
      }
    }
    assigned.set(typeId, slot);
    used.add(slot);
  }
  return PALETTE[slot]!;
}
