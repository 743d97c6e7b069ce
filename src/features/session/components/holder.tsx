import { holderName, type Holder } from '../../../hyra/selectors';
import type { User } from '../../../hyra/schemas';

/** Who holds a slot: display name and @username where known, else the user ID; or "Open". */
export function HolderText({
  holder,
  directory,
  openText = 'Open',
}: {
  holder: Holder | null;
  directory: Map<string, User>;
  openText?: string;
}) {
  if (!holder)
    return <span className="font-medium text-amber-800 italic dark:text-amber-300">{openText}</span>;
  const name = holderName(holder, directory);
  return (
    <span className="min-w-0 break-words" dir="auto">
      <span className="font-medium">{name.primary}</span>
      {name.secondary && <span className="ml-1 text-slate-600 dark:text-slate-400">{name.secondary}</span>}
    </span>
  );
}
