import { describe, expect, it } from 'vitest';
import referenceA from '../fixtures/sessions-reference-a.json';
import referenceB from '../fixtures/sessions-reference-b.json';
import { parseSessionsPage } from '../../src/hyra/parse';

describe('the reference examples', () => {
  it.each([
    ['a', referenceA],
    ['b', referenceB],
  ])('version %s parses with its one event', (_name, json) => {
    const page = parseSessionsPage(json);
    expect(page.dropped).toEqual([]);
    expect(page.sessions).toHaveLength(1);
    expect(page.sessions[0]?.start).toBe('2023-11-07T05:31:56Z');
    expect(page.permissions.host_quota).toBe(123);
  });

  it('reads week_starts_on from the newer version only', () => {
    expect(parseSessionsPage(referenceA).weekStartsOn).toBeUndefined();
    expect(parseSessionsPage(referenceB).weekStartsOn).toBe('sunday');
  });
});
