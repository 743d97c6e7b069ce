import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { googleCalendarUrl } from '../../../src/features/export/model/calendar-text';
import { sessionsToIcs } from '../../../src/features/export/model/ics';
import { hostedBy, makeSession, scheduleWith } from '../../factories';

const LONG_NAME = `Training, with; commas\\ and a very long name ${'ø'.repeat(80)}`;
const sessions = [
  makeSession({
    _id: 'aaa111',
    start: '2026-12-02T14:30:00Z',
    cancelled: false,
    schedule: scheduleWith({ name: LONG_NAME, disable_cohost: false }),
    ...hostedBy('1', { display_name: 'Ann' }),
    co_host_id: '',
    co_host: { exists: false },
  }),
  makeSession({
    _id: 'bbb222',
    start: '2026-12-03T23:45:00Z',
    cancelled: true,
    schedule: scheduleWith({ name: 'Shift' }),
  }),
];
const context = {
  displayMinutes: 90,
  directory: new Map(),
  linkFor: () => 'https://hyra.io/dashboard/ws/sessions/x',
};

function parse(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  return component.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

describe('sessionsToIcs', () => {
  const text = sessionsToIcs(sessions, context);

  it('is a valid calendar that parses back with every session', () => {
    const events = parse(text);
    expect(events.map((event) => event.uid)).toEqual([
      'aaa111@hyra-sessions-dashboard',
      'bbb222@hyra-sessions-dashboard',
    ]);
    expect(events[0]!.summary).toBe(LONG_NAME);
  });

  it('uses UTC times and the display length for the end', () => {
    const [first] = parse(text);
    expect(first!.startDate.toJSDate().toISOString()).toBe('2026-12-02T14:30:00.000Z');
    expect(first!.endDate.toJSDate().toISOString()).toBe('2026-12-02T16:00:00.000Z');
    expect(text).toMatch(/DTSTART:20261202T143000Z/);
    expect(first!.description).toContain('90-minute length of this event is the dashboard');
    // Names are isolated for direction (FSI … PDI): a right-to-left one cannot turn the line.
    expect(first!.description).toContain('Host: \u2068Ann\u2069');
  });

  it('marks a cancelled session cancelled', () => {
    const [, cancelled] = parse(text);
    expect(cancelled!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled!.summary).toBe('Cancelled: \u2068Shift\u2069');
  });

  it('folds long lines at 75 octets and escapes text', () => {
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text).toContain('\\,');
    expect(text).toContain('\\;');
  });

  it('gives the same UID on every export', () => {
    expect(parse(sessionsToIcs(sessions, context)).map((e) => e.uid)).toEqual(parse(text).map((e) => e.uid));
  });
});

describe('googleCalendarUrl', () => {
  it('links a template event with UTC start and end', () => {
    const url = new URL(googleCalendarUrl(sessions[0]!, context));
    expect(url.origin).toBe('https://calendar.google.com');
    expect(url.searchParams.get('dates')).toBe('20261202T143000Z/20261202T160000Z');
    expect(url.searchParams.get('text')).toBe(LONG_NAME);
  });
});
