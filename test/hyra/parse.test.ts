import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { ISO_INSTANT } from '../../src/hyra/fast-parse';
import {
  HyraParseError,
  NO_PERMISSIONS,
  parseCreatedServer,
  parseErrorMessage,
  parsePermissions,
  parseWeekStart,
} from '../../src/hyra/parse';
import {
  CreatedServerSchema,
  HyraErrorBodySchema,
  PermissionsSchema,
  SessionsEnvelopeSchema,
} from '../../src/hyra/schemas';
import { parseRuntimeConfig } from '../../src/hyra/runtime-config';
import { parseSettings } from '../../src/lib/settings';

const ODD: unknown[] = [
  undefined,
  null,
  '',
  'x',
  0,
  7,
  -1,
  1.5,
  Number.NaN,
  true,
  false,
  [],
  ['a'],
  {},
  { a: 1 },
  'Monday',
  'SUNDAY',
  'someday',
];

describe('the hand-written readers agree with the zod specification', () => {
  it("uses zod's own ISO date-time pattern", () => {
    const pattern = (z.iso.datetime({ offset: true })._zod.def as { pattern: RegExp }).pattern;
    expect(ISO_INSTANT.source).toBe(pattern.source);
  });

  it('reads permissions like PermissionsSchema', () => {
    const samples = [
      ...ODD,
      {
        self_assign_host: true,
        host_quota: 5,
        host_quota_used: 'two',
        assign_roles: 'yes',
        cancel_sessions: false,
      },
      Object.fromEntries(Object.keys(NO_PERMISSIONS).map((key, i) => [key, i % 2 === 0 ? true : 3])),
    ];
    for (const sample of samples)
      expect(parsePermissions(sample)).toEqual(PermissionsSchema.catch(NO_PERMISSIONS).parse(sample));
  });

  it('reads week_starts_on like the envelope schema', () => {
    for (const sample of ODD) {
      expect(parseWeekStart(sample)).toEqual(
        SessionsEnvelopeSchema.parse({ events: [], week_starts_on: sample }).week_starts_on,
      );
    }
  });

  it("reads Hyra's error message like HyraErrorBodySchema", () => {
    const samples = [
      ...ODD,
      { message: 'nope' },
      { message: ['a', 'b'] },
      { message: ['a', 2] },
      { message: 4 },
    ];
    for (const sample of samples) {
      const spec = HyraErrorBodySchema.safeParse(sample);
      expect(parseErrorMessage(sample)).toEqual(spec.success ? spec.data.message : undefined);
    }
  });

  it("reads a new server's _id like CreatedServerSchema, and says when it cannot", () => {
    for (const sample of [{ _id: 'abc' }, { _id: 12 }])
      expect(parseCreatedServer(sample)).toEqual(CreatedServerSchema.parse(sample));
    for (const sample of [{ _id: '' }, {}, null, 'x']) {
      expect(CreatedServerSchema.safeParse(sample).success).toBe(false);
      expect(() => parseCreatedServer(sample)).toThrow(HyraParseError);
    }
  });
});

describe('parseRuntimeConfig', () => {
  it('keeps only what the server may say, with safe defaults', () => {
    expect(
      parseRuntimeConfig({ workspaceId: 'ws1', serverHasToken: true, hyraWebUrl: 'https://web.example/' }),
    ).toEqual({
      workspaceId: 'ws1',
      serverHasToken: true,
      hyraWebUrl: 'https://web.example',
    });
    expect(
      parseRuntimeConfig({ workspaceId: '', serverHasToken: 'yes', hyraWebUrl: 'javascript:alert(1)' }),
    ).toEqual({
      workspaceId: undefined,
      serverHasToken: false,
      hyraWebUrl: 'https://hyra.io',
    });
    expect(parseRuntimeConfig('<html>')).toEqual({
      workspaceId: undefined,
      serverHasToken: false,
      hyraWebUrl: 'https://hyra.io',
    });
  });
});

describe('parseSettings', () => {
  it('keeps valid values and replaces each bad one by its default', () => {
    expect(parseSettings({ hour12: true, displayMinutes: 90, myUserId: '123', theme: 'dark' })).toEqual({
      hour12: true,
      displayMinutes: 90,
      myUserId: '123',
      theme: 'dark',
    });
    expect(parseSettings({ hour12: 'yes', displayMinutes: 5, myUserId: 'bob', theme: 'neon' })).toEqual({
      hour12: false,
      displayMinutes: 60,
      myUserId: undefined,
      theme: 'system',
    });
  });
});
