import { KEY_BINDINGS } from '../model/keyboard';

export function HelpPanel() {
  return (
    <div className="space-y-4 text-sm">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
        {KEY_BINDINGS.map(({ keys, names = keys, what }) => (
          <div key={what} className="contents">
            <dt className="flex flex-wrap gap-1">
              {names.map((key) => (
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
