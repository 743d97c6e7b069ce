import { useSyncExternalStore } from 'react';
import { cn } from '../lib/cn';

export interface Toast {
  id: number;
  tone: 'success' | 'error' | 'warning';
  title: string;
  detail?: string;
  /** A button beside the message ("Open"); `name` is its accessible name when the label is not enough. */
  action?: { label: string; name?: string; run: () => void };
}

let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());

export function dismissToast(id: number) {
  toasts = toasts.filter((toast) => toast.id !== id);
  emit();
}

/** Shows a message; successes fade after a few seconds, problems stay until dismissed. */
export function toast(message: Omit<Toast, 'id'>) {
  const id = nextId++;
  toasts = [...toasts.slice(-3), { ...message, id }];
  emit();
  if (message.tone === 'success') setTimeout(() => dismissToast(id), 5000);
  return id;
}

export function clearToasts() {
  toasts = [];
  emit();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const TONES = {
  success:
    'border-emerald-300 bg-emerald-50 text-emerald-950 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-50',
  error: 'border-rose-300 bg-rose-50 text-rose-950 dark:border-rose-700 dark:bg-rose-950 dark:text-rose-50',
  warning:
    'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50',
};

/** Live regions for write outcomes: polite for successes, assertive for problems. */
export function Toaster() {
  const list = useSyncExternalStore(
    subscribe,
    () => toasts,
    () => toasts,
  );
  const render = (items: Toast[]) =>
    items.map((item) => (
      <div
        key={item.id}
        className={cn(
          'pointer-events-auto flex items-start gap-2 rounded-lg border p-3 shadow-lg',
          TONES[item.tone],
        )}
      >
        <div className="min-w-0 flex-1">
          <p className="font-semibold break-words">{item.title}</p>
          {item.detail && <p className="text-sm break-words">{item.detail}</p>}
        </div>
        {item.action && (
          <button
            type="button"
            onClick={() => {
              dismissToast(item.id);
              item.action!.run();
            }}
            className="min-h-6 rounded border border-current px-2 text-sm font-medium hover:bg-black/10 focus-visible:outline-2 focus-visible:outline-indigo-600"
            aria-label={item.action.name}
          >
            {item.action.label}
          </button>
        )}
        <button
          type="button"
          onClick={() => dismissToast(item.id)}
          className="rounded px-1 text-sm hover:bg-black/10 focus-visible:outline-2 focus-visible:outline-indigo-600"
          aria-label={`Dismiss: ${item.title}`}
        >
          ✕
        </button>
      </div>
    ));
  return (
    // Bottom left on wide screens: panels open on the right, and toasts must not cover them.
    <div className="pointer-events-none fixed inset-x-2 bottom-2 z-[60] flex flex-col items-start gap-2 sm:right-auto sm:left-4 sm:w-96">
      <div role="status" aria-live="polite" className="flex w-full flex-col gap-2">
        {render(list.filter((item) => item.tone === 'success'))}
      </div>
      <div role="alert" aria-live="assertive" className="flex w-full flex-col gap-2">
        {render(list.filter((item) => item.tone !== 'success'))}
      </div>
    </div>
  );
}
