import { describe, expect, it } from 'vitest';
import { parseUrlState, serializeUrlState, type UrlState } from '../../src/app/url-state';
import { resolveView, VIEWS } from '../../src/features/calendar/model/views';

const base: UrlState = { types: [], mine: false, openForMe: false, hideCancelled: false };
const roundTrip = (state: UrlState) => parseUrlState(serializeUrlState(state, ''));

describe('the roster’s span, tab and person in the URL', () => {
  it('come back as they went in, next to the rest of the link', () => {
    const state: UrlState = {
      ...base,
      view: 'roster',
      date: '2026-12-02',
      types: ['Training'],
      mine: true,
      span: 'day',
      tab: 'people',
      person: '2147483647',
    };
    const search = serializeUrlState(state, '?workspace=abc&mode=range');
    expect(search).toBe(
      '?workspace=abc&mode=range&view=roster&date=2026-12-02&types=Training&mine=1&span=day&tab=people&person=2147483647',
    );
    expect(parseUrlState(search)).toEqual({
      ...state,
      zone: undefined,
      zone2: undefined,
      session: undefined,
    });
  });

  it('write the roster of one day as the roster with span=day, and leave the week unsaid', () => {
    expect(serializeUrlState({ ...base, view: 'roster-day', span: 'day' }, '')).toBe('?view=roster&span=day');
    expect(serializeUrlState({ ...base, view: 'roster', span: 'week' }, '?span=day')).toBe('?view=roster');
    expect(roundTrip({ ...base, view: 'roster', span: 'week' }).span).toBeUndefined();
  });

  it('go with the roster: another view drops them', () => {
    const search = serializeUrlState(
      { ...base, view: 'week', span: 'day', tab: 'people', person: '42' },
      '?view=roster&span=day&tab=people&person=42',
    );
    expect(search).toBe('?view=week');
    expect(serializeUrlState({ ...base, span: 'day', person: '42' }, '')).toBe('');
  });

  it.each([
    ['span', '<script>alert(1)</script>'],
    ['span', 'DAY'],
    ['span', 'constructor'],
    ['span', ''],
    ['tab', '__proto__'],
    ['tab', 'People'],
    ['tab', 'roster'],
    ['person', 'abc'],
    ['person', '-1'],
    ['person', '1e5'],
    ['person', ' 12'],
    ['person', '12\u0000'],
    ['person', '123456789012345678901'],
    ['person', '\u202Egnp.exe'],
    ['person', "1' OR '1'='1"],
    ['person', ''],
  ])('ignore %s=%j', (key, value) => {
    const raw = `?view=roster&${key}=${encodeURIComponent(value)}`;
    const state = parseUrlState(raw);
    expect(state.view).toBe('roster');
    expect(state[key as 'span' | 'tab' | 'person']).toBeUndefined();
    // And what is written back says nothing of them.
    expect(serializeUrlState(state, raw)).toBe('?view=roster');
  });

  it('read the raw, undecoded query as the browser has it', () => {
    expect(parseUrlState('?view=roster&person=%31%32').person).toBe('12');
    expect(parseUrlState('?view=roster&span=da%79&tab=peop%6Ce').span).toBe('day');
    expect(parseUrlState('?view=roster&tab=people&tab=x').tab).toBe('people');
    expect(parseUrlState('?view=roster-day&span=day').view).toBeUndefined();
  });
});

describe('the registry’s spans', () => {
  it('resolve the roster and a span to an entry, and ignore spans elsewhere', () => {
    expect(resolveView('roster', 'day')).toBe('roster-day');
    expect(resolveView('roster', 'week')).toBe('roster');
    expect(resolveView('roster', undefined)).toBe('roster');
    expect(resolveView('week', 'day')).toBe('week');
    expect(resolveView('agenda', 'day')).toBe('agenda');
  });

  it('make the roster of a day a day: one day shown, its week loaded, a day a step', () => {
    const day = VIEWS['roster-day'];
    expect(day.variantOf).toBe('roster');
    expect(day.unit).toBe('day');
    expect(day.shows('2026-12-02', 1)).toEqual({ first: '2026-12-02', last: '2026-12-02' });
    expect(day.loads('2026-12-02', 1)).toEqual({ first: '2026-11-30', last: '2026-12-06' });
    expect(day.step('2026-12-31', 1)).toBe('2027-01-01');
    expect(day.empty).toBe('No sessions this day.');
    expect(VIEWS.roster.unit).toBe('week');
    expect(VIEWS.roster.step('2026-12-02', -1)).toBe('2026-11-25');
    expect(VIEWS.roster.empty).toBe('No sessions this week.');
  });
});
