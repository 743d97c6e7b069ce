/**
 * Browser notifications (the Notifications API) for watch alerts. Permission is asked only
 * from a click (`requestNotifications`); a browser without the API, or a permission denied,
 * is a state the UI names, not an error.
 */

export type NotificationState = 'unsupported' | 'default' | 'granted' | 'denied';

/** The words for each state, for whoever shows it. */
export const NOTIFICATION_WORDS: Record<NotificationState, string> = {
  unsupported:
    'This browser cannot show notifications: alerts appear on this page while the dashboard is open.',
  default: 'Browser notifications are off: alerts appear on this page while the dashboard is open.',
  granted: 'Browser notifications are on for watch alerts.',
  denied:
    "Browser notifications are blocked for this site. To allow them, change this site's notification setting in your browser.",
};

function api(): typeof Notification | undefined {
  return typeof globalThis.Notification === 'function' ? globalThis.Notification : undefined;
}

export function notificationState(): NotificationState {
  const Api = api();
  if (!Api) return 'unsupported';
  const permission = Api.permission;
  return permission === 'granted' || permission === 'denied' ? permission : 'default';
}

/** Asks for permission: call from a click. Resolves to the state afterwards. */
export async function requestNotifications(): Promise<NotificationState> {
  const Api = api();
  if (!Api) return 'unsupported';
  try {
    await Api.requestPermission();
  } catch {
    // Old callback-only implementations, or a browser that refuses outright: the state says.
  }
  return notificationState();
}

/**
 * Shows a notification when allowed; returns whether one was shown. Never throws. Clicking
 * it brings the dashboard's tab forward and runs `onClick` (opening the session).
 */
export function showNotification(title: string, body: string, tag: string, onClick?: () => void): boolean {
  const Api = api();
  if (!Api || notificationState() !== 'granted') return false;
  try {
    const shown = new Api(title, { body, tag });
    if (onClick) {
      shown.onclick = () => {
        window.focus();
        onClick();
        shown.close();
      };
    }
    return true;
  } catch {
    // Some mobile browsers allow notifications only from a service worker.
    return false;
  }
}
