import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LoadingProgress } from '../../../src/features/calendar/components/loading-progress';

describe('LoadingProgress', () => {
  it('says how many of the days are in, as a progress bar and in words', () => {
    render(<LoadingProgress done={18} total={44} />);

    const bar = screen.getByRole('progressbar', { name: 'Loading sessions' });
    expect(bar).toHaveValue(18);
    expect(bar).toHaveAttribute('aria-valuemax', '44');
    expect(bar).toHaveAttribute('aria-valuetext', '18 of 44 days');
    expect(screen.getByRole('status')).toHaveTextContent('Loading sessions: 18 of 44 days');
  });
});
