/** How θ got from one trajectory entry to the next: an optimiser step, or a shift of every class (no step). */
export type TrajectoryMove = 'step' | 'shift';

/** Recent θ (each as θ − m and m), oldest first, and the move that led to each entry after the first. */
export interface Trajectory<Entry> {
  readonly entries: readonly Entry[];
  /** moves[i] took entries[i] to entries[i + 1]; one fewer than entries. */
  readonly moves: readonly TrajectoryMove[];
}

export const TRAJECTORY_LENGTH = 400;

export function startTrajectory<Entry>(first: Entry): Trajectory<Entry> {
  return { entries: [first], moves: [] };
}

/** Appends the θs reached by `move`, keeping the newest TRAJECTORY_LENGTH entries (and their moves). */
export function extendTrajectory<Entry>(trajectory: Trajectory<Entry>, added: readonly Entry[], move: TrajectoryMove): Trajectory<Entry> {
  if (added.length === 0) return trajectory;
  const entries = [...trajectory.entries, ...added].slice(-TRAJECTORY_LENGTH);
  const moves = [...trajectory.moves, ...added.map(() => move)].slice(-(entries.length - 1));
  return { entries, moves: entries.length > 1 ? moves : [] };
}
