import { useId } from 'react';
import { SCENARIO_NAMES, SCENARIOS, type ScenarioName } from './scenarios';

/** The demo page's URL in another scenario: the view, date and zone stay, an open session does not. */
export function scenarioUrl(href: string, scenario: ScenarioName): string {
  const url = new URL(href);
  if (scenario === 'default') url.searchParams.delete('scenario');
  else url.searchParams.set('scenario', scenario);
  // Each scenario makes its own sessions: the open one would not be there.
  url.searchParams.delete('session');
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * The demo banner's scenario picker: each named scenario with its one line. Choosing one
 * reloads the page in it (the demo's worker is made for one scenario), on the same view and
 * date. Part of the demo's own chunk, so it adds nothing to the first download.
 */
export function ScenarioPicker({
  current,
  navigate = (url) => window.location.assign(url),
}: {
  current: ScenarioName;
  navigate?: (url: string) => void;
}) {
  const id = useId();
  return (
    <span className="inline-flex min-w-0 max-w-full items-center gap-2">
      <label htmlFor={id} className="shrink-0">
        Scenario
      </label>
      <select
        id={id}
        value={current}
        onChange={(event) => navigate(scenarioUrl(window.location.href, event.target.value as ScenarioName))}
        className="min-h-6 min-w-0 max-w-[16rem] rounded border border-amber-900/40 bg-white px-1 py-0.5 text-amber-950 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-900 dark:border-amber-100/40 dark:bg-amber-950 dark:text-amber-50"
      >
        {SCENARIO_NAMES.map((name) => (
          <option key={name} value={name}>
            {SCENARIOS[name].label}: {SCENARIOS[name].description}
          </option>
        ))}
      </select>
    </span>
  );
}
