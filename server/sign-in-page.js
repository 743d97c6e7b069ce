// @ts-check
/**
 * The page the browser lands on when sign-in cannot complete: a status, the reason in words
 * (one table, by code) and a way to try again. No script, no style: plain HTML under the
 * app's security headers.
 */

export const SIGN_IN_FAILURES = {
  'issuer-down': 'Roblox sign-in cannot be reached right now. Try again in a few minutes.',
  'sign-in-expired': 'That sign-in took too long or was already used. Start again.',
  'sign-in-refused': 'Roblox did not confirm the sign-in (it was cancelled or refused). Start again.',
  'sign-in-failed': 'The answer from Roblox could not be checked, so you were not signed in. Start again.',
  'staff-unchecked':
    'Your staff membership cannot be checked right now: Roblox did not answer. Try again in a minute.',
};

/** @param {string} text */
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * @param {import('fastify').FastifyReply} reply
 * @param {number} status
 * @param {keyof typeof SIGN_IN_FAILURES} code
 */
export function signInPage(reply, status, code) {
  const words = escapeHtml(SIGN_IN_FAILURES[code]);
  return reply
    .code(status)
    .header('Content-Type', 'text/html; charset=utf-8')
    .header('Cache-Control', 'no-store')
    .send(
      `<!doctype html><html lang="en"><meta charset="utf-8"><title>Sign-in did not complete</title>` +
        `<main><h1>Sign-in did not complete</h1><p data-code="${code}">${words}</p>` +
        `<p><a href="/auth/login">Sign in again</a> · <a href="/">Back to the dashboard</a></p></main></html>`,
    );
}
