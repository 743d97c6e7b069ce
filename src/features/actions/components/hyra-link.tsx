import type { ReactNode } from 'react';
import { cn } from '../../../lib/cn';
import { safeHttpUrl } from '../../../lib/safe-url';

/** A link into Hyra's web app, for actions with no public API: opens in a new tab. */
export function HyraLink({
  href,
  children,
  className,
}: {
  href: string;
  children: ReactNode;
  className?: string;
}) {
  const safe = safeHttpUrl(href);
  if (!safe) return null;
  return (
    <a
      href={safe}
      target="_blank"
      rel="noopener noreferrer"
      className={cn(
        'text-indigo-700 underline underline-offset-2 hover:text-indigo-900 dark:text-indigo-300',
        className,
      )}
    >
      {children}
      <span className="sr-only"> (opens Hyra in a new tab)</span>
    </a>
  );
}
