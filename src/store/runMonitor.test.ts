import { describe, expect, it } from 'vitest';
import { createRunMonitor, OVERSHOOT_STEPS, STALL_STEPS, type RunEvent } from './runMonitor';

const events = (losses: number[]) => {
  const monitor = createRunMonitor();
  return losses.map((loss, step) => ({ step, event: monitor.observe(loss) })).filter((e): e is { step: number; event: NonNullable<RunEvent> } => e.event !== null);
};

describe('the run monitor', () => {
  it('a steadily falling J raises nothing', () => {
    expect(events(Array.from({ length: 500 }, (_, i) => 1 / (i + 1)))).toEqual([]);
  });

  it('a J that jumps up and stays above its lowest value is an overshoot, once', () => {
    const losses = [1.1, ...Array.from({ length: 60 }, (_, i) => 9.8 - 0.08 * i)];
    expect(events(losses)).toEqual([{ step: OVERSHOOT_STEPS, event: { kind: 'overshoot', lowest: 1.1, now: losses[OVERSHOOT_STEPS] } }]);
  });

  it('a J unchanged beyond rounding for STALL_STEPS steps is a stall, with no overshoot before it', () => {
    const losses = Array.from({ length: STALL_STEPS + 1 }, (_, i) => 2173.287 * (1 + (i % 2) * Number.EPSILON));
    expect(events(losses)).toEqual([{ step: STALL_STEPS, event: { kind: 'stalled' } }]);
  });
});
