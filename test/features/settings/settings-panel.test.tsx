import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useUrlState } from '../../../src/app/url-state';
import { SettingsPanel } from '../../../src/features/settings/components/settings-panel';
import { SETTINGS_KEY } from '../../../src/lib/settings';
import { renderWithApp } from '../../render-app';

/** The panel as the shell places it: the zones are part of the page link. */
function Settings() {
  const [url, setUrl] = useUrlState();
  return <SettingsPanel zones={url} onZones={setUrl} />;
}

describe('SettingsPanel', () => {
  it('puts a chosen zone and a second zone into the link', async () => {
    const { user } = renderWithApp(<Settings />, { url: '/?view=week' });
    const zone = screen.getByLabelText('Time zone');
    await user.clear(zone);
    // (Not one of the zones CI runs in: the viewer's own zone is left out of the link.)
    await user.type(zone, 'Australia/Adelaide');
    await user.click(screen.getAllByRole('button', { name: 'Apply' })[0]!);
    expect(new URLSearchParams(window.location.search).get('zone')).toBe('Australia/Adelaide');
    const second = screen.getByLabelText('Second time zone (optional)');
    await user.type(second, 'America/New_York');
    await user.click(screen.getAllByRole('button', { name: 'Apply' })[1]!);
    expect(new URLSearchParams(window.location.search).get('zone2')).toBe('America/New_York');
    expect(window.location.search).toContain('view=week');
  });

  it('refuses a zone that does not exist, with a message', async () => {
    const { user } = renderWithApp(<Settings />);
    const zone = screen.getByLabelText('Time zone');
    await user.clear(zone);
    await user.type(zone, 'Mars/Olympus');
    expect(zone).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/is not a time zone/)).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Apply' })[0]).toBeDisabled();
  });

  it('saves the clock, the display length and my Roblox user ID on this device', async () => {
    const { user } = renderWithApp(<Settings />);
    await user.click(screen.getByRole('radio', { name: /12-hour/ }));
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    const length = screen.getByLabelText('Display length of a session (minutes)');
    await user.clear(length);
    await user.type(length, '90');
    await user.type(screen.getByLabelText('Your Roblox user ID'), '12345');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(JSON.parse(window.localStorage.getItem(SETTINGS_KEY)!)).toMatchObject({
      hour12: true,
      theme: 'dark',
      displayMinutes: 90,
      myUserId: '12345',
    });
  });

  it('rejects a user ID that is not digits', async () => {
    const { user } = renderWithApp(<Settings />);
    await user.type(screen.getByLabelText('Your Roblox user ID'), 'bob');
    expect(screen.getByText('A Roblox user ID is digits only.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });
});

describe('display length', () => {
  it('says what is allowed while the field holds a value out of range', async () => {
    const { user } = renderWithApp(<Settings />);
    const length = screen.getByLabelText('Display length of a session (minutes)');
    await user.clear(length);
    await user.type(length, '5');
    expect(length).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Enter whole minutes from 15 to 480.')).toBeInTheDocument();
  });
});
