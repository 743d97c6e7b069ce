import type { ComponentProps, ReactNode } from 'react';
import { HyraLink } from '../features/actions/components/hyra-link';
import type { ExportMySessions as ExportMySessionsComponent } from '../features/export/components/export-my-sessions';
import type { QuotaContainer as QuotaContainerComponent } from '../features/quota/components/quota-container';
import type { HyraApi } from '../hyra/api';
import { webAppPaths } from '../hyra/contract';
import type { User } from '../hyra/schemas';
import type { DayRange } from '../features/calendar/model/views';
import { deferred } from '../ui/deferred';

// The quota panel arrives a moment after the calendar (its code is not in the first download).
const QuotaContainer = deferred<ComponentProps<typeof QuotaContainerComponent>>(
  () => import('../features/quota/components/quota-container').then((module) => module.QuotaContainer),
  <p role="status" className="text-sm text-slate-600 dark:text-slate-300">
    Loading your quota…
  </p>,
);
// The export form (wide screens only) loads after the calendar.
const ExportMySessions = deferred<ComponentProps<typeof ExportMySessionsComponent>>(() =>
  import('../features/export/components/export-my-sessions').then((module) => module.ExportMySessions),
);

/** Beside the calendar: the viewer's quota, the export of their sessions, and ad-hoc sessions. */
export function CalendarSidebar({
  api,
  me,
  zone,
  now,
  weekStartsOn,
  displayMinutes,
  exportRange,
  directory,
  canCreateAdhoc,
  hyraWebUrl,
  onShowOpenSlots,
  children,
}: {
  api: HyraApi;
  me?: string;
  zone: string;
  now: number;
  weekStartsOn: number;
  displayMinutes: number;
  /** The period the export form starts from. */
  exportRange: DayRange;
  directory: Map<string, User>;
  canCreateAdhoc: boolean;
  hyraWebUrl: string;
  onShowOpenSlots: () => void;
  /** More panels, under the quota. */
  children?: ReactNode;
}) {
  return (
    <aside aria-label="Your quota" className="min-w-0 space-y-3 lg:order-last print:hidden">
      <QuotaContainer zone={zone} now={now} weekStartsOn={weekStartsOn} onShowOpenSlots={onShowOpenSlots} />
      {children}
      <div className="hidden lg:block">
        <ExportMySessions
          key={`${exportRange.first}:${exportRange.last}`}
          api={api}
          me={me}
          zone={zone}
          displayMinutes={displayMinutes}
          directory={directory}
          initialFirst={exportRange.first}
          initialLast={exportRange.last}
        />
      </div>
      {canCreateAdhoc && (
        <p className="hidden text-sm lg:block">
          <HyraLink href={`${hyraWebUrl}${webAppPaths.workspace(api.workspaceId)}`}>
            Create an ad-hoc session in Hyra
          </HyraLink>
        </p>
      )}
    </aside>
  );
}
