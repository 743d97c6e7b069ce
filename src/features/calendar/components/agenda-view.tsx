import { useEffect, useRef, useState } from 'react';
import { Button } from '../../../ui/button';
import { deferred } from '../../../ui/deferred';
import { usePrinting } from '../hooks/use-print';
import { agendaDays, agendaIsVirtual } from '../model/agenda-rows';
import type { AgendaRow } from '../model/agenda-window';
import { AgendaHeading, DayLoading, EndedFold, NoSessions } from './agenda-parts';
import { SessionItem } from './session-item';
import type { AgendaListProps } from './agenda-list';
import type { ViewProps } from './view-props';

/** A long agenda (thousands of sessions) draws only the rows in sight; its code loads when needed. */
const AgendaList = deferred<AgendaListProps>(
  () => import('./agenda-list').then((module) => module.AgendaList),
  <p role="status">Loading the agenda…</p>,
);

/** A list across days: the default on phones. */
export function AgendaView(props: ViewProps) {
  const { days, byDay, loadingDays, today, anchor, onOpen } = props;
  const list = useRef<HTMLDivElement>(null);
  const shownAnchor = useRef(anchor);
  // The days of the week already past (before today and the selected day) fold away,
  // except on paper: printing unfolds them.
  const [showPast, setShowPast] = useState(false);
  // Today's sessions already over fold away too, so what is still to come leads.
  const [showEnded, setShowEnded] = useState(false);
  const printing = usePrinting() || Boolean(props.printing);
  const { past, shown } = agendaDays({
    days,
    byDay,
    loadingDays,
    today,
    anchor,
    now: props.now,
    displayMinutes: props.displayMinutes,
    showPast,
    showEnded,
    printing,
  });
  const virtual = agendaIsVirtual(shown, printing);
  // When the user picks another day of the list, bring it into view (not on first paint,
  // which keeps the toolbar in sight). The virtual list does it itself.
  useEffect(() => {
    if (shownAnchor.current === anchor) return;
    shownAnchor.current = anchor;
    if (virtual) return;
    list.current?.querySelector(`[data-day="${anchor}"]`)?.scrollIntoView?.({ block: 'start' });
  }, [anchor, virtual]);
  return (
    <div ref={list} className="space-y-5">
      {past > 0 && (
        <Button variant="ghost" size="sm" className="print:hidden" onClick={() => setShowPast(true)}>
          Show {past} earlier {past === 1 ? 'day' : 'days'} of this week
        </Button>
      )}
      {virtual ? (
        <AgendaList
          shown={shown}
          anchor={anchor}
          renderRow={(row: AgendaRow) => {
            switch (row.kind) {
              case 'day':
                return <AgendaHeading day={row.day} anchor={anchor} today={today} className="static mb-0" />;
              case 'ended':
                return <EndedFold count={row.count} onShow={() => setShowEnded(true)} />;
              case 'loading':
                return <DayLoading day={row.day} />;
              case 'empty':
                return <NoSessions />;
              case 'session':
                return <SessionItem session={row.session} context={props} onOpen={onOpen} />;
            }
          }}
        />
      ) : (
        shown.map(({ day, all, sessions, ended, loading }) => (
          <section key={day} aria-labelledby={`agenda-${day}`} data-day={day}>
            <AgendaHeading day={day} anchor={anchor} today={today} />
            {ended > 0 && <EndedFold count={ended} onShow={() => setShowEnded(true)} />}
            {loading ? (
              <DayLoading day={day} />
            ) : all.length === 0 ? (
              <NoSessions />
            ) : (
              <ul className="space-y-2">
                {sessions.map((session) => (
                  <li key={session._id}>
                    <SessionItem session={session} context={props} onOpen={onOpen} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))
      )}
    </div>
  );
}
