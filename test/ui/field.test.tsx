import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Choice } from '../../src/ui/choice';
import { Field } from '../../src/ui/field';

/** A field that wants digits, the way the settings and the connect screen use it. */
function DigitsField() {
  const [value, setValue] = useState('');
  const valid = /^\d*$/.test(value);
  return (
    <Field label="User ID" hint="The number in your profile link." error={valid ? undefined : 'Digits only.'}>
      {(control) => <input {...control} value={value} onChange={(event) => setValue(event.target.value)} />}
    </Field>
  );
}

describe('Field', () => {
  it('names the control with its label and describes it with the hint', async () => {
    render(<DigitsField />);
    const input = screen.getByRole('textbox', { name: 'User ID' });
    expect(input).toHaveAccessibleDescription('The number in your profile link.');
    expect(input).not.toBeInvalid();
    // The label is a real label: clicking it puts the cursor in the field.
    await userEvent.setup().click(screen.getByText('User ID'));
    expect(input).toHaveFocus();
  });

  it('turns the hint into the error, in the error colour, and marks the control invalid', async () => {
    const user = userEvent.setup();
    render(<DigitsField />);
    const input = screen.getByRole('textbox', { name: 'User ID' });
    await user.type(input, 'bob');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Digits only.');
    expect(screen.queryByText('The number in your profile link.')).not.toBeInTheDocument();
    expect(screen.getByText('Digits only.')).toHaveClass('text-rose-700');

    await user.clear(input);
    await user.type(input, '42');
    expect(input).not.toBeInvalid();
    expect(input).toHaveAccessibleDescription('The number in your profile link.');
    expect(screen.getByText('The number in your profile link.')).not.toHaveClass('text-rose-700');
  });

  it('describes nothing when there is neither hint nor error', () => {
    render(
      <Field label="From" look="compact">
        {(control) => <input {...control} type="date" />}
      </Field>,
    );
    const input = screen.getByLabelText('From');
    expect(input).not.toHaveAttribute('aria-describedby');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).toHaveAccessibleDescription('');
  });

  it('shows an error even without a hint', () => {
    render(
      <Field label="Minutes" error="Enter whole minutes.">
        {(control) => <input {...control} />}
      </Field>,
    );
    const input = screen.getByRole('textbox', { name: 'Minutes' });
    expect(input).toBeInvalid();
    expect(input).toHaveAccessibleDescription('Enter whole minutes.');
  });

  it('gives each field its own label and hint', () => {
    render(
      <>
        <Field label="First" hint="One">
          {(control) => <input {...control} />}
        </Field>
        <Field label="Second" hint="Two">
          {(control) => <input {...control} />}
        </Field>
      </>,
    );
    expect(screen.getByRole('textbox', { name: 'First' })).toHaveAccessibleDescription('One');
    expect(screen.getByRole('textbox', { name: 'Second' })).toHaveAccessibleDescription('Two');
  });
});

describe('Choice', () => {
  it('names a checkbox with its label and describes it with its hint', async () => {
    const user = userEvent.setup();
    render(<Choice type="checkbox" label="Remember me" hint="Kept after the tab closes." />);
    const box = screen.getByRole('checkbox', { name: 'Remember me' });
    expect(box).toHaveAccessibleDescription('Kept after the tab closes.');
    await user.click(screen.getByText('Remember me'));
    expect(box).toBeChecked();
  });

  it('groups radio buttons by name', async () => {
    const user = userEvent.setup();
    render(
      <>
        <Choice type="radio" name="mode" label="Day" hint="One a day." defaultChecked />
        <Choice type="radio" name="mode" label="Range" hint="One a range." />
      </>,
    );
    await user.click(screen.getByRole('radio', { name: 'Range' }));
    expect(screen.getByRole('radio', { name: 'Range' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Day' })).not.toBeChecked();
    expect(screen.getByRole('radio', { name: 'Day' })).toHaveAccessibleDescription('One a day.');
  });
});
