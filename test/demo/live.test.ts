import { createLiveDriver, LIVE_STEP_MS, planLiveChange } from '../../src/demo/live';
import { createDemoStore } from '../../src/demo/store';
import { generateDemoWorkspace } from '../../src/demo/workspace';

const NOW = Date.parse('2026-12-02T12:00:00Z');
const store = () =>
  createDemoStore(generateDemoWorkspace('live', { today: '2026-12-02', now: NOW }), { now: () => NOW });

describe('the live scenario', () => {
  it('changes nothing before the first step, then someone else takes the next open role', () => {
    const demo = store();
    const plan = planLiveChange(demo, 0, NOW + LIVE_STEP_MS);
    expect(plan?.body.prop).toBe('role');
    if (plan?.body.prop !== 'role') return;
    const { server_id, group_id, role_id, value } = plan.body;
    const holder = () =>
      demo
        .session(plan.sessionId)!
        .servers.find((s) => s._id === server_id)!
        .groups.find((g) => g._id === group_id)!
        .roles.find((r) => r._id === role_id)!.user_id;
    expect(holder() || '').toBe('');
    expect(value).not.toBe(demo.me.id);

    const driver = createLiveDriver(demo, NOW);
    driver.advance(NOW + LIVE_STEP_MS - 1);
    expect(holder() || '').toBe('');
    driver.advance(NOW + LIVE_STEP_MS);
    expect(holder()).toBe(value);
  });

  it('is the same every time: the same steps make the same changes', () => {
    const plans = () => {
      const demo = store();
      const driver = createLiveDriver(demo, NOW);
      const out: unknown[] = [];
      for (let step = 1; step <= 6; step++) {
        out.push(planLiveChange(demo, step - 1, NOW + step * LIVE_STEP_MS));
        driver.advance(NOW + step * LIVE_STEP_MS);
      }
      return out;
    };
    const first = plans();
    expect(first.filter(Boolean).length).toBeGreaterThanOrEqual(4);
    expect(plans()).toEqual(first);
    // A host change by someone else is among them.
    expect(first).toContainEqual(
      expect.objectContaining({ body: expect.objectContaining({ prop: 'host' }) }),
    );
  });
});
