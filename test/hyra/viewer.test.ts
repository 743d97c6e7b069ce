import { describe, expect, it } from 'vitest';
import { applyAllowances } from '../../src/hyra/permissions';
import { parseViewer } from '../../src/hyra/runtime-config';
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
