// Signed in through the dashboard's server: "me" is the server's person, the permissions
// shown are the key's narrowed to what the role allows, the quota is the person's own.
import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { restrictApi } from '../../src/app/app';
import { CalendarPage } from '../../src/app/calendar-page';
import { SettingsPanel } from '../../src/features/settings/components/settings-panel';
import { SessionSchema, type Session } from '../../src/hyra/schemas';
import { holdsAnySlot, selectCoHost, selectServers } from '../../src/hyra/selectors';
import { clearToasts } from '../../src/ui/toaster';
import { DEMO_TEST_NOW, setupDemoServer } from '../demo-server';
import { freezeNow, renderWithApp, testApi } from '../render-app';

const demo = setupDemoServer();
afterEach(() => {
  vi.useRealTimers();
  act(() => clearToasts());
});

const FLAGS = [
  'self_assign_host',
  'assign_host',
  'self_assign_cohost',
  'assign_cohost',
  'assign_roles',
  'create_report',
  'delete_sessions',
  'delete_adhoc_sessions',
  'cancel_sessions',
  'create_adhoc_sessions',
];
const STAFF_ALLOWS = Object.fromEntries(FLAGS.map((flag) => [flag, flag.startsWith('self_assign_')]));
const ADMIN_ALLOWS = Object.fromEntries(FLAGS.map((flag) => [flag, true]));

const DAYS = ['2026-12-02', '2026-12-03', '2026-12-04'];
function upcoming(): Session[] {
  return DAYS.flatMap((day) => demo.store.sessionsOnDay(day))
    .map((raw) => SessionSchema.parse(raw))
    .filter((s) => !s.cancelled && Date.parse(s.start) > DEMO_TEST_NOW + 3_600_000);
}
const person = () => ({ id: demo.store.me.id, name: 'Ava Rivera' });

async function openAs(allows: Record<string, boolean>, session: Session) {
  freezeNow();
  const view = renderWithApp(<CalendarPage />, {
    url: `/?zone=UTC&view=week&date=${session.start.slice(0, 10)}&session=${session._id}`,
    api: restrictApi(testApi(), allows),
    signedIn: person(),
  });
  const dialog = await screen.findByRole('dialog', { name: session.schedule.name });
  await within(dialog).findByText('Server unlocks');
  return { ...view, dialog };
}

const openCoHost = () =>
  upcoming().find(
    (s) =>
      selectServers(s).length > 0 &&
      !s.schedule.disable_cohost &&
      !selectCoHost(s) &&
      !holdsAnySlot(s, demo.store.me.id),
  )!;

describe('signed in as staff', () => {
  it('takes a slot for themselves, with no way to assign others, manage servers or open admin links', async () => {
    const { user, dialog } = await openAs(STAFF_ALLOWS, openCoHost());
    expect(within(dialog).queryByRole('button', { name: /^Assign/ })).not.toBeInTheDocument();
    expect(
      within(dialog).queryByRole('button', { name: /^(Create a server|Delete server)/ }),
    ).not.toBeInTheDocument();
    expect(within(dialog).queryByRole('link', { name: /in Hyra/ })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Take Co-host of server 1' }));
    expect(await screen.findByText('Took Co-host')).toBeInTheDocument();
  });

  it("counts the person's own slots for the quota and says what that assumes", async () => {
    freezeNow();
    renderWithApp(<CalendarPage />, {
      url: '/?zone=UTC&view=week&date=2026-12-02',
      api: restrictApi(testApi(), STAFF_ALLOWS),
      signedIn: person(),
    });
    const panel = await screen.findByRole('region', { name: 'Your quota' });
    expect(
      await within(panel).findByText(/Assumes the limit applies to each staff member/),
    ).toBeInTheDocument();
    expect(
      within(panel).queryByText('Set your Roblox user ID in settings to count the slots you have booked.'),
    ).not.toBeInTheDocument();
  });
});

describe('signed in as admin', () => {
  it('keeps assigning, servers and the links into Hyra', async () => {
    const { dialog } = await openAs(ADMIN_ALLOWS, openCoHost());
    expect(within(dialog).getAllByRole('button', { name: /^Assign/ }).length).toBeGreaterThan(0);
    expect(within(dialog).getByRole('button', { name: 'Delete server 1' })).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: /Cancel in Hyra/ })).toBeInTheDocument();
  });
});

describe('settings when signed in', () => {
  it('shows the signed-in account instead of a typed-in Roblox ID', () => {
    renderWithApp(<SettingsPanel zones={{}} onZones={() => {}} />, { signedIn: person() });
    expect(screen.queryByLabelText('Your Roblox user ID')).not.toBeInTheDocument();
    expect(screen.getByText(/Signed in as/)).toHaveTextContent(
      `Signed in as Ava Rivera (Roblox user ${person().id})`,
    );
  });
});
