import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FirstRunHint } from '../../src/app/first-run-hint';
import { saveSettings, useSettings } from '../../src/lib/settings';
import { resolveTheme, useApplyTheme } from '../../src/lib/theme';

function Themed() {
  const [settings] = useSettings();
  useApplyTheme(settings.theme);
  return null;
}

describe('themes', () => {
  it('resolves system, light and dark', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
    expect(resolveTheme('light', true)).toBe('light');
  });

  it('puts the chosen theme on the page and follows a change', () => {
    render(<Themed />);
    expect(document.documentElement).not.toHaveClass('dark');
    act(() => saveSettings({ theme: 'dark' }));
    expect(document.documentElement).toHaveClass('dark');
    act(() => saveSettings({ theme: 'light' }));
    expect(document.documentElement).not.toHaveClass('dark');
  });
});

describe('FirstRunHint', () => {
  it('shows once and stays dismissed', async () => {
    const { unmount } = render(<FirstRunHint demoUserId="42" />);
    expect(screen.getByRole('complementary', { name: 'Getting started' })).toHaveTextContent(
      'Roblox user 42',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Got it' }));
    expect(screen.queryByRole('complementary', { name: 'Getting started' })).not.toBeInTheDocument();
    unmount();
    render(<FirstRunHint demoUserId="42" />);
    expect(screen.queryByRole('complementary', { name: 'Getting started' })).not.toBeInTheDocument();
  });
});
