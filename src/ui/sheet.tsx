import * as Dialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
import { cn } from '../lib/cn';
import { focusRing } from './button';

/**
 * A side panel on wide screens and a full-height sheet on phones (Radix Dialog: focus trap,
 * Escape, focus return). `description` says what the sheet is about, under the title or (with
 * `descriptionHidden`, when the content already shows it) only to assistive technology; with
 * none, the sheet has no description at all rather than a meaningless one.
 */
export function Sheet({
  open,
  onOpenChange,
  title,
  description,
  descriptionHidden = false,
  children,
  className,
  returnFocusTo,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  /** Said to assistive technology only: the sheet's content shows it already. */
  descriptionHidden?: boolean;
  children: ReactNode;
  className?: string;
  /** Where focus goes on close when the sheet was not opened by a trigger (e.g. from the URL). */
  returnFocusTo?: () => HTMLElement | null | undefined;
}) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-950/40" />
        <Dialog.Content
          onCloseAutoFocus={(event) => {
            const target = returnFocusTo?.();
            if (target?.isConnected) {
              event.preventDefault();
              target.focus();
            }
          }}
          // Without a description there is nothing to point to (and Radix would warn).
          {...(description ? {} : { 'aria-describedby': undefined })}
          className={cn(
            'fixed inset-y-0 right-0 z-50 flex w-full max-w-xl flex-col overflow-hidden bg-white shadow-xl dark:bg-slate-900',
            className,
          )}
        >
          <div className="flex items-start gap-3 border-b border-slate-200 p-4 dark:border-slate-700">
            <div className="min-w-0 flex-1">
              <Dialog.Title className="text-lg font-semibold break-words">{title}</Dialog.Title>
              {description ? (
                <Dialog.Description
                  className={descriptionHidden ? 'sr-only' : 'text-sm text-slate-600 dark:text-slate-300'}
                >
                  {description}
                </Dialog.Description>
              ) : null}
            </div>
            <Dialog.Close
              className={cn(
                'rounded-md px-2 py-1 text-sm hover:bg-slate-100 dark:hover:bg-slate-800',
                focusRing,
              )}
              aria-label="Close"
            >
              ✕
            </Dialog.Close>
          </div>
          <div className="relative min-h-0 flex-1 overflow-y-auto p-4">{children}</div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
