import { describe, expect, it } from 'vitest';
import { generateWorkspace } from '../../src/demo/generator';
import { createDemoStore } from '../../src/demo/store';
import { parseSessionLogs } from '../../src/hyra/logs';

const NOW = Date.parse('2026-12-02T12:00:00Z');
const LATER = Date.parse('2026-12-02T12:34:56Z');

function store() {
  const workspace = generateWorkspace({
    seed: 99,
    today: '2026-12-02',
    now: NOW,
    permissions: { assign_host: true, self_assign_host: true, host_quota: 0 },
  });
  return createDemoStore(workspace, { now: () => LATER });
}

describe('the demo session logs', () => {
  it('tell the made-up history in a shape the dashboard reads, the same each time', () => {
    const demo = store();
    const held = demo
      .sessionsBetween(NOW, NOW + 7 * 86_400_000)
      .find((event) => event.host_id && !event.cancelled)!;
    const logs = parseSessionLogs({ logs: demo.logs(held._id) });
    expect(logs.kind).toBe('entries');
    if (logs.kind !== 'entries') return;
    expect(logs.unreadable).toBe(0);
    expect(
      logs.entries.some((entry) => entry.action === 'Took the host slot' && entry.actor?.id === held.host_id),
    ).toBe(true);
    expect(store().logs(held._id)).toEqual(demo.logs(held._id));
  });

  it('add each write made in the demo, by the demo user, at the time it was made', () => {
    const demo = store();
    const open = demo
      .sessionsBetween(NOW, NOW + 7 * 86_400_000)
      .find((event) => !event.host_id && !event.cancelled)!;
    demo.change(open._id, { prop: 'host', value: demo.me.id });
    const last = demo.logs(open._id).at(-1)!;
    expect(last).toMatchObject({
      createdAt: new Date(LATER).toISOString(),
      message: 'Took the host slot',
      user: { id: demo.me.id },
    });
    // The slot's history is the write, not a made-up claim as well.
    expect(demo.logs(open._id).filter((entry) => entry.message === 'Took the host slot')).toHaveLength(1);
  });
});
