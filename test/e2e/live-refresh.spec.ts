import { expect, test } from './fake-hyra-fixtures';
import { FAKE_HYRA_URL } from './fake-hyra-env';
import { demoData } from './fake-hyra-workspaces';

test.use({ timezoneId: 'UTC', locale: 'en-GB' });

/** A name as the dashboard writes it inside its own words: isolated for direction. */
const iso = (text: string) => `\u2068${text}\u2069`;

test('the open detail shows a new host without a click: the fake Hyra changes it, the detail refreshes', async ({
  page,
  workspace,
}) => {
  const ws = workspace('ok');
  const today = ((await (await fetch(`${FAKE_HYRA_URL}/__control/health`)).json()) as { today: string })
    .today;
  const data = demoData('ok', today);
  // A session of the fake's day with a host, not cancelled, and someone else to take over.
  const session = data.sessions.find(
    (event) =>
      event.start.startsWith(today) &&
      !event.cancelled &&
      event.host.display_name &&
      event.servers.length <= 1,
  );
  expect(session, 'the demo holds a hosted session today').toBeDefined();
  const next = data.people.find((person) => person.id !== session!.host_id && person.id !== data.me.id)!;

  // The browser's clock runs as usual, and can jump ahead instead of the test waiting a minute.
  await page.clock.install();
  await page.goto(`/?workspace=${ws}&view=day&date=${today}&session=${session!._id}`);
  const detail = page.getByRole('dialog');
  await expect(detail.getByText(session!.host.display_name!, { exact: true }).first()).toBeVisible();

  // Someone changes the host in Hyra's web app.
  const params = new URLSearchParams({ workspace: ws, session: session!._id, prop: 'host', value: next.id });
  const changed = await fetch(`${FAKE_HYRA_URL}/__control/change?${params.toString()}`, { method: 'POST' });
  expect(changed.status).toBe(200);

  // A minute and a bit later, with no click, the detail has the new host and says what changed.
  await page.clock.fastForward('01:05');
  await expect(detail.getByText(next.display_name, { exact: true }).first()).toBeVisible();
  await expect(detail.getByRole('status').filter({ hasText: /Changed at \d{2}:\d{2} — / })).toContainText(
    `${iso('Host')}: ${iso(session!.host.display_name!)} → ${iso(next.display_name)}`,
  );
});
