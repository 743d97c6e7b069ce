import { useState } from 'react';
import { Button } from '../ui/button';

const KEY = 'hyra-dashboard:first-run-hint-dismissed';

function wasDismissed() {
  try {
    return window.localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

/** A one-time tour for the demo: what to try first. Dismissed for good with one click. */
export function FirstRunHint({ demoUserId }: { demoUserId?: string }) {
  const [dismissed, setDismissed] = useState(wasDismissed);
  if (dismissed) return null;
  const dismiss = () => {
    try {
      window.localStorage.setItem(KEY, '1');
    } catch {
      // Storage blocked: it stays dismissed for this page.
    }
    setDismissed(true);
  };
  return (
    <aside
      aria-label="Getting started"
      className="mb-3 flex flex-wrap items-start gap-3 rounded-lg border border-indigo-200 bg-indigo-50 p-3 text-sm text-indigo-950 dark:border-indigo-800 dark:bg-indigo-950 dark:text-indigo-50 print:hidden"
    >
      <div className="min-w-0 flex-1 space-y-1">
        <p className="font-semibold">Welcome! A few things to try in the demo:</p>
        <ul className="list-disc space-y-0.5 pl-5">
          <li>Open a session to see its servers, role groups and who holds each role.</li>
          <li>
            Take an open slot: you are playing a staff member
            {demoUserId ? ` (Roblox user ${demoUserId})` : ''}.
          </li>
          <li>Filter to “My sessions”, switch to the month, or press ? for keyboard shortcuts.</li>
        </ul>
      </div>
      <Button variant="secondary" onClick={dismiss}>
        Got it
      </Button>
    </aside>
  );
}
