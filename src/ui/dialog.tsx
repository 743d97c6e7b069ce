import * as RadixDialog from '@radix-ui/react-dialog';
import { useRef, type ReactNode } from 'react';

/** Closes the dialog it is in; wrap a button with `asChild`. */
export const DialogClose = RadixDialog.Close;

/**
 * A small dialog in the middle of the screen, above the page and above a sheet (Radix
 * Dialog: focus trap, Escape and a click outside close it). On close, focus goes back to
 * where it was when the dialog opened (Radix alone would return it only to a
 * `Dialog.Trigger`, and these dialogs are opened by code).
 * `alert`: a question that needs an answer (role alertdialog); its description is the
 * message itself, in the body text. Otherwise the description is a quieter line under the
 * title.
 */
export function Dialog({
  open,
  onOpenChange,
  title,
  description,
  alert = false,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  alert?: boolean;
  children: ReactNode;
}) {
  const openedFrom = useRef<HTMLElement | null>(null);
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 z-[65] bg-slate-950/50" />
        <RadixDialog.Content
          role={alert ? 'alertdialog' : 'dialog'}
          onOpenAutoFocus={() => {
            // Runs before Radix moves focus in: the active element is still the opener.
            openedFrom.current =
              document.activeElement instanceof HTMLElement ? document.activeElement : null;
          }}
          onCloseAutoFocus={(event) => {
            const target = openedFrom.current;
            openedFrom.current = null;
            if (target?.isConnected) {
              event.preventDefault();
              target.focus();
            }
          }}
          // Without a description there is nothing to point to (and Radix would warn).
          {...(description ? {} : { 'aria-describedby': undefined })}
          className="fixed top-1/2 left-1/2 z-[70] w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-4 shadow-xl dark:bg-slate-900"
        >
          <RadixDialog.Title className="text-lg font-semibold">{title}</RadixDialog.Title>
          {description ? (
            <RadixDialog.Description asChild>
              <div className={alert ? 'mt-2 text-sm' : 'text-sm text-slate-600 dark:text-slate-300'}>
                {description}
              </div>
            </RadixDialog.Description>
          ) : null}
          {children}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
