import { lazy, Suspense, type ComponentProps } from 'react';

// The dialog library loads the first time a sheet opens, not with the page.
const Sheet = lazy(() => import('./sheet').then((module) => ({ default: module.Sheet })));

/** A Sheet that is only rendered (and its code only fetched) while it is open. */
export function LazySheet(props: ComponentProps<typeof Sheet>) {
  if (!props.open) return null;
  return (
    <Suspense fallback={null}>
      <Sheet {...props} />
    </Suspense>
  );
}
