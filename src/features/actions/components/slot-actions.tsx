import { can, isSessionBlock, type Action, type SlotRef } from '../../../hyra/permissions';
import type { Session } from '../../../hyra/schemas';
import type { Holder } from '../../../hyra/selectors';
import { webAppPaths } from '../../../hyra/contract';
import { slotKey } from '../../../hyra/changes';
import { useRecentChange } from '../../../hyra/recent-changes';
import { isolate } from '../../../lib/bidi';
import { Button } from '../../../ui/button';
import { useActions } from './actions-provider';
import { HyraLink } from './hyra-link';

const TAKE: Record<SlotRef['kind'], Action> = { host: 'take-host', cohost: 'take-cohost', role: 'take-role' };
const ASSIGN: Record<SlotRef['kind'], Action> = {
  host: 'assign-host',
  cohost: 'assign-cohost',
  role: 'assign-role',
};

/** Take, assign or leave one slot, as far as the permissions allow. */
export function SlotActions({
  session,
  slot,
  holder,
  label,
}: {
  session: Session;
  slot: SlotRef;
  holder: Holder | null;
  label: string;
}) {
  const { env, take, startAssign, busy } = useActions();
  // A role's name comes from the API: isolated wherever it sits in our words (labels, titles, toasts).
  const named = slot.kind === 'role' ? isolate(label) : label;
  const context = {
    session,
    me: env.me,
    now: env.now,
    slotTaken: holder !== null,
    slotIsMine: holder !== null && holder.id === env.me,
  };
  const takeDecision = can(env.permissions, TAKE[slot.kind], context);
  const assignDecision = can(env.permissions, ASSIGN[slot.kind], context);
  const leaveDecision = can(env.permissions, 'leave-slot', context);
  const showTake = takeDecision.state !== 'hidden' && holder === null;
  // The block said under the slot: of the button shown, Take if it is there, else Assign.
  const shown = showTake ? takeDecision : assignDecision;
  const block = shown.state === 'disabled' ? shown : undefined;

  // A slot someone else took in the last refresh says so where its Take button was.
  const recent = useRecentChange(session._id)?.changes.find(
    (change) => change.kind === 'slot' && change.slot === slotKey(session, slot),
  );
  const takenBy =
    recent?.kind === 'slot' &&
    !recent.from &&
    holder &&
    holder.id !== env.me &&
    takeDecision.state !== 'hidden'
      ? recent.to
      : undefined;
  // Said as text where Take was (not a disabled button, which a keyboard never reaches); the
  // slot's other actions (Assign…) stay.
  const takenNote = takenBy && (
    <span className="text-xs font-medium text-amber-800 dark:text-amber-300">
      Taken by <bdi>{takenBy}</bdi> just now
    </span>
  );

  if (!showTake && assignDecision.state === 'hidden' && leaveDecision.state === 'hidden') {
    return takenNote || null;
  }
  // Blocks that apply to the whole session are said once, above the servers.
  if (block && isSessionBlock(block.code)) return takenNote || null;

  return (
    <span className="inline-flex flex-wrap items-center justify-end gap-1">
      {takenNote}
      {showTake && (
        <Button
          variant="primary"
          size="sm"
          disabled={takeDecision.state !== 'allowed' || busy}
          onClick={() => take(session, slot, named)}
          aria-label={`Take ${named}`}
        >
          Take
        </Button>
      )}
      {assignDecision.state !== 'hidden' && (
        <Button
          size="sm"
          disabled={assignDecision.state !== 'allowed' || busy}
          onClick={() => startAssign(session, slot, named)}
          title={assignDecision.state === 'disabled' ? assignDecision.reason : undefined}
          aria-label={`Assign ${named}`}
        >
          Assign…
        </Button>
      )}
      {leaveDecision.state === 'allowed' && (
        <HyraLink
          href={`${env.webUrl}${webAppPaths.session(env.api.workspaceId, session._id)}`}
          className="text-xs"
        >
          Leave in Hyra
        </HyraLink>
      )}
      {block && (
        <span className="w-full text-right text-xs text-slate-600 dark:text-slate-400">{block.reason}</span>
      )}
    </span>
  );
}
