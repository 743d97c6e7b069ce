import { useState } from 'react';
import { Button } from '../../../ui/button';
import {
  NOTIFICATION_WORDS,
  notificationState,
  requestNotifications,
  type NotificationState,
} from '../model/notify';

/** Where browser notifications stand, and (while undecided) a button that asks: only on a click. */
export function NotificationControl() {
  const [state, setState] = useState<NotificationState>(notificationState);
  const [asking, setAsking] = useState(false);
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm" role="status">
      <p className="min-w-0 flex-1 text-slate-600 dark:text-slate-300">{NOTIFICATION_WORDS[state]}</p>
      {state === 'default' && (
        <Button
          size="sm"
          disabled={asking}
          onClick={() => {
            setAsking(true);
            void requestNotifications().then((next) => {
              setState(next);
              setAsking(false);
            });
          }}
        >
          Turn on browser notifications
        </Button>
      )}
    </div>
  );
}
