import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { deferred } from '../../src/ui/deferred';

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

describe('deferred', () => {
  it('shows the fallback while the code loads, then the component with its props', async () => {
    let resolve: (component: typeof Greeting) => void = () => {};
    const Later = deferred<{ name: string }>(
      () => new Promise((done) => (resolve = done)),
      <p role="status">Loading…</p>,
    );
    render(<Later name="Ada" />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    resolve(Greeting);
    expect(await screen.findByText('Hello Ada')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('renders at once, with no fallback, once preloaded', async () => {
    const Later = deferred<{ name: string }>(async () => Greeting, <p>Loading…</p>);
    await Later.preload();
    render(<Later name="Grace" />);
    expect(screen.getByText('Hello Grace')).toBeInTheDocument();
  });

  it('says when the code could not be loaded, and tries again on request', async () => {
    let attempts = 0;
    const Later = deferred<{ name: string }>(async () => {
      attempts += 1;
      if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return Greeting;
    });
    render(<Later name="Linus" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be loaded');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Hello Linus')).toBeInTheDocument();
    expect(attempts).toBe(2);
  });
});
