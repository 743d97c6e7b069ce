/**
 * Says so when a period that has loaded shows no session: none at all (in the view's own
 * words), or none that the filters let through.
 */
export function EmptyPeriod({ empty, filteredOut }: { empty: string; filteredOut: boolean }) {
  return (
    <p
      role="status"
      className="rounded-md border border-dashed border-slate-300 p-3 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-300"
    >
      {filteredOut ? 'No session in this period matches the filters.' : empty}
    </p>
  );
}
