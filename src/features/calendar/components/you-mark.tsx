import { cn } from '../../../lib/cn';

/**
 * Marks a session (or a slot) the viewer holds. Seen, not heard: the session's accessible
 * name already says "you: Host, Server 2".
 */
export function YouMark({ className }: { className?: string }) {
  return (
    <span
      aria-hidden="true"
      className={cn(
        'inline-flex shrink-0 items-center rounded bg-indigo-700 px-1 text-[10px] leading-4 font-bold text-white uppercase dark:bg-indigo-300 dark:text-indigo-950',
        className,
      )}
    >
      You
    </span>
  );
}
