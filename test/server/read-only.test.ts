// @vitest-environment node
// Safe by default: the start refusal, and the public read-only mode.
import { afterEach, describe, expect, it } from 'vitest';
import { POLICY_MESSAGES } from '../../server/policy.js';
import { main } from '../../server/serve.js';
import { closeAll, startReadOnlyServer } from './http';

afterEach(closeAll);

describe('starting', () => {
  it('refuses a token on a non-loopback address without sign-in, naming the variables', async () => {
    await expect(
      main({ HOST: '0.0.0.0', PORT: '0', HYRA_API_TOKEN: 'key', HYRA_WORKSPACE_ID: 'ws1' }),
    ).rejects.toThrow(/HYRA_OIDC_CLIENT_ID.*HYRA_READONLY_PUBLIC=1/);
  });

  it('refuses bad sign-in configuration, naming the variable', async () => {
    await expect(
      main({
        HOST: '127.0.0.1',
        PORT: '0',
        HYRA_API_TOKEN: 'key',
        HYRA_WORKSPACE_ID: 'ws1',
        HYRA_OIDC_CLIENT_ID: 'c',
      }),
    ).rejects.toThrow(/HYRA_PUBLIC_URL must be set/);
  });
});

describe('the public read-only mode', () => {
  it('reads, refuses every write with words before Hyra sees it, and says so at /hyra-me.json', async () => {
    const { base, seen } = await startReadOnlyServer();

    expect((await fetch(`${base}/hyra-api/activity/sessions/ws1?day=2026-12-2`)).status).toBe(200);
    for (const [method, path] of [
      ['PATCH', '/hyra-api/activity/sessions/ws1/s1/change'],
      ['POST', '/hyra-api/activity/sessions/ws1/s1/server'],
      ['DELETE', '/hyra-api/activity/sessions/ws1/s1/server/v1'],
    ] as const) {
      const answer = await fetch(`${base}${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: method === 'PATCH' ? '{"prop":"host","value":"1"}' : undefined,
      });
      expect({ method, status: answer.status }).toEqual({ method, status: 403 });
      expect(await answer.json()).toMatchObject({ message: POLICY_MESSAGES['read-only'] });
    }
    expect(seen.filter((line) => !line.startsWith('GET'))).toEqual([]);
    expect(await (await fetch(`${base}/hyra-me.json`)).json()).toEqual({ status: 'read-only' });
  });
});
