import { describe, expect, it } from 'vitest';
import { mayReadLogs, parseSessionLogs } from '../../src/hyra/logs';
import { makePermissions } from '../factories';

const AT = '2026-12-02T13:02:00.000Z';
const AT_MS = Date.parse(AT);

describe('parseSessionLogs recognises a list of entries', () => {
  it.each([
    [
      'a bare array, Hyra-like users',
      [
        {
          createdAt: AT,
          user: { exists: true, id: '5', username: 'nova', display_name: 'Nova' },
          message: 'Took the host slot',
        },
      ],
    ],
    [
      '{ logs: [...] }, actor as a name',
      { logs: [{ timestamp: AT, actor: 'Nova (@nova)', action: 'Took the host slot', user_id: '5' }] },
    ],
    [
      '{ data: { entries: [...] } }, epoch seconds',
      {
        data: {
          entries: [
            {
              time: AT_MS / 1000,
              author: { name: 'Nova (@nova)', id: 5 },
              description: 'Took the host slot',
            },
          ],
        },
      },
    ],
    [
      '{ items: [...] }, epoch ms, user_id only',
      { items: [{ date: AT_MS, userId: '5', type: 'Took the host slot' }] },
    ],
  ])('%s', (_name, json) => {
    const logs = parseSessionLogs(json);
    expect(logs.kind).toBe('entries');
    if (logs.kind !== 'entries') return;
    expect(logs.entries).toHaveLength(1);
    expect(logs.entries[0]).toMatchObject({ at: AT_MS, action: 'Took the host slot' });
    const actor = logs.entries[0]!.actor;
    expect(actor?.name === 'Nova (@nova)' || actor?.name === 'Nova' || actor?.id === '5').toBe(true);
  });

  it("keeps a user's display name and username apart, so each can be isolated on its own", () => {
    const logs = parseSessionLogs([
      {
        createdAt: AT,
        user: { id: '7', username: 'fatima_zahra', display_name: 'فاطمة الزهراء' },
        message: 'x',
      },
    ]);
    expect(logs.kind === 'entries' && logs.entries[0]!.actor).toEqual({
      id: '7',
      name: 'فاطمة الزهراء',
      username: 'fatima_zahra',
    });
  });

  it('puts the newest first when every entry has a time, and counts what it could not read', () => {
    const logs = parseSessionLogs([
      { createdAt: '2026-12-01T10:00:00Z', message: 'first' },
      { createdAt: '2026-12-02T10:00:00Z', message: 'second' },
      { createdAt: 'yesterday', nothing: true },
      42,
    ]);
    expect(logs).toMatchObject({ kind: 'entries', unreadable: 2 });
    if (logs.kind === 'entries')
      expect(logs.entries.map((entry) => entry.action)).toEqual(['second', 'first']);
  });

  it('keeps a link only when it is http(s)', () => {
    const logs = parseSessionLogs([
      { message: 'a', url: 'https://hyra.io/x' },
      { message: 'b', url: 'javascript:alert(1)' },
      { message: 'c', link: 'data:text/html,<script>alert(1)</script>' },
    ]);
    if (logs.kind !== 'entries') throw new Error(logs.kind);
    expect(logs.entries.map((entry) => entry.link)).toEqual(['https://hyra.io/x', undefined, undefined]);
  });

  it('keeps hostile strings as text (for the page to isolate), minus control characters, cut to length', () => {
    const logs = parseSessionLogs([
      { message: '<img src=x onerror=alert(1)>\u202Eevil\u0000', actor: 'ليلى 🌙' },
      { message: 'Ω'.repeat(2000) },
    ]);
    if (logs.kind !== 'entries') throw new Error(logs.kind);
    expect(logs.entries[0]).toMatchObject({
      action: '<img src=x onerror=alert(1)>\u202Eevil',
      actor: { name: 'ليلى 🌙' },
    });
    expect(logs.entries[1]!.action).toHaveLength(500);
  });
});

describe('parseSessionLogs falls back to readable text, never throwing', () => {
  it.each([
    ['an empty list', [], { kind: 'empty' }],
    ['nothing', undefined, { kind: 'empty' }],
    ['an empty body', '', { kind: 'empty' }],
    ['{ logs: [] }', { logs: [] }, { kind: 'empty' }],
  ])('%s is empty', (_name, json, expected) => {
    expect(parseSessionLogs(json)).toEqual(expected);
  });

  it('a string is shown as it is', () => {
    expect(parseSessionLogs('Session created by Nova')).toEqual({
      kind: 'text',
      text: 'Session created by Nova',
    });
  });

  it('an unknown object is pretty-printed JSON', () => {
    expect(parseSessionLogs({ history: { a: 1 } })).toEqual({
      kind: 'text',
      text: '{\n  "history": {\n    "a": 1\n  }\n}',
    });
  });

  it('a list of things that are not entries is text too', () => {
    expect(parseSessionLogs([1, 2])).toEqual({ kind: 'text', text: '[\n  1,\n  2\n]' });
  });

  it('a huge reply is cut', () => {
    const logs = parseSessionLogs({ blob: 'x'.repeat(50_000) });
    expect(logs.kind === 'text' && logs.text.length).toBeLessThan(20_010);
  });
});

describe('mayReadLogs', () => {
  it('is for those who may assign anything', () => {
    const none = { assign_host: false, assign_cohost: false, assign_roles: false };
    expect(mayReadLogs(makePermissions(none))).toBe(false);
    expect(mayReadLogs(makePermissions({ ...none, self_assign_host: true, self_assign_cohost: true }))).toBe(
      false,
    );
    expect(mayReadLogs(makePermissions({ ...none, assign_host: true }))).toBe(true);
    expect(mayReadLogs(makePermissions({ ...none, assign_cohost: true }))).toBe(true);
    expect(mayReadLogs(makePermissions({ ...none, assign_roles: true }))).toBe(true);
  });
});
