import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { Dialog, DialogClose } from '../../src/ui/dialog';

function Opener({
  alert,
  description,
  children,
}: {
  alert?: boolean;
  description?: ReactNode;
  children?: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Delete server 1
      </button>
      <Dialog
        open={open}
        onOpenChange={setOpen}
        alert={alert}
        title="Delete server 1?"
        description={description}
      >
        {children ?? (
          <DialogClose asChild>
            <button type="button">Keep as is</button>
          </DialogClose>
        )}
      </Dialog>
    </>
  );
}

describe('Dialog', () => {
  it('opens named by its title and described by its description, with focus inside', async () => {
    const user = userEvent.setup();
    render(<Opener description="Nobody holds a slot on this server." />);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete server 1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete server 1?' });
    expect(dialog).toHaveAccessibleDescription('Nobody holds a slot on this server.');
    // eslint-disable-next-line testing-library/no-node-access -- focus is somewhere inside
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
  });

  it('closes on Escape and gives focus back to the button that opened it', async () => {
    const user = userEvent.setup();
    render(<Opener />);
    const opener = screen.getByRole('button', { name: 'Delete server 1' });
    await user.click(opener);
    await screen.findByRole('dialog', { name: 'Delete server 1?' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(opener).toHaveFocus());
  });

  it('closes from a close button inside it', async () => {
    const user = userEvent.setup();
    render(<Opener />);
    await user.click(screen.getByRole('button', { name: 'Delete server 1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete server 1?' });
    await user.click(screen.getByRole('button', { name: 'Keep as is' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('button', { name: 'Delete server 1' })).toHaveFocus());
  });

  it('keeps Tab inside the dialog', async () => {
    const user = userEvent.setup();
    render(
      <Opener>
        <button type="button">First</button>
        <button type="button">Second</button>
      </Opener>,
    );
    await user.click(screen.getByRole('button', { name: 'Delete server 1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete server 1?' });
    for (let i = 0; i < 4; i++) {
      await user.tab();
      // eslint-disable-next-line testing-library/no-node-access -- focus is somewhere inside
      expect(dialog).toContainElement(document.activeElement as HTMLElement);
    }
  });

  it('is an alertdialog when it asks for an answer', async () => {
    const user = userEvent.setup();
    render(<Opener alert description={<p>These people lose their slot.</p>} />);
    await user.click(screen.getByRole('button', { name: 'Delete server 1' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete server 1?' });
    expect(dialog).toHaveAccessibleDescription('These people lose their slot.');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
