import type { Ref } from 'react';
import { cn } from '../../../lib/cn';
import { Button, focusRing } from '../../../ui/button';
import { Choice } from '../../../ui/choice';
import { Field } from '../../../ui/field';
import type { StoredToken } from '../model/token-store';

/** The connect form's text inputs: monospace, with a red edge while invalid. */
export const connectInputClass = cn(
  'w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 font-mono text-sm dark:border-slate-600 dark:bg-slate-800',
  'aria-[invalid=true]:border-rose-600',
  focusRing,
);

/** The API token, whether to remember it, and the token already saved with a way to forget it. */
export function TokenFields({
  token,
  onToken,
  error,
  inputRef,
  remember,
  onRemember,
  stored,
  forgotten,
  onForget,
}: {
  token: string;
  onToken: (token: string) => void;
  /** Shown (and the field marked invalid) once the form has been submitted. */
  error?: string;
  inputRef: Ref<HTMLInputElement>;
  remember: boolean;
  onRemember: (remember: boolean) => void;
  stored: StoredToken | undefined;
  /** The saved token was just forgotten: say so. */
  forgotten: boolean;
  onForget: () => void;
}) {
  return (
    <div className="space-y-2">
      <Field
        label="API token"
        hint="From Workspace Settings → Developer API in Hyra. It goes only to Hyra, through this dashboard’s server, and is kept for this tab unless you tick below."
        error={error}
      >
        {(control) => (
          <input
            {...control}
            ref={inputRef}
            type="password"
            value={token}
            onChange={(event) => onToken(event.target.value)}
            autoComplete="off"
            spellCheck={false}
            className={connectInputClass}
          />
        )}
      </Field>
      <Choice
        type="checkbox"
        strong
        label="Remember on this device"
        hint="Keeps the token in this browser's storage after the tab closes. Anyone using this browser profile can use it."
        checked={remember}
        onChange={(event) => onRemember(event.target.checked)}
      />
      {stored ? (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span>
            A token for {stored.workspaceId} is saved {stored.remembered ? 'on this device' : 'for this tab'}.
          </span>
          <Button variant="danger" onClick={onForget}>
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
  );
}
