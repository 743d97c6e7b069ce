import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ConnectScreen } from '../../../src/features/connection/components/connect-screen';
import { resetTokenMemory, saveToken, TOKEN_KEY } from '../../../src/features/connection/model/token-store';

const BASE = 'http://localhost/hyra-api';
const GOOD = 'good-token';

interface Seen {
  workspace: string;
  authorization: string | null;
  query: Record<string, string>;
}
let seen: Seen[] = [];

/** Workspace IDs of 24 hex digits, as Hyra's are, named for what the small Hyra below does. */
const WS = {
  ws1: 'a00000000000000000000001',
  offline: 'a10000000000000000000002',
  busy: 'a20000000000000000000003',
  gateway: 'a30000000000000000000004',
  html: 'a40000000000000000000005',
  shape: 'a50000000000000000000006',
  broken: 'a60000000000000000000007',
  locked: 'a70000000000000000000008',
  nowhere: 'a80000000000000000000009',
  servertoken: 'a9000000000000000000000a',
} as const;

/** A small Hyra: `ws1` answers for GOOD; other IDs pick a failure. */
const server = setupServer(
  http.get(`${BASE}/activity/sessions/:ws`, ({ request, params }) => {
    const workspace = String(params.ws);
    const url = new URL(request.url);
    seen.push({
      workspace,
      authorization: request.headers.get('authorization'),
      query: Object.fromEntries(url.searchParams),
    });
    const error = (status: number, message: string) =>
      HttpResponse.json({ statusCode: status, error: 'Error', message }, { status });
    if (workspace === WS.offline) return HttpResponse.error();
    if (workspace === WS.busy) {
      return HttpResponse.json({}, { status: 429, headers: { 'Retry-After': '30' } });
    }
    if (workspace === WS.gateway) {
      return HttpResponse.json({}, { status: 502, headers: { 'X-Hyra-Proxy-Error': 'unreachable' } });
    }
    if (workspace === WS.html) return new HttpResponse('<html>sign in</html>', { status: 200 });
    if (workspace === WS.shape) return HttpResponse.json({ events: 'nope' });
    if (workspace === WS.broken) return error(500, 'boom');
    if (request.headers.get('authorization') !== `Bearer ${GOOD}` && workspace !== WS.servertoken) {
      return error(401, 'Invalid API key');
    }
    if (workspace === WS.locked) return error(403, 'Not a member');
    if (workspace !== WS.ws1 && workspace !== WS.servertoken) return error(404, 'Workspace not found');
    return HttpResponse.json({
      permissions: {},
      events: [
        { _id: 'a1', start: '2026-12-02T10:00:00.000Z', schedule: { name: 'Training' } },
        { _id: 'a2', start: '2026-12-02T12:00:00.000Z', schedule: { name: 'Shift' } },
      ],
    });
  }),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  seen = [];
  resetTokenMemory();
});
afterAll(() => server.close());

function renderScreen(props: Partial<Parameters<typeof ConnectScreen>[0]> = {}) {
  const navigate = vi.fn<(url: string) => void>();
  const user = userEvent.setup();
  render(<ConnectScreen serverHasToken={false} baseUrl={BASE} navigate={navigate} {...props} />);
  return { user, navigate };
}

async function fill(user: ReturnType<typeof userEvent.setup>, workspace: string, token?: string) {
  const workspaceField = screen.getByLabelText('Workspace ID');
  await user.clear(workspaceField);
  await user.type(workspaceField, workspace);
  if (token !== undefined) {
    const tokenField = screen.getByLabelText('API token');
    await user.clear(tokenField);
    await user.type(tokenField, token);
  }
}

describe('ConnectScreen without a token on the server', () => {
  it('tests the connection with the typed token as a bearer header, and says what it found', async () => {
    const { user, navigate } = renderScreen();
    expect(screen.getByRole('heading', { name: 'Connect your workspace' })).toBeInTheDocument();
    expect(screen.getByLabelText('API token')).toHaveAttribute('type', 'password');
    expect(screen.getByRole('radio', { name: 'Day by day (recommended)' })).toBeChecked();
    await fill(user, WS.ws1, GOOD);
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(
      await screen.findByText(/The connection works: Hyra answered with 2 sessions for today/),
    ).toBeInTheDocument();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ workspace: WS.ws1, authorization: `Bearer ${GOOD}` });
    expect(Object.keys(seen[0]!.query)).toEqual(['day']);
    expect(JSON.stringify(seen[0]!.query)).not.toContain(GOOD);
    // Testing saves nothing and goes nowhere.
    expect(navigate).not.toHaveBeenCalled();
    expect(window.sessionStorage.getItem(TOKEN_KEY)).toBeNull();
    expect(window.localStorage.getItem(TOKEN_KEY)).toBeNull();
  });

  it.each([
    ['ws1', 'wrong', 'Hyra refused this token.'],
    ['locked', GOOD, `This token has no access to the workspace ${WS.locked}.`],
    ['nowhere', GOOD, `Hyra found no workspace ${WS.nowhere}.`],
    ['offline', GOOD, 'Hyra could not be reached.'],
    ['gateway', GOOD, 'Hyra could not be reached.'],
    ['broken', GOOD, 'Hyra had a problem answering (HTTP 500).'],
    ['html', GOOD, 'Hyra answered with something that is not JSON.'],
    ['shape', GOOD, 'Hyra answered, but not with sessions in the expected shape.'],
    ['busy', GOOD, 'Hyra asked us to slow down. Try again after'],
  ] as const)('explains a failure in words: %s', async (name, token, words) => {
    const { user, navigate } = renderScreen();
    await fill(user, WS[name], token);
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(words);
    expect(navigate).not.toHaveBeenCalled();
  });

  it('connects: keeps the token for this tab only and opens the workspace, with no token in the URL', async () => {
    const { user, navigate } = renderScreen();
    await fill(user, ` ${WS.ws1} `, GOOD);
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(navigate).toHaveBeenCalledWith(`/?workspace=${WS.ws1}`);
    expect(JSON.parse(window.sessionStorage.getItem(TOKEN_KEY)!)).toEqual({
      workspaceId: WS.ws1,
      token: GOOD,
    });
    expect(window.localStorage.getItem(TOKEN_KEY)).toBeNull();
  });

  it('"Remember on this device" and range mode: localStorage, and mode=range in the link', async () => {
    const { user, navigate } = renderScreen();
    await fill(user, WS.ws1, GOOD);
    await user.click(screen.getByRole('checkbox', { name: 'Remember on this device' }));
    await user.click(screen.getByRole('radio', { name: 'Whole range at once' }));
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(navigate).toHaveBeenCalledWith(`/?workspace=${WS.ws1}&mode=range`);
    expect(seen[0]!.query).toEqual({ start: expect.any(String), end: expect.any(String) });
    expect(window.localStorage.getItem(TOKEN_KEY)).toContain(GOOD);
    expect(window.sessionStorage.getItem(TOKEN_KEY)).toBeNull();
  });

  it('does not connect when the test fails', async () => {
    const { user, navigate } = renderScreen();
    await fill(user, WS.ws1, 'wrong');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Hyra refused this token.');
    expect(navigate).not.toHaveBeenCalled();
    expect(window.sessionStorage.getItem(TOKEN_KEY)).toBeNull();
  });

  it('shows a saved token and forgets it everywhere', async () => {
    saveToken(WS.ws1, GOOD, { remember: true });
    resetTokenMemory();
    const { user } = renderScreen({ initialWorkspaceId: WS.ws1 });
    expect(screen.getByLabelText('Workspace ID')).toHaveValue(WS.ws1);
    expect(screen.getByLabelText('API token')).toHaveValue(GOOD);
    expect(screen.getByRole('checkbox', { name: 'Remember on this device' })).toBeChecked();
    expect(screen.getByText(`A token for ${WS.ws1} is saved on this device.`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Forget token' }));
    expect(screen.getByRole('status')).toHaveTextContent('The token is forgotten');
    expect(screen.getByLabelText('API token')).toHaveValue('');
    expect(screen.getByLabelText('API token')).toHaveFocus();
    expect(window.localStorage.getItem(TOKEN_KEY)).toBeNull();
    expect(window.sessionStorage.getItem(TOKEN_KEY)).toBeNull();
  });

  it('explains missing fields where they are and moves focus there, with the keyboard alone', async () => {
    const { user, navigate } = renderScreen();
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    const workspace = screen.getByLabelText('Workspace ID');
    expect(workspace).toHaveFocus();
    expect(workspace).toHaveAttribute('aria-invalid', 'true');
    expect(workspace).toHaveAccessibleDescription('Enter the workspace ID.');
    await user.keyboard(WS.ws1);
    await user.keyboard('{Enter}');
    const token = screen.getByLabelText('API token');
    expect(token).toHaveFocus();
    expect(token).toHaveAccessibleDescription('Enter the API token.');
    await user.keyboard(`${GOOD}{Enter}`);
    await vi.waitFor(() => expect(navigate).toHaveBeenCalledWith(`/?workspace=${WS.ws1}`));
    await user.clear(workspace);
    await user.type(workspace, 'a/b{Enter}');
    expect(workspace).toHaveAccessibleDescription(
      'A workspace ID has only the digits 0–9 and the letters a–f. Copy it from the address of your workspace in Hyra.',
    );
  });

  it('checks the shape of the workspace ID before any request, and keeps what was typed', async () => {
    const { user, navigate } = renderScreen();
    await fill(user, '123456', GOOD);
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    const workspace = screen.getByLabelText('Workspace ID');
    expect(workspace).toHaveAttribute('aria-invalid', 'true');
    expect(workspace).toHaveAccessibleDescription('A workspace ID has 24 characters; this one has 6.');
    expect(workspace).toHaveValue('123456');
    expect(workspace).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(seen).toHaveLength(0);
    expect(navigate).not.toHaveBeenCalled();
    // 24 characters, one of them not hexadecimal.
    await fill(user, `${WS.ws1.slice(0, 23)}g`);
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(workspace).toHaveAccessibleDescription(/only the digits 0–9 and the letters a–f/);
    expect(seen).toHaveLength(0);
    await fill(user, WS.ws1);
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText(/The connection works/)).toBeInTheDocument();
    expect(workspace).not.toHaveAttribute('aria-invalid', 'true');
  });
});

describe('ConnectScreen with a token on the server', () => {
  it('asks for no token, sends none, and connects', async () => {
    const { user, navigate } = renderScreen({ serverHasToken: true });
    expect(screen.queryByLabelText('API token')).not.toBeInTheDocument();
    expect(screen.getByText(/server holds the API token/)).toBeInTheDocument();
    await fill(user, WS.servertoken);
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    await vi.waitFor(() => expect(navigate).toHaveBeenCalledWith(`/?workspace=${WS.servertoken}`));
    expect(seen[0]!.authorization).toBeNull();
    expect(window.sessionStorage.getItem(TOKEN_KEY)).toBeNull();
  });

  it('says the refused token is the server one', async () => {
    const { user } = renderScreen({ serverHasToken: true });
    await fill(user, WS.ws1);
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByRole('alert')).toHaveTextContent("Hyra refused the server's API token.");
  });

  it('offers a way back to the calendar when there is one', async () => {
    const onCancel = vi.fn();
    const { user } = renderScreen({ serverHasToken: true, onCancel });
    await user.click(screen.getByRole('button', { name: 'Back to the calendar' }));
    expect(onCancel).toHaveBeenCalled();
  });
});
