import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/** Whether the page is on its way to paper: between beforeprint and afterprint, or in print media. */
export function usePrinting() {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const media = window.matchMedia?.('print');
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(media?.matches ?? false);
    const change = () => (media?.matches ? before() : after());
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    media?.addEventListener?.('change', change);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      media?.removeEventListener?.('change', change);
    };
  }, []);
  return printing;
}

/**
 * Prints the period shown. What goes on paper is decided while printing, whichever way it
 * starts (this button or the browser's own Print): see `usePrinting` and the view registry's
 * `printsAs`.
 */
export const printPeriod = () => window.print();
