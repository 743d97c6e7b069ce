// jsdom lays nothing out: helpers for tests of virtual lists and of periods drawn ahead.
import { vi } from 'vitest';

/** Gives every element a size, so a virtual list has rows in sight. */
export function withLayout() {
  vi.spyOn(Element.prototype, 'clientHeight', 'get').mockReturnValue(640);
  vi.spyOn(Element.prototype, 'clientWidth', 'get').mockReturnValue(800);
}

/** Not inside a period drawn ahead of time out of sight (those are aria-hidden). */
export const onScreen = (element: Element) => element.closest('[aria-hidden="true"]') === null;
