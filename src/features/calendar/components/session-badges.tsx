import type { Session } from '../../../hyra/schemas';
import { Badge } from '../../../ui/badge';

export function SessionBadges({ session }: { session: Session }) {
  return (
    <>
      {session.cancelled && <Badge tone="danger">Cancelled</Badge>}
      {session.in_progress && !session.cancelled && <Badge tone="live">In progress</Badge>}
      {session.adhoc && <Badge tone="info">Ad-hoc</Badge>}
    </>
  );
}
