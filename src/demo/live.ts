import type { ChangeBody } from '../hyra/contract';
import { DemoApiError } from './errors';
import type { DemoStore, RawEvent } from './types';

/*
 * The "live" scenario: other staff take and drop slots, change and drop hosts, and now and
 * then cancel a session, while you watch (so every watch alert can be seen).
 * One change every LIVE_STEP_MS from the moment the demo starts, applied when a request
 * comes in (so nothing runs while nobody asks). Deterministic: the k-th change depends
 * only on k and the sessions coming up, so a test can replay it.
 *
 * The first change (20 s in) is the "someone else took it" one: another staff member
 * takes the first open role of the next session that has one.
 */

export const LIVE_STEP_MS = 20_000;
/** The upcoming sessions the changes go round. */
const CIRCLE = 4;
/** After a long quiet spell, only the last few changes are applied. */
const CATCH_UP = 5;

/** Every this many changes, one is a session cancelled (in Hyra's web app) instead. */
export const CANCEL_EVERY = 15;

/** Someone takes, gives or drops a slot, as `PATCH .../change` would. */
export interface SlotChange {
  sessionId: string;
  body: ChangeBody;
}
export type LiveChange = SlotChange | { sessionId: string; cancel: true };

type Kind = 'take-role' | 'change-host' | 'drop-role' | 'take-cohost' | 'drop-host' | 'cancel';
const KINDS: readonly Kind[] = ['take-role', 'change-host', 'drop-role', 'take-cohost', 'drop-host'];

const isOpen = (id: string | null | undefined) => id === undefined || id === null || id === '';

function roleChange(event: RawEvent, open: boolean, value: string): SlotChange | undefined {
  for (const server of event.servers) {
    for (const group of server.groups) {
      for (const role of group.roles) {
        if (isOpen(role.user_id) === open) {
          return {
            sessionId: event._id,
            body: { prop: 'role', server_id: server._id, group_id: group._id, role_id: role._id, value },
          };
        }
      }
    }
  }
  return undefined;
}

/** The k-th change, as things stand at `now`; undefined when there is nothing to change. */
export function planLiveChange(store: DemoStore, step: number, now: number): LiveChange | undefined {
  const upcoming = store.upcoming(now).filter((event) => Date.parse(event.start) >= now - LIVE_STEP_MS);
  const others = store.people.filter((person) => person.id !== store.me.id);
  if (upcoming.length === 0 || others.length === 0) return undefined;
  const kind = step % CANCEL_EVERY === CANCEL_EVERY - 1 ? 'cancel' : KINDS[step % KINDS.length]!;
  const person = others[(step * 7) % others.length]!.id;
  const candidates = upcoming.slice(0, CIRCLE);
  const from = Math.floor(step / KINDS.length) % candidates.length;
  for (let i = 0; i < candidates.length; i++) {
    const event = candidates[(from + i) % candidates.length]!;
    const held = (id: string | null | undefined) => !isOpen(id) && id !== store.me.id;
    let change: LiveChange | undefined;
    if (kind === 'take-role') change = roleChange(event, true, person);
    else if (kind === 'drop-role') {
      const drop = roleChange(event, false, '');
      const target = drop?.body.prop === 'role' ? drop.body : undefined;
      const holder = event.servers
        .find((server) => server._id === target?.server_id)
        ?.groups.find((group) => group._id === target?.group_id)
        ?.roles.find((role) => role._id === target?.role_id)?.user_id;
      change = drop && held(holder) ? drop : undefined;
    } else if (kind === 'change-host' && held(event.host_id) && event.host_id !== person) {
      change = { sessionId: event._id, body: { prop: 'host', value: person } };
    } else if (kind === 'take-cohost' && !event.schedule.disable_cohost && isOpen(event.co_host_id)) {
      change = { sessionId: event._id, body: { prop: 'cohost', value: person } };
    } else if (kind === 'drop-host' && held(event.host_id)) {
      change = { sessionId: event._id, body: { prop: 'host', value: '' } };
    } else if (kind === 'cancel' && Date.parse(event.start) > now) {
      change = { sessionId: event._id, cancel: true };
    }
    if (change) return change;
  }
  return undefined;
}

export interface LiveDriver {
  /** Applies the changes due by `now`. */
  advance(now: number): void;
}

/** Other staff at work on `store`, from `startedAt` on. */
export function createLiveDriver(store: DemoStore, startedAt: number): LiveDriver {
  let done = 0;
  return {
    advance(now) {
      const due = Math.floor((now - startedAt) / LIVE_STEP_MS);
      done = Math.max(done, due - CATCH_UP);
      for (; done < due; done++) {
        const change = planLiveChange(store, done, now);
        if (!change) continue;
        try {
          if ('cancel' in change) store.cancelElsewhere(change.sessionId);
          else store.change(change.sessionId, change.body);
        } catch (error) {
          // A change the store refuses (a permission, a cancelled session) is skipped.
          if (!(error instanceof DemoApiError)) throw error;
        }
      }
    },
  };
}
