import {
  CANCEL_EVERY,
  createLiveDriver,
  LIVE_STEP_MS,
  planLiveChange,
  type LiveChange,
} from '../../src/demo/live';
import { createDemoStore } from '../../src/demo/store';
import { generateDemoWorkspace } from '../../src/demo/workspace';

const NOW = Date.parse('2026-12-02T12:00:00Z');
const store = () =>
  createDemoStore(generateDemoWorkspace('live', { today: '2026-12-02', now: NOW }), { now: () => NOW });

describe('the live scenario', () => {
  it('changes nothing before the first step, then someone else takes the next open role', () => {
    const demo = store();
    const plan = planLiveChange(demo, 0, NOW + LIVE_STEP_MS);
    if (!plan || 'cancel' in plan || plan.body.prop !== 'role')
      throw new Error(`not a role taken: ${JSON.stringify(plan)}`);
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

  it('also drops a host, and every CANCEL_EVERY changes cancels a coming session', () => {
    const demo = store();
    const driver = createLiveDriver(demo, NOW);
    const plans: LiveChange[] = [];
    for (let step = 1; step <= CANCEL_EVERY; step++) {
      const at = NOW + step * LIVE_STEP_MS;
      const plan = planLiveChange(demo, step - 1, at);
      if (plan) plans.push(plan);
      driver.advance(at);
    }
    const dropped = plans.find(
      (plan) => 'body' in plan && plan.body.prop === 'host' && plan.body.value === '',
    );
    expect(dropped).toBeDefined();
    // As Hyra shows an empty host: no ID, and a user that does not exist.
    const left = demo.session(dropped!.sessionId)!;
    expect(left.host_id).toBe('');
    expect(left.host).toEqual({ exists: false });
    const cancelled = plans.at(-1)!;
    expect(cancelled).toMatchObject({ cancel: true });
    expect(demo.session(cancelled.sessionId)!.cancelled).toBe(true);
    expect(Date.parse(demo.session(cancelled.sessionId)!.start)).toBeGreaterThan(NOW);
  });
});
