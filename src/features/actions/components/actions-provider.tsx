import type { DisplayContext } from '../../../hyra/display-context';
import { createContext, useContext, useId, useState, type ReactNode } from 'react';
import type { HyraApi } from '../../../hyra/api';
import { writeMessage } from '../../../hyra/error-messages/write';
import {
  useChangeSlot,
  useCreateServer,
  useDeleteServer,
  type SlotChange,
  type WriteOutcome,
} from '../../../hyra/mutations';
import type { Permissions, Session } from '../../../hyra/schemas';
import { holderName, type Holder } from '../../../hyra/selectors';
import { isolate } from '../../../lib/bidi';
import type { SlotRef } from '../../../hyra/permissions';
import { formatTime } from '../../../lib/format';
import { Button } from '../../../ui/button';
import { Dialog, DialogClose } from '../../../ui/dialog';
import { toast } from '../../../ui/toaster';
import { slotsLostWithServer, takeWarning } from '../model/overlaps';

export interface ActionEnv extends DisplayContext {
  api: HyraApi;
  permissions: Permissions;
  me?: string;
  /** Every loaded session: for overlap warnings. */
  sessions: Session[];
  /** Hyra's web app, for actions with no public endpoint. */
  webUrl: string;
}

interface Confirmation {
  title: string;
  body: ReactNode;
  confirm: string;
  danger?: boolean;
  onConfirm: () => void;
}

interface AssignTarget {
  session: Session;
  slot: SlotRef;
  label: string;
}

interface ActionsApi {
  env: ActionEnv;
  busy: boolean;
  take: (session: Session, slot: SlotRef, label: string) => void;
  startAssign: (session: Session, slot: SlotRef, label: string) => void;
  createServer: (session: Session) => void;
  deleteServer: (session: Session, serverId: string, serverNumber: number) => void;
}

const ActionsContext = createContext<ActionsApi | null>(null);

export function useActions(): ActionsApi {
  const value = useContext(ActionsContext);
  if (!value) throw new Error('useActions needs an ActionsProvider');
  return value;
}

function slotName(label: string, session: Session, env: ActionEnv) {
  return `${isolate(label)} of ${isolate(session.schedule.name)} at ${formatTime(session.start, env.zone, env.hour12)}`;
}

/** Holds the write hooks and the confirm and assign dialogs for everything below it. */
export function ActionsProvider({ env, children }: { env: ActionEnv; children: ReactNode }) {
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);
  const [assigning, setAssigning] = useState<AssignTarget | null>(null);

  const report = (what: string) => (outcome: WriteOutcome) => {
    if (outcome.kind === 'done') toast({ tone: 'success', title: what });
    else if (outcome.kind === 'failed') {
      toast({
        tone: 'error',
        title: `Not saved: ${what.toLowerCase()}`,
        detail: `${writeMessage(outcome.error)} The change was undone.`,
      });
    } else {
      toast({
        tone: 'warning',
        title: 'Someone else took it',
        detail: `The slot is now held by ${isolate(holderName(outcome.holder, env.directory).primary)}.`,
      });
    }
  };

  const change = useChangeSlot(env.api, (outcome, done: SlotChange) =>
    report(
      done.value === env.me
        ? `Took ${done.slot.kind === 'role' ? 'the role' : done.slot.kind === 'host' ? 'Host' : 'Co-host'}`
        : 'Assigned the slot',
    )(outcome),
  );
  const create = useCreateServer(env.api, env.me, report('Created a server'));
  const remove = useDeleteServer(env.api, report('Deleted the server'));

  /** Runs a write that gives me a slot, after asking when it clashes with one I hold. */
  const askIfMine = (session: Session, userId: string, label: string, run: () => void) => {
    const warning =
      userId === env.me ? takeWarning(env.sessions, userId, session, env) : ({ kind: 'none' } as const);
    if (warning.kind === 'none') {
      run();
      return;
    }
    const slot = slotName(label, session, env);
    setConfirmation(
      warning.kind === 'same-session'
        ? {
            title: 'You already hold a slot in this session',
            body: <p>Take {slot} as well?</p>,
            confirm: 'Take it as well',
            onConfirm: run,
          }
        : {
            title: 'This overlaps a slot you hold',
            body: (
              <>
                <p>You already hold a slot within {env.displayMinutes} minutes of this session:</p>
                <ul className="my-2 list-disc pl-5">
                  {warning.sessions.map((other) => (
                    <li key={other._id}>
                      <bdi>{other.schedule.name}</bdi> at {formatTime(other.start, env.zone, env.hour12)}
                    </li>
                  ))}
                </ul>
                <p>Take {slot} anyway?</p>
              </>
            ),
            confirm: 'Take it anyway',
            onConfirm: run,
          },
    );
  };

  const take = (session: Session, slot: SlotRef, label: string) => {
    if (!env.me) return;
    const me = env.me;
    askIfMine(session, me, label, () =>
      change.mutate({
        session,
        slot,
        value: me,
        user: env.directory.get(me),
        quota: slot.kind === 'role' ? undefined : slot.kind,
      }),
    );
  };

  const deleteServer = (session: Session, serverId: string, serverNumber: number) => {
    const lost = slotsLostWithServer(session, serverId);
    setConfirmation({
      title: `Delete server ${serverNumber}?`,
      danger: true,
      body:
        lost.length === 0 ? (
          <p>Nobody holds a slot on this server.</p>
        ) : (
          <>
            <p>These people lose their slot:</p>
            <ul className="my-2 list-disc pl-5">
              {lost.map(({ slot, holder }, i) => (
                <li key={`${holder.id}-${i}`}>
                  <bdi>{holderName(holder, env.directory).primary}</bdi> (<bdi>{slot}</bdi>)
                </li>
              ))}
            </ul>
          </>
        ),
      confirm: 'Delete server',
      onConfirm: () => remove.mutate({ session, serverId }),
    });
  };

  const value: ActionsApi = {
    env,
    busy: change.isPending || create.isPending || remove.isPending,
    take,
    startAssign: (session, slot, label) => setAssigning({ session, slot, label }),
    createServer: (session) => create.mutate(session),
    deleteServer,
  };

  return (
    <ActionsContext value={value}>
      {children}
      <ConfirmDialog confirmation={confirmation} onClose={() => setConfirmation(null)} />
      <AssignDialog
        target={assigning}
        env={env}
        onClose={() => setAssigning(null)}
        onAssign={(target, userId) =>
          askIfMine(target.session, userId, target.label, () =>
            change.mutate({
              session: target.session,
              slot: target.slot,
              value: userId,
              user: env.directory.get(userId),
            }),
          )
        }
      />
    </ActionsContext>
  );
}

function ConfirmDialog({
  confirmation,
  onClose,
}: {
  confirmation: Confirmation | null;
  onClose: () => void;
}) {
  return (
    <Dialog
      alert
      open={confirmation !== null}
      onOpenChange={(open) => !open && onClose()}
      title={confirmation?.title}
      description={confirmation?.body}
    >
      <div className="mt-4 flex justify-end gap-2">
        <DialogClose asChild>
          <Button>Keep as is</Button>
        </DialogClose>
        <Button
          variant={confirmation?.danger ? 'danger' : 'primary'}
          onClick={() => {
            confirmation?.onConfirm();
            onClose();
          }}
        >
          {confirmation?.confirm}
        </Button>
      </div>
    </Dialog>
  );
}

function AssignDialog({
  target,
  env,
  onClose,
  onAssign,
}: {
  target: AssignTarget | null;
  env: ActionEnv;
  onClose: () => void;
  onAssign: (target: AssignTarget, userId: string) => void;
}) {
  const inputId = useId();
  const listId = useId();
  const [value, setValue] = useState('');
  const [touched, setTouched] = useState(false);
  const userId = value.trim();
  const valid = /^\d{1,20}$/.test(userId);
  const known: Holder | null = valid ? { id: userId, user: env.directory.get(userId) } : null;

  const close = () => {
    setValue('');
    setTouched(false);
    onClose();
  };

  return (
    <Dialog
      open={target !== null}
      onOpenChange={(open) => !open && close()}
      title={`Assign ${target?.label ?? ''}`}
      description={target ? slotName(target.label, target.session, env) : undefined}
    >
      <form
        className="mt-3 space-y-2"
        onSubmit={(event) => {
          event.preventDefault();
          setTouched(true);
          if (!target || !valid) return;
          onAssign(target, userId);
          close();
        }}
      >
        <label htmlFor={inputId} className="block text-sm font-semibold">
          Roblox user ID
        </label>
        <input
          id={inputId}
          list={listId}
          inputMode="numeric"
          autoComplete="off"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={touched && !valid}
          aria-describedby={`${inputId}-hint`}
          className="w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 focus-visible:outline-2 focus-visible:outline-indigo-600 dark:border-slate-600 dark:bg-slate-800"
        />
        <datalist id={listId}>
          {[...env.directory].map(([id, user]) => (
            <option key={id} value={id}>
              {isolate(user.display_name ?? user.username ?? id)}
              {user.username ? ` (@${isolate(user.username)})` : ''}
            </option>
          ))}
        </datalist>
        <p
          id={`${inputId}-hint`}
          className={
            touched && !valid
              ? 'text-sm text-rose-700 dark:text-rose-300'
              : 'text-sm text-slate-600 dark:text-slate-300'
          }
        >
          {touched && !valid
            ? 'A Roblox user ID is digits only.'
            : known?.user
              ? [holderName(known, env.directory).primary, holderName(known, env.directory).secondary]
                  .filter(Boolean)
                  .map((part) => isolate(part!))
                  .join(' ')
              : 'Suggestions are people seen in the loaded sessions.'}
        </p>
        <div className="flex justify-end gap-2 pt-2">
          <DialogClose asChild>
            <Button>Cancel</Button>
          </DialogClose>
          <Button type="submit" variant="primary">
            Assign
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
