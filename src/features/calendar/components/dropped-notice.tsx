import type { DroppedSession } from '../../../hyra/parse';

/** Sessions Hyra sent in a shape the dashboard cannot show: how many, and what was wrong. */
export function DroppedNotice({ dropped }: { dropped: DroppedSession[] }) {
  if (dropped.length === 0) return null;
  return (
    <div
      role="status"
      className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100"
    >
      {dropped.length === 1
        ? '1 session could not be shown'
        : `${dropped.length} sessions could not be shown`}{' '}
      because Hyra sent it in an unexpected shape.
      <details className="mt-1">
        <summary className="cursor-pointer">What was wrong</summary>
        <ul className="list-disc pl-5">
          {dropped.map((item) => (
            <li key={`${item.index}-${item.id ?? ''}-${item.problem}`} className="break-words">
              {item.problem}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
