import type { ReactNode } from 'react';
import type { SlotRef } from '../../../hyra/permissions';
import type { User } from '../../../hyra/schemas';
import type { Holder, ServerView } from '../../../hyra/selectors';

export interface DetailContext {
  zone: string;
  zone2?: string;
  hour12: boolean;
  now: number;
  directory: Map<string, User>;
}

/** Where app/ plugs actions in: this feature only shows, it does not write. */
export interface DetailSlots {
  slotActions?: (slot: SlotRef, holder: Holder | null, label: string) => ReactNode;
  serverActions?: (server: ServerView) => ReactNode;
  sessionActions?: ReactNode;
}
