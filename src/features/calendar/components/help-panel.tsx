export const SHORTCUTS: [keys: string[], what: string][] = [
  [['t'], 'Go to today'],
  [['n', 'j', 'Page Down'], 'Next day, week or month'],
  [['p', 'k', 'Page Up'], 'Previous day, week or month'],
  [['←', '→'], 'Previous or next day'],
  [['↑', '↓'], 'A week earlier or later (month view)'],
  [['Home', 'End'], 'First or last day of the week'],
  [['Enter'], 'Open the selected day’s first session, or the focused one'],
  [['Esc'], 'Close a panel'],
  [['?'], 'Show these shortcuts'],
];

export function HelpPanel() {
  return (
    <div className="space-y-4 text-sm">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
        {SHORTCUTS.map(([keys, what]) => (
          <div key={what} className="contents">
            <dt className="flex flex-wrap gap-1">
              {keys.map((key) => (
                <kbd
                  key={key}
                  className="rounded border border-slate-300 bg-slate-100 px-1.5 py-0.5 font-mono text-xs dark:border-slate-600 dark:bg-slate-800"
                >
                  {key}
                </kbd>
              ))}
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <p className="text-slate-600 dark:text-slate-300">
        Shortcuts work anywhere outside text fields and open panels. Every view is a link: copy the address to
        share what you see.
      </p>
    </div>
  );
}
