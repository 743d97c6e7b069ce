import { useState } from 'react';
import type { RuntimeConfig } from '../hyra/runtime-config';
import { Button } from '../ui/button';
import { Sheet } from '../ui/sheet';
import { CalendarPage } from './calendar-page';
import type { Connection } from './connection';
import { SettingsPanel } from './settings-panel';

export function Shell({
  connection,
  demoUserId,
}: {
  config: RuntimeConfig;
  connection: Connection;
  demoUserId?: string;
}) {
  const [settingsOpen, setSettingsOpen] = useState(false);
  return (
    <div className="min-h-dvh overflow-x-hidden bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <a
        href="#calendar"
        className="sr-only focus:not-sr-only focus:absolute focus:z-50 focus:bg-white focus:p-2"
      >
        Skip to the calendar
      </a>
      {connection.kind === 'demo' && (
        <div
          role="note"
          aria-label="Demo data"
          className="bg-amber-100 px-4 py-1.5 text-sm text-amber-950 dark:bg-amber-900/60 dark:text-amber-50"
        >
          <strong>Demo data.</strong> A made-up workspace
          {connection.scenario !== 'default' ? ` (scenario: ${connection.scenario})` : ''}: nothing you do
          here reaches Hyra.
        </div>
      )}
      <header className="flex items-center gap-3 border-b border-slate-200 bg-white px-4 py-2 dark:border-slate-800 dark:bg-slate-900">
        <h1 className="shrink-0 text-lg font-semibold">Hyra sessions</h1>
        <span className="min-w-0 truncate text-sm text-slate-600 dark:text-slate-400">
          {connection.kind === 'demo' ? 'Demo workspace' : `Workspace ${connection.workspaceId}`}
        </span>
        <span className="flex-1" />
        <Button variant="ghost" onClick={() => setSettingsOpen(true)}>
          Settings
        </Button>
      </header>
      <main id="calendar" className="mx-auto max-w-7xl p-2 sm:p-4">
        <CalendarPage />
      </main>
      <Sheet
        open={settingsOpen}
        onOpenChange={setSettingsOpen}
        title="Settings"
        description="Kept on this device."
      >
        <SettingsPanel demoUserId={demoUserId} />
      </Sheet>
    </div>
  );
}
