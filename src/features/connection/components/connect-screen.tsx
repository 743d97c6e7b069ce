import { useId, useRef, useState, type FormEvent } from 'react';
import type { FetchMode } from '../../../hyra/api';
import { DEMO_WORKSPACE_ID } from '../../../hyra/runtime-config';
import { cn } from '../../../lib/cn';
import { Button, focusRing } from '../../../ui/button';
import { connectMessage } from '../../../hyra/error-messages';
import { connectUrl, testConnection, type ConnectionTestResult } from '../model/test-connection';
import { forgetToken, readStoredToken, saveToken, type StoredToken } from '../model/token-store';

/** Letters, digits, `-` and `_`: Hyra's IDs are 24 hex digits (seen in use). */
const WORKSPACE_ID = /^[A-Za-z0-9_-]{1,64}$/;

const inputClass = cn(
  'w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 font-mono text-sm dark:border-slate-600 dark:bg-slate-800',
  'aria-[invalid=true]:border-rose-600',
  focusRing,
);

type Phase =
  | { state: 'idle' }
  | { state: 'testing'; connecting: boolean }
  | { state: 'done'; result: ConnectionTestResult };

export function ConnectScreen({
  serverHasToken,
  initialWorkspaceId,
  initialMode = 'day',
  notice,
  onCancel,
  baseUrl,
  hour12 = false,
  navigate = (url) => window.location.assign(url),
}: {
  /** The server adds its own token: no token field. */
  serverHasToken: boolean;
  initialWorkspaceId?: string;
  initialMode?: FetchMode;
  /** Why the screen is shown, e.g. "This workspace needs an API token." */
  notice?: string;
  /** Back to the calendar; absent when there is nothing to go back to. */
  onCancel?: () => void;
  /** The API base the test calls (tests point it at their fake Hyra). */
  baseUrl?: string;
  hour12?: boolean;
  navigate?: (url: string) => void;
}) {
  const ids = { workspace: useId(), token: useId(), remember: useId(), mode: useId() };
  const [stored, setStored] = useState<StoredToken | undefined>(readStoredToken);
  const [workspaceId, setWorkspaceId] = useState(
    initialWorkspaceId && initialWorkspaceId !== DEMO_WORKSPACE_ID ? initialWorkspaceId : '',
  );
  const [token, setToken] = useState(() =>
    stored && (!initialWorkspaceId || stored.workspaceId === initialWorkspaceId) ? stored.token : '',
  );
  const [remember, setRemember] = useState(stored?.remembered ?? false);
  const [mode, setMode] = useState<FetchMode>(initialMode);
  const [phase, setPhase] = useState<Phase>({ state: 'idle' });
  const [touched, setTouched] = useState(false);
  const [forgotten, setForgotten] = useState(false);
  const workspaceInput = useRef<HTMLInputElement>(null);
  const tokenInput = useRef<HTMLInputElement>(null);
  const run = useRef(0);

  const trimmedId = workspaceId.trim();
  const workspaceError =
    trimmedId === ''
      ? 'Enter the workspace ID.'
      : trimmedId === DEMO_WORKSPACE_ID || WORKSPACE_ID.test(trimmedId)
        ? undefined
        : 'A workspace ID has only letters, digits, - and _.';
  const tokenError = serverHasToken || token.trim() !== '' ? undefined : 'Enter the API token.';
  const showErrors = touched;

  async function check(connecting: boolean) {
    setTouched(true);
    if (workspaceError) {
      workspaceInput.current?.focus();
      return;
    }
    if (trimmedId === DEMO_WORKSPACE_ID) {
      if (connecting) navigate(connectUrl(DEMO_WORKSPACE_ID, mode));
      return;
    }
    if (tokenError) {
      tokenInput.current?.focus();
      return;
    }
    const current = ++run.current;
    setPhase({ state: 'testing', connecting });
    let result: ConnectionTestResult;
    try {
      const answer = await testConnection({
        workspaceId: trimmedId,
        mode,
        token: serverHasToken ? undefined : token.trim(),
        baseUrl,
      });
      result = { ok: true, ...answer };
    } catch (error) {
      result = {
        ok: false,
        ...connectMessage(error, { workspaceId: trimmedId, serverHasToken, hour12 }),
      };
    }
    if (current !== run.current) return;
    setPhase({ state: 'done', result });
    if (result.ok && connecting) {
      if (!serverHasToken) saveToken(trimmedId, token, { remember });
      navigate(connectUrl(trimmedId, mode));
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void check(true);
  }

  function forget() {
    forgetToken();
    setStored(undefined);
    setToken('');
    setRemember(false);
    setForgotten(true);
    tokenInput.current?.focus();
  }

  const busy = phase.state === 'testing';

  return (
    <section aria-labelledby={`${ids.workspace}-heading`} className="mx-auto max-w-xl space-y-4 py-4">
      <div className="space-y-1">
        <h2 id={`${ids.workspace}-heading`} className="text-xl font-semibold">
          Connect your workspace
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-300">
          See your own Hyra workspace's sessions instead of the demo.
        </p>
      </div>
      {notice && (
        <p
          role="note"
          className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100"
        >
          {notice}
        </p>
      )}
      {/* No `name` on the text fields and no action: the form can never put the token in a URL. */}
      <form
        noValidate
        onSubmit={onSubmit}
        className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
      >
        <div className="space-y-1">
          <label htmlFor={ids.workspace} className="block text-sm font-semibold">
            Workspace ID
          </label>
          <input
            id={ids.workspace}
            ref={workspaceInput}
            value={workspaceId}
            onChange={(event) => setWorkspaceId(event.target.value)}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={showErrors && workspaceError !== undefined}
            aria-describedby={`${ids.workspace}-hint`}
            className={inputClass}
          />
          <p
            id={`${ids.workspace}-hint`}
            className={cn(
              'text-xs',
              showErrors && workspaceError
                ? 'text-rose-700 dark:text-rose-300'
                : 'text-slate-600 dark:text-slate-400',
            )}
          >
            {showErrors && workspaceError ? workspaceError : 'The 24-character ID of your workspace in Hyra.'}
          </p>
        </div>

        {serverHasToken ? (
          <p className="text-sm text-slate-700 dark:text-slate-300">
            This dashboard's server holds the API token and adds it to every request to Hyra: you need none
            here.
          </p>
        ) : (
          <div className="space-y-2">
            <div className="space-y-1">
              <label htmlFor={ids.token} className="block text-sm font-semibold">
                API token
              </label>
              <input
                id={ids.token}
                ref={tokenInput}
                type="password"
                value={token}
                onChange={(event) => {
                  setToken(event.target.value);
                  setForgotten(false);
                }}
                autoComplete="off"
                spellCheck={false}
                aria-invalid={showErrors && tokenError !== undefined}
                aria-describedby={`${ids.token}-hint`}
                className={inputClass}
              />
              <p
                id={`${ids.token}-hint`}
                className={cn(
                  'text-xs',
                  showErrors && tokenError
                    ? 'text-rose-700 dark:text-rose-300'
                    : 'text-slate-600 dark:text-slate-400',
                )}
              >
                {showErrors && tokenError
                  ? tokenError
                  : 'From Workspace Settings → Developer API in Hyra. It goes only to Hyra, through this dashboard’s server, and is kept for this tab unless you tick below.'}
              </p>
            </div>
            <div className="flex items-start gap-2">
              <input
                id={ids.remember}
                type="checkbox"
                checked={remember}
                onChange={(event) => setRemember(event.target.checked)}
                aria-describedby={`${ids.remember}-hint`}
                className={cn('mt-1 size-4', focusRing)}
              />
              <div>
                <label htmlFor={ids.remember} className="text-sm font-semibold">
                  Remember on this device
                </label>
                <p id={`${ids.remember}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
                  Keeps the token in this browser's storage after the tab closes. Anyone using this browser
                  profile can use it.
                </p>
              </div>
            </div>
            {stored ? (
              <div className="flex flex-wrap items-center gap-2 text-sm">
                <span>
                  A token for {stored.workspaceId} is saved{' '}
                  {stored.remembered ? 'on this device' : 'for this tab'}.
                </span>
                <Button variant="danger" onClick={forget}>
                  Forget token
                </Button>
              </div>
            ) : (
              forgotten && (
                <p role="status" className="text-sm">
                  The token is forgotten: nothing is kept in this browser.
                </p>
              )
            )}
          </div>
        )}

        <fieldset className="space-y-1">
          <legend className="text-sm font-semibold">How to load sessions</legend>
          {(
            [
              ['day', 'Day by day (recommended)', 'One request per day: the form known to work.'],
              [
                'range',
                'Whole range at once',
                'One request per visible range: fewer requests, but its parameter names are assumed.',
              ],
            ] as const
          ).map(([value, label, hint]) => (
            <div key={value} className="flex items-start gap-2">
              <input
                id={`${ids.mode}-${value}`}
                type="radio"
                name={ids.mode}
                value={value}
                checked={mode === value}
                onChange={() => setMode(value)}
                aria-describedby={`${ids.mode}-${value}-hint`}
                className={cn('mt-1 size-4', focusRing)}
              />
              <div>
                <label htmlFor={`${ids.mode}-${value}`} className="text-sm">
                  {label}
                </label>
                <p id={`${ids.mode}-${value}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
                  {hint}
                </p>
              </div>
            </div>
          ))}
        </fieldset>

        <div className="flex flex-wrap gap-2">
          <Button type="submit" variant="primary" disabled={busy}>
            Connect
          </Button>
          <Button onClick={() => void check(false)} disabled={busy}>
            Test connection
          </Button>
          {onCancel && (
            <Button variant="ghost" onClick={onCancel}>
              Back to the calendar
            </Button>
          )}
        </div>

        <div aria-live="polite" className="text-sm">
          {phase.state === 'testing' && (
            <p role="status">{phase.connecting ? 'Connecting…' : 'Testing the connection…'}</p>
          )}
          {phase.state === 'done' && phase.result.ok && (
            <p
              role="status"
              className="rounded-md bg-emerald-50 px-3 py-2 text-emerald-950 dark:bg-emerald-950 dark:text-emerald-50"
            >
              The connection works: Hyra answered with{' '}
              {phase.result.sessions === 1 ? '1 session' : `${phase.result.sessions} sessions`} for today
              {phase.result.dropped > 0 ? ` (${phase.result.dropped} in an unexpected shape)` : ''}.
            </p>
          )}
        </div>
        {phase.state === 'done' && !phase.result.ok && (
          <div
            role="alert"
            className="space-y-1 rounded-md border border-rose-300 bg-rose-50 px-3 py-2 text-sm text-rose-950 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-50"
          >
            <p className="font-semibold">{phase.result.title}</p>
            {phase.result.detail && <p className="break-words">{phase.result.detail}</p>}
          </div>
        )}
      </form>
    </section>
  );
}
