import { holderName, type Holder } from '../../../hyra/selectors';
import type { User } from '../../../hyra/schemas';

/** Who holds a slot: display name and @username where known, else the user ID; or "Open". */
export function HolderText({
  holder,
  directory,
  openText = 'Open',
  me,
}: {
  holder: Holder | null;
  directory: Map<string, User>;
  openText?: string;
  /** The viewer's user ID: their own name says "You" beside it. */
  me?: string;
}) {
  if (!holder)
    return <span className="font-medium text-amber-800 italic dark:text-amber-300">{openText}</span>;
  const name = holderName(holder, directory);
  return (
    <span className="min-w-0 break-words" dir="auto">
      <bdi className="font-medium">{name.primary}</bdi>
      {name.secondary && <span className="ml-1 text-slate-600 dark:text-slate-400">{name.secondary}</span>}
      {me !== undefined && holder.id === me && (
        <span className="ml-1.5 rounded bg-indigo-700 px-1 text-xs font-bold text-white dark:bg-indigo-300 dark:text-indigo-950">
          You
        </span>
      )}
    </span>
  );
}
