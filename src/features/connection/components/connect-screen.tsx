import { useId, useRef, useState, type FormEvent } from 'react';
import type { FetchMode } from '../../../hyra/api';
import { DEMO_WORKSPACE_ID } from '../../../hyra/runtime-config';
import { connectMessage } from '../../../hyra/error-messages/connect';
import { Button } from '../../../ui/button';
import { Choice } from '../../../ui/choice';
import { Field } from '../../../ui/field';
import { workspaceIdProblem } from '../model/workspace-id';
import { connectUrl, testConnection, type ConnectionTestResult } from '../model/test-connection';
import { forgetToken, readStoredToken, saveToken, type StoredToken } from '../model/token-store';
import { connectInputClass, TokenFields } from './token-fields';

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
  const ids = { heading: useId(), mode: useId() };
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
  const workspaceError = workspaceIdProblem(workspaceId);
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
    <section aria-labelledby={ids.heading} className="mx-auto max-w-xl space-y-4 py-4">
      <div className="space-y-1">
        <h2 id={ids.heading} className="text-xl font-semibold">
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
        <Field
          label="Workspace ID"
          hint="The 24-character ID of your workspace in Hyra (digits and the letters a–f)."
          error={showErrors ? workspaceError : undefined}
        >
          {(control) => (
            <input
              {...control}
              ref={workspaceInput}
              value={workspaceId}
              onChange={(event) => setWorkspaceId(event.target.value)}
              autoComplete="off"
              spellCheck={false}
              className={connectInputClass}
            />
          )}
        </Field>

        {serverHasToken ? (
          <p className="text-sm text-slate-700 dark:text-slate-300">
            This dashboard's server holds the API token and adds it to every request to Hyra: you need none
            here.
          </p>
        ) : (
          <TokenFields
            token={token}
            onToken={(value) => {
              setToken(value);
              setForgotten(false);
            }}
            error={showErrors ? tokenError : undefined}
            inputRef={tokenInput}
            remember={remember}
            onRemember={setRemember}
            stored={stored}
            forgotten={forgotten}
            onForget={forget}
          />
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
            <Choice
              key={value}
              type="radio"
              name={ids.mode}
              value={value}
              checked={mode === value}
              onChange={() => setMode(value)}
              label={label}
              hint={hint}
            />
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
