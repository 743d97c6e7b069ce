import { useState } from 'react';
import type { Session } from '../../../hyra/schemas';
import { Button } from '../../../ui/button';
import type { ExportContext } from '../model/calendar-text';
import { downloadText, safeFileName } from '../../../lib/download';

/** "Add to my calendar" for one session: an .ics file, or Google Calendar. */
export function AddToCalendar({
  session,
  context,
  googleUrl,
}: {
  session: Session;
  context: ExportContext;
  googleUrl: string;
}) {
  const [error, setError] = useState<string | null>(null);
  async function download() {
    try {
      // The calendar library loads only when someone exports.
      const { sessionsToIcs } = await import('../model/ics');
      downloadText(
        `${safeFileName(session.schedule.name)}-${session.start.slice(0, 10)}.ics`,
        sessionsToIcs([session], context),
      );
      setError(null);
    } catch (problem) {
      setError(problem instanceof Error ? problem.message : 'The calendar file could not be made.');
    }
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button onClick={() => void download()}>Add to my calendar (.ics)</Button>
      <a
        href={googleUrl}
        target="_blank"
        rel="noopener noreferrer"
        className="text-sm text-indigo-700 underline underline-offset-2 dark:text-indigo-300"
      >
        Add to Google Calendar<span className="sr-only"> (opens in a new tab)</span>
      </a>
      {error && (
        <p role="alert" className="w-full text-sm text-rose-700 dark:text-rose-300">
          {error}
        </p>
      )}
    </div>
  );
}
