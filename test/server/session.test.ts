// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cookieOptions, safeReturnTo } from '../../server/session.js';

describe('where sign-in goes back to', () => {
  it.each([
    ['/?view=month&date=2026-12-03', '/?view=month&date=2026-12-03'],
    ['/', '/'],
    ['//evil.example/path', '/'],
    ['https://evil.example/', '/'],
    ['/\\evil.example', '/'],
    ['/%0d%0aSet-Cookie:x', '/%0d%0aSet-Cookie:x'],
    ['/\nLocation: x', '/'],
    [undefined, '/'],
    [['/a', '/b'], '/'],
  ])('%j goes to %j', (value, expected) => {
    expect(safeReturnTo(value)).toBe(expected);
  });
});

describe('the session cookie', () => {
  it('is HttpOnly, SameSite=Lax, signed, Secure with an https public URL, with a max age', () => {
    expect(cookieOptions({ secureCookies: true }, { path: '/', maxAgeMs: 8 * 3_600_000 })).toEqual({
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: true,
      signed: true,
      maxAge: 28_800,
    });
    expect(cookieOptions({ secureCookies: false }, { path: '/auth', maxAgeMs: 600_000 })).toMatchObject({
      secure: false,
      maxAge: 600,
    });
  });
});
