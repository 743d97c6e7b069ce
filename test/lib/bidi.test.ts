import { describe, expect, it } from 'vitest';
import { isolate } from '../../src/lib/bidi';

describe('isolate', () => {
  it('wraps API text in a first-strong isolate, so an override inside stays inside', () => {
    const hostile = 'tsoh-oc oN\u202E';
    expect(isolate(hostile)).toBe('\u2068tsoh-oc oN\u202E\u2069');
    expect(`Host: ${isolate('ليلى')} · Co-host`).toBe('Host: \u2068ليلى\u2069 · Co-host');
  });
});
