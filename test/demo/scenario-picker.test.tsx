import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScenarioPicker, scenarioUrl } from '../../src/demo/scenario-picker';
import { SCENARIO_NAMES, SCENARIOS } from '../../src/demo/scenarios';

afterEach(() => window.history.replaceState(null, '', '/'));

describe('the demo banner scenario picker', () => {
  it('lists every scenario with its one line, the current one chosen', () => {
    render(<ScenarioPicker current="huge" navigate={() => {}} />);
    const picker = screen.getByRole('combobox', { name: 'Scenario' });
    expect(picker).toHaveValue('huge');
    const options = within(picker).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(
      SCENARIO_NAMES.map((name) => `${SCENARIOS[name].label}: ${SCENARIOS[name].description}`),
    );
  });

  it('switches on the same view, date and zone, without the open session', async () => {
    window.history.replaceState(null, '', '/?view=month&date=2026-12-09&zone=UTC&session=abc');
    const navigate = vi.fn<(url: string) => void>();
    render(<ScenarioPicker current="default" navigate={navigate} />);
    await userEvent.setup().selectOptions(screen.getByRole('combobox', { name: 'Scenario' }), 'readonly');
    expect(navigate).toHaveBeenCalledWith('/?view=month&date=2026-12-09&zone=UTC&scenario=readonly');
  });

  it('goes back to the default scenario without a parameter', () => {
    expect(scenarioUrl('http://localhost/?scenario=huge&view=week', 'default')).toBe('/?view=week');
  });

  it("describes the read-only scenario as what it does: no action offered, the detail says 'View only'", () => {
    expect(SCENARIOS.readonly.description).toMatch(/no action is offered/);
    expect(SCENARIOS.readonly.description).toMatch(/View only/);
  });
});
