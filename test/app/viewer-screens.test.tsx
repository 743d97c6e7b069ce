import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AccountBadge, initials, ViewerGate } from '../../src/app/viewer-screens';

describe('who is signed in', () => {
  it('shows initials, name, role and a Sign out that posts to the server', () => {
    render(
      <AccountBadge
        viewer={{ status: 'staff', person: { id: '42', name: 'Ava Rivera' }, role: 'admin', allows: {} }}
      />,
    );
    expect(screen.getByText('AR')).toBeInTheDocument();
    // The words "Signed in as" are for screen readers; the name follows them.
    // eslint-disable-next-line testing-library/no-node-access
    expect(screen.getByText('Signed in as').parentElement).toHaveTextContent('Signed in as Ava Rivera');
    expect(screen.getByText('Admin')).toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Sign out' });
    expect(form).toHaveAttribute('action', '/auth/logout');
    expect(form).toHaveAttribute('method', 'post');
    expect(within(form).getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
  });

  it.each([
    ['Ava Rivera', 'AR'],
    ['ليلى', 'ل'],
    ['Frostbyte ❄️', 'F❄'],
    ['', '42'],
  ])('initials of "%s" are %s', (name, expected) => {
    expect(initials({ id: '42', name })).toBe(expected);
  });
});

describe('the gate', () => {
  it('offers sign-in with Roblox and comes back to the same page', () => {
    window.history.replaceState(null, '', '/?view=month');
    render(<ViewerGate viewer={{ status: 'signed-out' }} />);
    expect(screen.getByRole('link', { name: 'Sign in with Roblox' })).toHaveAttribute(
      'href',
      '/auth/login?returnTo=%2F%3Fview%3Dmonth',
    );
  });

  it('tells someone off the staff who they are signed in as, and lets them sign out', () => {
    render(
      <ViewerGate
        viewer={{ status: 'not-staff', person: { id: '9', name: 'Mallory' }, message: 'not on the staff' }}
      />,
    );
    expect(screen.getByRole('region', { name: 'Not on the staff' })).toHaveTextContent(
      'You are signed in as Mallory, who is not on this workspace’s staff.',
    );
    expect(screen.getByRole('button', { name: 'Sign out and use another account' })).toBeInTheDocument();
  });

  it("says the server's words when access cannot be checked", () => {
    render(<ViewerGate viewer={{ status: 'unavailable', message: 'Roblox did not answer.' }} />);
    expect(screen.getByRole('region', { name: 'Cannot check your access right now' })).toHaveTextContent(
      'Roblox did not answer.',
    );
  });

  it('lets staff through', () => {
    const { container } = render(
      <ViewerGate viewer={{ status: 'staff', person: { id: '1', name: 'A' }, role: 'staff', allows: {} }} />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
