import { describe, expect, it } from 'vitest';
import { SessionSchema } from '../../src/hyra/schemas';
import { HyraParseError, NO_PERMISSIONS, parseSessionsPage } from '../../src/hyra/parse';
import { hyraServer, rawSession, roleGroup, scheduleWith, sessionsResponse } from '../factories';

describe('SessionSchema leniency', () => {
  it('ignores unknown keys at every level', () => {
    const parsed = SessionSchema.parse(
      rawSession({ surprise: 1, schedule: scheduleWith({ colour: 'red' }) }),
    );
    expect(parsed).not.toHaveProperty('surprise');
    expect(parsed.schedule).not.toHaveProperty('colour');
  });

  it('fills missing optional fields with neutral defaults', () => {
    const parsed = SessionSchema.parse({ _id: 'a1', start: '2026-12-01T18:00:00Z' });
    expect(parsed.servers).toEqual([]);
    expect(parsed.polyfill).toEqual([]);
    expect(parsed.subhosting).toEqual([]);
    expect(parsed.cancelled).toBe(false);
    expect(parsed.schedule.name).toBe('Untitled session');
    expect(parsed.host).toBeUndefined();
  });

  it('accepts null host objects and empty or null IDs as "nobody"', () => {
    const parsed = SessionSchema.parse(rawSession({ host: null, host_id: null, co_host_id: '' }));
    expect(parsed.host).toBeNull();
    expect(parsed.host_id).toBeUndefined();
    expect(parsed.co_host_id).toBeUndefined();
  });

  it('turns numeric Roblox IDs into strings', () => {
    const parsed = SessionSchema.parse(rawSession({ host_id: 1849302211 }));
    expect(parsed.host_id).toBe('1849302211');
  });

  it('keeps a role whose user_id is missing, null or empty as an open role', () => {
    const roles = [
      { _id: 'r1', name: 'A' },
      { _id: 'r2', name: 'B', user_id: null },
      { _id: 'r3', name: 'C', user_id: '' },
    ];
    const parsed = SessionSchema.parse(
      rawSession({ servers: [hyraServer('s1', [roleGroup('g1', 'G', 1, roles)])] }),
    );
    expect(parsed.servers[0]!.groups[0]!.roles.map((role) => role.user_id)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('drops a malformed server or role but keeps the session', () => {
    const parsed = SessionSchema.parse(
      rawSession({
        servers: [
          { groups: [] },
          { _id: 's2', groups: [{ _id: 'g', name: 'G', priority: 1, roles: [{ name: 'no id' }] }] },
        ],
      }),
    );
    expect(parsed.servers.map((server) => server._id)).toEqual(['s2']);
    expect(parsed.servers[0]!.groups[0]!.roles).toEqual([]);
  });

  it('falls back when a secondary field has the wrong type', () => {
    const parsed = SessionSchema.parse(
      rawSession({ cancelled: 'yes', schedule: 'oops', polyfill: {}, servers: null }),
    );
    expect(parsed.cancelled).toBe(false);
    expect(parsed.schedule.name).toBe('Untitled session');
    expect(parsed.polyfill).toEqual([]);
    expect(parsed.servers).toEqual([]);
  });

  it('is strict about _id and start', () => {
    expect(SessionSchema.safeParse(rawSession({ _id: '' })).success).toBe(false);
    expect(SessionSchema.safeParse(rawSession({ start: 'tomorrow' })).success).toBe(false);
    expect(SessionSchema.safeParse(rawSession({ start: undefined })).success).toBe(false);
  });

  it('reads an unknown subhosting type as missing (host)', () => {
    const parsed = SessionSchema.parse(
      rawSession({ subhosting: [{ server_id: 's', user_id: '1', type: 'mystery' }] }),
    );
    expect(parsed.subhosting[0]!.type).toBeUndefined();
  });
});

describe('parseSessionsPage', () => {
  it('drops one malformed event and reports it, keeping the rest', () => {
    const good = rawSession({ _id: 'good' });
    const result = parseSessionsPage(sessionsResponse([good, { _id: 'bad', start: 'never' }, 42]));
    expect(result.sessions.map((s) => s._id)).toEqual(['good']);
    expect(result.dropped).toHaveLength(2);
    expect(result.dropped[0]).toMatchObject({ index: 1, id: 'bad' });
    expect(result.dropped[0]!.problem).toContain('events[1].start');
  });

  it('grants nothing when permissions are missing or malformed', () => {
    expect(parseSessionsPage({ events: [] }).permissions).toEqual(NO_PERMISSIONS);
    expect(parseSessionsPage({ events: [], permissions: 'all' }).permissions).toEqual(NO_PERMISSIONS);
    expect(NO_PERMISSIONS.assign_roles).toBe(false);
    expect(NO_PERMISSIONS.host_quota).toBe(0);
  });

  it('accepts week_starts_on in any case and ignores unknown values', () => {
    expect(parseSessionsPage(sessionsResponse([], { week_starts_on: 'Monday' })).weekStartsOn).toBe('monday');
    expect(
      parseSessionsPage(sessionsResponse([], { week_starts_on: 'someday' })).weekStartsOn,
    ).toBeUndefined();
  });

  it('says what was wrong when the envelope is unusable', () => {
    expect(() => parseSessionsPage({ events: 'none' })).toThrow(HyraParseError);
    try {
      parseSessionsPage({ permissions: {}, events: { length: 2 } });
    } catch (error) {
      expect((error as HyraParseError).problems[0]).toMatch(/^events: /);
    }
    expect(() => parseSessionsPage('<html>')).toThrow(/sessions response/);
  });
});
