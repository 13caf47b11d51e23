import { describe, expect, it } from 'vitest';
import { extendTrajectory, startTrajectory, TRAJECTORY_LENGTH } from './trajectory';

const theta = (value: number) => Float64Array.of(value);

describe('the trajectory', () => {
  it('records which moves were steps and which were shifts', () => {
    let trajectory = startTrajectory(theta(0));
    trajectory = extendTrajectory(trajectory, [theta(1), theta(2)], 'step');
    trajectory = extendTrajectory(trajectory, [theta(9)], 'shift');
    expect(trajectory.entries.map((t) => t[0])).toEqual([0, 1, 2, 9]);
    expect(trajectory.moves).toEqual(['step', 'step', 'shift']);
  });

  it('keeps the newest entries and one move fewer than entries', () => {
    let trajectory = extendTrajectory(startTrajectory(theta(0)), [theta(-1)], 'shift');
    trajectory = extendTrajectory(trajectory, Array.from({ length: TRAJECTORY_LENGTH + 5 }, (_, i) => theta(i + 1)), 'step');
    expect(trajectory.entries).toHaveLength(TRAJECTORY_LENGTH);
    expect(trajectory.moves).toHaveLength(TRAJECTORY_LENGTH - 1);
    expect(trajectory.moves.every((move) => move === 'step')).toBe(true);
    expect(trajectory.entries.at(-1)![0]).toBe(TRAJECTORY_LENGTH + 5);
  });
});
