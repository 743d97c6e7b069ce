import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSettledValue } from '../../src/lib/use-settled-value';

describe('useSettledValue', () => {
  it('keeps the old value for the render that shows the new one, then catches up', async () => {
    const { result, rerender } = renderHook(({ value }) => useSettledValue(value), {
      initialProps: { value: 'March' },
    });
    expect(result.current).toBe('March');
    rerender({ value: 'April' });
    expect(result.current).toBe('March');
    await waitFor(() => expect(result.current).toBe('April'));
  });

  it('settles only on the last of quick changes', async () => {
    const seen: string[] = [];
    const { rerender } = renderHook(
      ({ value }) => {
        const settled = useSettledValue(value);
        if (seen.at(-1) !== settled) seen.push(settled);
        return settled;
      },
      { initialProps: { value: 'March' } },
    );
    rerender({ value: 'April' });
    rerender({ value: 'May' });
    rerender({ value: 'June' });
    await waitFor(() => expect(seen.at(-1)).toBe('June'));
    expect(seen).toEqual(['March', 'June']);
  });
});
