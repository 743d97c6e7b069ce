import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NotificationControl } from '../../../src/features/watch/components/notification-control';
import {
  NOTIFICATION_WORDS,
  notificationState,
  requestNotifications,
  showNotification,
} from '../../../src/features/watch/model/notify';

/** A stand-in for the Notifications API: a permission, what asking turns it into, what was shown. */
function fakeNotification(permission: NotificationPermission, answer: NotificationPermission = permission) {
  const shown: { title: string; options?: NotificationOptions }[] = [];
  const instances: { onclick: (() => void) | null; close: () => void }[] = [];
  const Fake = vi.fn(function (
    this: { onclick: (() => void) | null; close: () => void },
    title: string,
    options?: NotificationOptions,
  ) {
    shown.push({ title, options });
    this.onclick = null;
    this.close = vi.fn();
    instances.push(this);
  }) as unknown as typeof Notification & { permission: NotificationPermission };
  Object.assign(Fake, {
    permission,
    requestPermission: vi.fn(async () => {
      Fake.permission = answer;
      return answer;
    }),
  });
  vi.stubGlobal('Notification', Fake);
  return { Fake, shown, instances };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('notification permission', () => {
  it('is "unsupported" without the API, and nothing is shown or asked', async () => {
    vi.stubGlobal('Notification', undefined);
    expect(notificationState()).toBe('unsupported');
    expect(showNotification('t', 'b', 'k')).toBe(false);
    expect(await requestNotifications()).toBe('unsupported');
  });

  it('shows nothing until granted, then shows with a tag', () => {
    const { shown } = fakeNotification('default');
    expect(showNotification('Slot open', 'Medic', 'ws/s1/role')).toBe(false);
    expect(shown).toEqual([]);
    fakeNotification('denied');
    expect(showNotification('Slot open', 'Medic', 'ws/s1/role')).toBe(false);
    const granted = fakeNotification('granted');
    expect(showNotification('Slot open', 'Medic', 'ws/s1/role')).toBe(true);
    expect(granted.shown).toEqual([{ title: 'Slot open', options: { body: 'Medic', tag: 'ws/s1/role' } }]);
  });

  it('brings the tab forward and opens the session when clicked, then closes', () => {
    const { instances } = fakeNotification('granted');
    const focus = vi.spyOn(window, 'focus').mockImplementation(() => {});
    const open = vi.fn();
    expect(showNotification('Slot open', 'Medic', 'ws/s1/role', open)).toBe(true);
    expect(open).not.toHaveBeenCalled();
    instances[0]!.onclick!();
    expect(focus).toHaveBeenCalled();
    expect(open).toHaveBeenCalledTimes(1);
    expect(instances[0]!.close).toHaveBeenCalled();
  });

  it('a browser that throws on `new Notification` (service-worker only) is no error', () => {
    const { Fake } = fakeNotification('granted');
    vi.mocked(Fake).mockImplementation(function () {
      throw new TypeError('Illegal constructor');
    });
    expect(showNotification('t', 'b', 'k')).toBe(false);
  });
});

describe('NotificationControl', () => {
  it('asks only when clicked, and says when it is then on', async () => {
    const { Fake } = fakeNotification('default', 'granted');
    render(<NotificationControl />);
    expect(screen.getByText(NOTIFICATION_WORDS.default)).toBeInTheDocument();
    expect(Fake.requestPermission).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Turn on browser notifications' }));
    expect(Fake.requestPermission).toHaveBeenCalledOnce();
    expect(await screen.findByText(NOTIFICATION_WORDS.granted)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Turn on browser notifications' })).not.toBeInTheDocument();
  });

  it('says how to change it when the user says no', async () => {
    fakeNotification('default', 'denied');
    render(<NotificationControl />);
    await userEvent.click(screen.getByRole('button', { name: 'Turn on browser notifications' }));
    expect(await screen.findByText(NOTIFICATION_WORDS.denied)).toBeInTheDocument();
  });

  it.each(['denied', 'unsupported'] as const)('when %s, offers no button and says so', (state) => {
    if (state === 'denied') fakeNotification('denied');
    else vi.stubGlobal('Notification', undefined);
    render(<NotificationControl />);
    expect(screen.getByText(NOTIFICATION_WORDS[state])).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
