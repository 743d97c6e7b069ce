import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Sheet } from '../../src/ui/sheet';

function show(props: { description?: string; descriptionHidden?: boolean }) {
  render(
    <Sheet open onOpenChange={() => {}} title="Settings" {...props}>
      <p>Body</p>
    </Sheet>,
  );
  return screen.getByRole('dialog', { name: 'Settings' });
}

describe('Sheet', () => {
  it('is described by the description its caller gives, shown under the title', () => {
    const sheet = show({ description: 'Kept on this device.' });
    expect(sheet).toHaveAccessibleDescription('Kept on this device.');
    expect(screen.getByText('Kept on this device.')).not.toHaveClass('sr-only');
  });

  it('can say its description to assistive technology only', () => {
    const sheet = show({ description: 'Session on Wed, Dec 2, 14:00 UTC', descriptionHidden: true });
    expect(sheet).toHaveAccessibleDescription('Session on Wed, Dec 2, 14:00 UTC');
    expect(screen.getByText('Session on Wed, Dec 2, 14:00 UTC')).toHaveClass('sr-only');
  });

  it('with nothing to say, has no description (not "Details")', () => {
    const sheet = show({});
    expect(sheet).not.toHaveAttribute('aria-describedby');
    expect(sheet).toHaveAccessibleDescription('');
    expect(screen.queryByText('Details')).not.toBeInTheDocument();
  });
});
