import { act, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CalendarPage } from '../../src/app/calendar-page';
import { SessionSchema, type Session } from '../../src/hyra/schemas';
import { holdsAnySlot, selectCoHost, selectServers } from '../../src/hyra/selectors';
import { clearToasts } from '../../src/ui/toaster';
import { DEMO_TEST_BASE_URL, DEMO_TEST_NOW, setupDemoServer } from '../demo-server';
import { hostedBy } from '../factories';
import { freezeNow, renderWithApp } from '../render-app';

const demo = setupDemoServer();
afterEach(() => {
  vi.useRealTimers();
  act(() => clearToasts());
});

const DAYS = ['2026-12-02', '2026-12-03', '2026-12-04'];
function upcoming(): Session[] {
  return DAYS.flatMap((day) => demo.store.sessionsOnDay(day))
    .map((raw) => SessionSchema.parse(raw))
    .filter((s) => !s.cancelled && Date.parse(s.start) > DEMO_TEST_NOW + 3_600_000);
}
const me = () => demo.store.me.id;

async function openSession(session: Session) {
  freezeNow();
  const view = renderWithApp(<CalendarPage />, {
    url: `/?zone=UTC&view=week&date=${session.start.slice(0, 10)}&session=${session._id}`,
    presetUserId: me(),
  });
  const dialog = await screen.findByRole('dialog', { name: session.schedule.name });
  await within(dialog).findByText('Server unlocks');
  return { ...view, dialog };
}

describe('quota panel', () => {
  it('shows used, limit, what remains, the period and a named meter', async () => {
    freezeNow();
    renderWithApp(<CalendarPage />, { url: '/?zone=UTC&view=week&date=2026-12-02', presetUserId: me() });
    const panel = await screen.findByRole('region', { name: 'Your quota' });
    const { host_quota, host_quota_used } = demo.store.permissions();
    await within(panel).findByText(
      `${host_quota_used} of ${host_quota} used · ${host_quota - host_quota_used} left`,
    );
    // A meter's value is its aria-valuenow (toHaveValue is for form fields).
    // eslint-disable-next-line jest-dom/prefer-to-have-value
    expect(within(panel).getByRole('meter', { name: 'Host quota' })).toHaveAttribute(
      'aria-valuenow',
      String(host_quota_used),
    );
    expect(within(panel).getByText(/This week:/)).toBeInTheDocument();
    expect(within(panel).getAllByText(/ done, \d+ booked\. /)).toHaveLength(2);
  });

  it('reads a quota of 0 as "no limit set"', async () => {
    demo.server.use(
      http.get(`${DEMO_TEST_BASE_URL}/activity/sessions/:ws`, () =>
        HttpResponse.json({
          permissions: { ...demo.store.permissions(), host_quota: 0, cohost_quota: 0 },
          events: [],
        }),
      ),
    );
    freezeNow();
    renderWithApp(<CalendarPage />, { url: '/?zone=UTC&view=week&date=2026-12-02', presetUserId: me() });
    const panel = await screen.findByRole('region', { name: 'Your quota' });
    expect(await within(panel).findAllByText(/used · no limit set$/)).toHaveLength(2);
    expect(within(panel).queryByRole('meter')).not.toBeInTheDocument();
  });
});

/** Makes me the host of `clash` and moves it to `start`, in every answer the demo gives. */
function putMeOnAt(clash: Session, start: string) {
  demo.server.use(
    http.get(`${DEMO_TEST_BASE_URL}/activity/sessions/:ws`, ({ request }) => {
      const day = new URL(request.url).searchParams.get('day')!;
      const iso = `${day.split('-')[0]}-${day.split('-')[1]!.padStart(2, '0')}-${day.split('-')[2]!.padStart(2, '0')}`;
      const events = demo.store
        .sessionsOnDay(iso)
        .map((raw) => (raw._id === clash._id ? { ...raw, start, ...hostedBy(me()) } : raw));
      return HttpResponse.json({ permissions: demo.store.permissions(), events, week_starts_on: 'monday' });
    }),
  );
}

describe('taking and assigning', () => {
  it('takes an open co-host slot at once and keeps it after the refetch', async () => {
    const target = upcoming().find(
      (s) => s.servers.length > 0 && !s.schedule.disable_cohost && !selectCoHost(s) && !holdsAnySlot(s, me()),
    )!;
    const { user, dialog } = await openSession(target);
    await user.click(within(dialog).getByRole('button', { name: 'Take Co-host of server 1' }));
    expect(await screen.findByText('Took Co-host')).toBeInTheDocument();
    const stored = SessionSchema.parse(demo.store.session(target._id));
    expect(selectCoHost(stored)?.id).toBe(me());
    expect(
      within(dialog).queryByRole('button', { name: 'Take Co-host of server 1' }),
    ).not.toBeInTheDocument();
  });

  it('assigns a role to someone by user ID and shows their name', async () => {
    const target = upcoming().find((s) =>
      selectServers(s).some((server) => server.groups.some((g) => g.roles.some((r) => !r.holder))),
    )!;
    const server = selectServers(target).find((v) => v.groups.some((g) => g.roles.some((r) => !r.holder)))!;
    const role = server.groups.flatMap((g) => g.roles).find((r) => !r.holder)!;
    const person = demo.store.people.find((p) => p.id !== me())!;
    const { user, dialog } = await openSession(target);
    await user.click(within(dialog).getAllByRole('button', { name: `Assign \u2068${role.name}\u2069` })[0]!);
    const assign = await screen.findByRole('dialog', { name: `Assign \u2068${role.name}\u2069` });
    await user.type(within(assign).getByLabelText('Roblox user ID'), 'abc');
    await user.click(within(assign).getByRole('button', { name: 'Assign' }));
    expect(within(assign).getByText('A Roblox user ID is digits only.')).toBeInTheDocument();
    await user.clear(within(assign).getByLabelText('Roblox user ID'));
    await user.type(within(assign).getByLabelText('Roblox user ID'), person.id);
    await user.click(within(assign).getByRole('button', { name: 'Assign' }));
    expect(await screen.findByText('Assigned the slot')).toBeInTheDocument();
    const stored = selectServers(SessionSchema.parse(demo.store.session(target._id)));
    const roles = stored.flatMap((s) => s.groups.flatMap((g) => g.roles));
    expect(roles.some((r) => r.roleId === role.roleId && r.holder?.id === person.id)).toBe(true);
  });

  it('rolls a failed write back and says why', async () => {
    const target = upcoming().find(
      (s) => s.servers.length > 0 && !s.schedule.disable_cohost && !selectCoHost(s) && !holdsAnySlot(s, me()),
    )!;
    demo.server.use(
      http.patch(`${DEMO_TEST_BASE_URL}/activity/sessions/:ws/:id/change`, () =>
        HttpResponse.json(
          { statusCode: 500, error: 'Internal Server Error', message: 'database down' },
          { status: 500 },
        ),
      ),
    );
    const { user, dialog } = await openSession(target);
    await user.click(within(dialog).getByRole('button', { name: 'Take Co-host of server 1' }));
    await screen.findByText(/Not saved/);
    const alert = screen.getAllByRole('alert').find((element) => /Not saved/.test(element.textContent ?? ''));
    expect(alert).toHaveTextContent('database down');
    expect(alert).toHaveTextContent('The change was undone.');
    expect(await within(dialog).findByRole('button', { name: 'Take Co-host of server 1' })).toBeEnabled();
  });

  it('says "someone else took it" when the refetch shows another holder', async () => {
    const target = upcoming().find(
      (s) => s.servers.length > 0 && !s.schedule.disable_cohost && !selectCoHost(s) && !holdsAnySlot(s, me()),
    )!;
    const other = demo.store.people.find((p) => p.id !== me())!;
    demo.server.use(
      http.patch(`${DEMO_TEST_BASE_URL}/activity/sessions/:ws/:id/change`, () => {
        demo.store.change(target._id, { prop: 'cohost', value: other.id });
        return HttpResponse.json({});
      }),
    );
    const { user, dialog } = await openSession(target);
    await user.click(within(dialog).getByRole('button', { name: 'Take Co-host of server 1' }));
    expect(await screen.findByText('Someone else took it')).toBeInTheDocument();
    expect(
      screen.getByText(new RegExp(`now held by \u2068${other.display_name ?? other.username}\u2069`)),
    ).toBeInTheDocument();
  });

  it('warns before taking a slot that overlaps one I hold', async () => {
    const target = upcoming().find(
      (s) => s.servers.length > 0 && !s.schedule.disable_cohost && !selectCoHost(s) && !holdsAnySlot(s, me()),
    )!;
    const clash = upcoming().find((s) => s._id !== target._id && !s.cancelled)!;
    putMeOnAt(clash, target.start);
    const { user, dialog } = await openSession(target);
    await user.click(within(dialog).getByRole('button', { name: 'Take Co-host of server 1' }));
    const warning = await screen.findByRole('alertdialog', { name: 'This overlaps a slot you hold' });
    expect(warning).toHaveTextContent(clash.schedule.name);
    await user.click(within(warning).getByRole('button', { name: 'Keep as is' }));
    expect(selectCoHost(SessionSchema.parse(demo.store.session(target._id)))).toBeNull();
  });

  it('asks the same when I assign the clashing slot to myself by ID', async () => {
    const target = upcoming().find(
      (s) =>
        !holdsAnySlot(s, me()) &&
        selectServers(s).some((server) => server.groups.some((g) => g.roles.some((r) => !r.holder))),
    )!;
    const role = selectServers(target)
      .flatMap((server) => server.groups.flatMap((g) => g.roles))
      .find((r) => !r.holder)!;
    const clash = upcoming().find((s) => s._id !== target._id && !s.cancelled)!;
    putMeOnAt(clash, target.start);
    const { user, dialog } = await openSession(target);
    await user.click(within(dialog).getAllByRole('button', { name: `Assign \u2068${role.name}\u2069` })[0]!);
    const assign = await screen.findByRole('dialog', { name: `Assign \u2068${role.name}\u2069` });
    await user.type(within(assign).getByLabelText('Roblox user ID'), me());
    await user.click(within(assign).getByRole('button', { name: 'Assign' }));
    const warning = await screen.findByRole('alertdialog', { name: 'This overlaps a slot you hold' });
    expect(warning).toHaveTextContent(clash.schedule.name);
    await user.click(within(warning).getByRole('button', { name: 'Keep as is' }));
    const roles = selectServers(SessionSchema.parse(demo.store.session(target._id))).flatMap((server) =>
      server.groups.flatMap((g) => g.roles),
    );
    expect(roles.find((r) => r.roleId === role.roleId)?.holder).toBeNull();
  });
});

describe('servers', () => {
  it('creates a server from the template', async () => {
    const target = upcoming().find((s) => s.servers.length === 0 && s.polyfill.length > 0)!;
    const { user, dialog } = await openSession(target);
    expect(within(dialog).getByText('No servers yet')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Create a server' }));
    expect(await within(dialog).findByRole('region', { name: 'Server 1' })).toBeInTheDocument();
    expect(await screen.findByText('Created a server')).toBeInTheDocument();
    expect(demo.store.session(target._id)!.servers).toHaveLength(1);
  });

  it('deletes a server after a confirmation that names who loses their slot', async () => {
    const target = upcoming().find((s) => selectServers(s).some((v) => v.groups.some((g) => g.filled > 0)))!;
    const { user, dialog } = await openSession(target);
    const count = target.servers.length;
    await user.click(within(dialog).getByRole('button', { name: 'Delete server 1' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete server 1?' });
    expect(confirm).toHaveTextContent('These people lose their slot:');
    await user.click(within(confirm).getByRole('button', { name: 'Delete server' }));
    expect(await screen.findByText('Deleted the server')).toBeInTheDocument();
    expect(demo.store.session(target._id)!.servers).toHaveLength(count - 1);
  });
});

describe('read-only token', () => {
  it('shows no action at all, and says the session is view only', async () => {
    demo.useScenario('readonly');
    const target = upcoming().find((s) => s.servers.length > 0)!;
    const { dialog } = await openSession(target);
    await within(dialog).findByRole('region', { name: 'Server 1' });
    expect(
      within(dialog).queryByRole('button', { name: /^(Take|Assign|Create|Delete)/ }),
    ).not.toBeInTheDocument();
    expect(within(dialog).queryByRole('link', { name: /in Hyra/ })).not.toBeInTheDocument();
    expect(within(dialog).getByRole('note')).toHaveTextContent(
      'View only: your access doesn’t allow changes here.',
    );
  });

  it('does not say view only to someone who may change something', async () => {
    const target = upcoming().find((s) => s.servers.length > 0)!;
    const { dialog } = await openSession(target);
    await within(dialog).findByRole('region', { name: 'Server 1' });
    expect(within(dialog).queryByText(/View only/)).not.toBeInTheDocument();
  });
});

describe('links for actions without an API', () => {
  it("opens Hyra's web app in a new tab, gated by permission", async () => {
    const target = upcoming()[0]!;
    const { dialog } = await openSession(target);
    const cancel = within(dialog).getByRole('link', { name: /Cancel in Hyra/ });
    expect(cancel).toHaveAttribute('target', '_blank');
    expect(cancel).toHaveAttribute('rel', 'noopener noreferrer');
    expect(cancel).toHaveAttribute('href', expect.stringMatching(/^https:\/\/hyra\.io\//));
  });
});
