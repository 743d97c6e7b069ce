import type { ReactNode } from 'react';
import { SIGN_IN_PATH, SIGN_OUT_PATH, type Person, type Viewer } from '../hyra/runtime-config';
import { Button } from '../ui/button';

/** "Ava Rivera" → "AR"; "ليلى" → "ل"; digits when there is no name. */
export function initials(person: Person): string {
  const words = person.name.trim().split(/\s+/).filter(Boolean);
  const letters = words
    .slice(0, 2)
    .map((word) => Array.from(word)[0] ?? '')
    .join('');
  return (letters || person.id.slice(0, 2)).toUpperCase();
}

const ROLE_LABEL = { staff: 'Staff', admin: 'Admin' } as const;

function SignOutForm({ label = 'Sign out' }: { label?: string }) {
  // A plain same-origin form post: the server ends the session and sends the browser home.
  return (
    <form method="post" action={SIGN_OUT_PATH} aria-label={label}>
      <Button type="submit" variant="ghost">
        {label}
      </Button>
    </form>
  );
}

/** The header's account: who is signed in (initials, name, role) and Sign out. */
export function AccountBadge({ viewer }: { viewer: Viewer }) {
  if (viewer.status !== 'staff') return null;
  const { person, role } = viewer;
  return (
    <div className="flex min-w-0 items-center gap-2">
      <span
        aria-hidden="true"
        className="grid size-8 shrink-0 place-items-center rounded-full bg-indigo-600 text-xs font-semibold text-white"
      >
        <bdi>{initials(person)}</bdi>
      </span>
      <span className="flex min-w-0 flex-col text-sm leading-tight">
        <span className="max-w-40 truncate font-medium">
          <span className="sr-only">Signed in as </span>
          <bdi>{person.name || person.id}</bdi>
        </span>
        <span className="text-xs text-slate-600 dark:text-slate-400">{ROLE_LABEL[role]}</span>
      </span>
      <SignOutForm />
    </div>
  );
}

function Screen({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section
      aria-labelledby="viewer-screen-title"
      className="mx-auto mt-12 max-w-md space-y-4 rounded-lg border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id="viewer-screen-title" className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

function signInHref(): string {
  const back = `${window.location.pathname}${window.location.search}`;
  return `${SIGN_IN_PATH}?returnTo=${encodeURIComponent(back)}`;
}

/**
 * What someone who may not see the workspace gets instead of it: a way to sign in, or the
 * server's reason in words. Undefined when the viewer may see the calendar.
 */
export function ViewerGate({ viewer }: { viewer: Viewer | undefined }) {
  if (!viewer) return null;
  switch (viewer.status) {
    case 'signed-out':
      return (
        <Screen title="Sign in to see the sessions">
          <p>This dashboard is for the workspace&rsquo;s staff. Sign in with your Roblox account.</p>
          <a
            href={signInHref()}
            className="inline-flex min-h-10 items-center rounded-md bg-indigo-600 px-4 font-semibold text-white hover:bg-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
          >
            Sign in with Roblox
          </a>
        </Screen>
      );
    case 'not-staff':
      return (
        <Screen title="Not on the staff">
          <p>
            You are signed in as <bdi className="font-semibold">{viewer.person.name || viewer.person.id}</bdi>
            , who is not on this workspace&rsquo;s staff.
          </p>
          <p className="text-sm text-slate-600 dark:text-slate-300">
            If that is wrong, ask an admin to add you, then sign in again.
          </p>
          <SignOutForm label="Sign out and use another account" />
        </Screen>
      );
    case 'unavailable':
      return (
        <Screen title="Cannot check your access right now">
          <p>{viewer.message}</p>
          <a href={signInHref()} className="font-semibold underline underline-offset-2">
            Try again
          </a>
          <SignOutForm />
        </Screen>
      );
    default:
      return null;
  }
}
