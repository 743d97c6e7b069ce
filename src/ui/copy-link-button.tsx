import { useState } from 'react';
import { Button } from './button';

/** Copies the page link (which holds the whole view state) and says so. */
export function CopyLinkButton({ label = 'Copy link' }: { label?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  async function copy() {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setState('copied');
    } catch {
      setState('failed');
    }
    setTimeout(() => setState('idle'), 2500);
  }
  return (
    <span className="inline-flex items-center gap-2">
      <Button onClick={() => void copy()}>{label}</Button>
      <span role="status" className="text-sm text-slate-600 dark:text-slate-300">
        {state === 'copied'
          ? 'Link copied'
          : state === 'failed'
            ? 'Copy failed: copy the address bar instead'
            : ''}
      </span>
    </span>
  );
}
