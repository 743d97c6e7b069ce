import type { ComponentProps } from 'react';
import { deferred } from './deferred';
import type { Sheet as SheetComponent } from './sheet';

// The dialog library loads after the page (see `preloadSheet`) or the first time a sheet opens.
const Sheet = deferred<ComponentProps<typeof SheetComponent>>(() =>
  import('./sheet').then((module) => module.Sheet),
);

/** Fetches the dialog code ahead of the first sheet, e.g. when the browser is idle. */
export const preloadSheet = Sheet.preload;

/** A Sheet that is only rendered (and its code only fetched) while it is open. */
export function LazySheet(props: ComponentProps<typeof Sheet>) {
  if (!props.open) return null;
  return <Sheet {...props} />;
}
