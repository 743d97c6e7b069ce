import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyAllowances } from '../../src/hyra/permissions';
import { loadRuntimeConfig } from '../../src/hyra/runtime-config';
import { parseViewer } from '../../src/hyra/viewer';
import { makePermissions } from '../factories';

describe('parseViewer', () => {
  it('reads each status the server sends', () => {
    expect(parseViewer({ status: 'signed-out' })).toEqual({ status: 'signed-out' });
    expect(
      parseViewer({
        status: 'staff',
        person: { id: '42', name: 'Ava' },
        role: 'admin',
        allows: { assign_host: true },
      }),
    ).toEqual({
      status: 'staff',
      person: { id: '42', name: 'Ava' },
      role: 'admin',
      allows: { assign_host: true },
    });
  });

  it('takes anything unclear as no sign-in (the single-user dashboard)', () => {
    expect(parseViewer(undefined)).toBeUndefined();
    expect(parseViewer('<html>')).toBeUndefined();
    expect(parseViewer({ status: 'single-user' })).toBeUndefined();
    expect(
      parseViewer({ status: 'staff', person: { id: 'bob', name: 'B' }, role: 'staff', allows: {} }),
    ).toBeUndefined();
    expect(
      parseViewer({ status: 'staff', person: { id: '1', name: 'B' }, role: 'owner', allows: {} }),
    ).toBeUndefined();
  });
});

describe('applyAllowances', () => {
  it('keeps a flag only where the role allows it, and the counters as they are', () => {
    const key = makePermissions({ self_assign_cohost: false, host_quota: 4, host_quota_used: 2 });
    const staff = applyAllowances(key, { self_assign_host: true, self_assign_cohost: true });
    expect(staff).toMatchObject({
      self_assign_host: true,
      assign_host: false,
      cancel_sessions: false,
      host_quota: 4,
      host_quota_used: 2,
    });
    // A flag the role allows but the key lacks stays off.
    expect(staff.self_assign_cohost).toBe(false);
  });
});

describe('loadRuntimeConfig', () => {
  afterEach(() => vi.unstubAllGlobals());

  function serve(answers: Record<string, unknown>) {
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (path: string) => {
      asked.push(path);
      return path in answers ? Response.json(answers[path]) : new Response('<html>', { status: 200 });
    });
    return asked;
  }

  it('asks who is looking only when the server has sign-in or a read-only mode', async () => {
    const asked = serve({ '/hyra-config.json': { workspaceId: 'ws1', serverHasToken: true } });
    expect((await loadRuntimeConfig()).viewer).toBeUndefined();
    expect(asked).toEqual(['/hyra-config.json']);
  });

  it('takes the person from the server with sign-in', async () => {
    const viewer = { status: 'staff', person: { id: '42', name: 'Ava' }, role: 'staff', allows: {} };
    serve({
      '/hyra-config.json': { workspaceId: 'ws1', serverHasToken: true, access: 'sign-in' },
      '/hyra-me.json': viewer,
    });
    expect(await loadRuntimeConfig()).toMatchObject({ access: 'sign-in', viewer });
  });

  it('shows no data when a server with sign-in cannot say who is looking', async () => {
    serve({ '/hyra-config.json': { workspaceId: 'ws1', serverHasToken: true, access: 'sign-in' } });
    expect((await loadRuntimeConfig()).viewer).toMatchObject({ status: 'unavailable' });
  });
});
