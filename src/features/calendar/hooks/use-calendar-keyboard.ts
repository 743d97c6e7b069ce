import { useEffect } from 'react';
import { keyCommand, type KeyCommand } from '../model/keyboard';
import type { CalendarView } from '../model/views';

/** Inputs that take no typed text: shortcuts still work while one has focus. */
const KEYLESS_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'color']);

function isTyping(target: EventTarget | null) {
  const element = target as HTMLElement | null;
  if (!element) return false;
  if (element instanceof HTMLInputElement && KEYLESS_INPUTS.has(element.type)) {
    return element.closest('[role="dialog"], [role="alertdialog"]') !== null;
  }
  return (
    element.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName) ||
    element.closest('[role="dialog"], [role="alertdialog"]') !== null
  );
}

/** Calendar shortcuts on the whole page; `run` returns false when a command had nothing to do. */
export function useCalendarKeyboard(view: CalendarView, run: (command: KeyCommand) => boolean) {
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const target = event.target as HTMLElement | null;
      const onGridOrPage = target === document.body || target?.getAttribute('role') === 'gridcell';
      const command = keyCommand(event.key, { view, onGridOrPage });
      if (command && run(command)) event.preventDefault();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [view, run]);
}
