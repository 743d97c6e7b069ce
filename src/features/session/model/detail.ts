import type { ReactNode } from 'react';
import type { SlotRef } from '../../../hyra/permissions';
import type { Holder, ServerView } from '../../../hyra/selectors';

/** Where app/ plugs actions in: this feature only shows, it does not write. */
export interface DetailSlots {
  slotActions?: (slot: SlotRef, holder: Holder | null, label: string) => ReactNode;
  serverActions?: (server: ServerView) => ReactNode;
  sessionActions?: ReactNode;
  /** Watching the session (its slots' watch buttons come with `slotActions`). */
  watch?: ReactNode;
  /** The session's logs, for those who may read them. */
  logs?: ReactNode;
}
