import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { DATASET_PRESET_IDS } from '../model/datasets/presets';
import { OPTIMIZER_KINDS } from '../model/optimizers';
import { createAppStore, type LabState } from './createAppStore';
import { DEFAULT_DATASET } from './settings';

type Action = (state: LabState) => void;

// Values a user can reach, and some no field allows (negative, huge, non-integer): those must be refused whole.
const classes = fc.integer({ min: 0, max: 10 });
const anyNumber = fc.oneof(fc.double({ min: -10, max: 10, noNaN: true }), fc.constantFrom(-1, 0, 1e-3, 1e3, 1e300, 1e308, Number.NaN));

const action: fc.Arbitrary<[string, Action]> = fc.oneof(
  classes.map((k): [string, Action] => [`classes ${k}`, (s) => s.setClasses(k)]),
  fc
    .record({ preset: fc.constantFrom(...DATASET_PRESET_IDS), count: fc.constantFrom(0, 1, 7, 40), seed: fc.constantFrom(0, 3, 1e308) })
    .map((d): [string, Action] => [`dataset ${JSON.stringify(d)}`, (s) => s.setDataset(d)]),
  fc
    .record({ parametrization: fc.constantFrom('full' as const, 'reference' as const), referenceClass: classes, l2: fc.constantFrom(0, 0.01, 1, -1) })
    .map((m): [string, Action] => [`model ${JSON.stringify(m)}`, (s) => s.setModel(m)]),
  fc
    .record({ kind: fc.constantFrom(...OPTIMIZER_KINDS), learningRate: fc.constantFrom(0.05, 0.5, 5, -1, 1e307) })
    .map((o): [string, Action] => [`optimizer ${JSON.stringify(o)}`, (s) => s.setOptimizer(o)]),
  fc
    .record({ kind: fc.constantFrom('zeros' as const, 'random' as const), scale: fc.constantFrom(0, 0.5, 50, -1), offset: fc.tuple(anyNumber, anyNumber, anyNumber) })
    .map((i): [string, Action] => [`init ${JSON.stringify(i)}`, (s) => s.setInit(i)]),
  classes.map((k): [string, Action] => [`select class ${k}`, (s) => s.setView({ selectedClass: k })]),
  fc.tuple(anyNumber, anyNumber).map(([x1, x2]): [string, Action] => [`add point ${x1}, ${x2}`, (s) => s.addPoint(x1, x2)]),
  fc.tuple(anyNumber, anyNumber).map(([x1, x2]): [string, Action] => [`erase near ${x1}, ${x2}`, (s) => s.removeNearestPoint(x1, x2, 3)]),
  fc.tuple(anyNumber, anyNumber, anyNumber).map((c): [string, Action] => [`shift ${c}`, (s) => s.shiftAllClasses(c)]),
  fc.integer({ min: 1, max: 30 }).map((n): [string, Action] => [`advance ${n}`, (s) => s.advance(n)]),
  fc.constant<[string, Action]>(['step', (s) => s.stepOnce()]),
  fc.constant<[string, Action]>(['reset', (s) => s.reset()]),
  fc.constant<[string, Action]>(['undo', (s) => s.undoPointsChange()]),
);

/** Every way the store could contradict itself after an action; empty when it is consistent. */
function inconsistencies(state: LabState): string[] {
  const { classes: k } = state;
  const problems: string[] = [];
  if (state.data.classes !== k) problems.push(`data has K = ${state.data.classes}, settings ${k}`);
  if (state.theta.length !== 3 * k || state.identifiable.length !== 3 * k) problems.push(`θ has ${state.theta.length / 3} rows, K = ${k}`);
  if (state.data.labels.length !== state.points.length) problems.push('data and points differ in size');
  if (state.points.some((p) => p.label >= k)) problems.push('a point has a label ≥ K');
  if (!(state.model.referenceClass >= 0 && state.model.referenceClass < k)) problems.push(`reference class ${state.model.referenceClass} with K = ${k}`);
  if (!(state.view.selectedClass >= 0 && state.view.selectedClass < k)) problems.push(`selected class ${state.view.selectedClass} with K = ${k}`);
  if (!state.theta.every(Number.isFinite)) problems.push('θ is not finite');
  if (!state.identifiable.every(Number.isFinite) || !state.summary.redundant.every(Number.isFinite)) problems.push('θ − m or m is not finite');
  if (state.trajectoryMoves.length !== state.trajectory.length - 1) problems.push('trajectory moves and entries disagree');
  return problems;
}

describe('any sequence of actions', () => {
  test.prop([fc.array(action, { minLength: 1, maxLength: 12 })], { numRuns: 150 })(
    'leaves the store consistent (K of data = K of θ = classes, reference and selected class < K, θ finite) and every step works',
    (actions) => {
      const store = createAppStore({ dataset: { ...DEFAULT_DATASET, count: 40 } });
      for (const [name, act] of actions) {
        expect(() => act(store.getState()), name).not.toThrow();
        expect(inconsistencies(store.getState()), `after ${name}`).toEqual([]);
        expect(() => store.getState().stepOnce(), `a step after ${name}`).not.toThrow();
        expect(inconsistencies(store.getState()), `a step after ${name}`).toEqual([]);
      }
      expect(() => store.getState().reset()).not.toThrow();
      expect(store.getState().step).toBe(0);
    },
    // 150 sequences of up to 12 actions, each possibly a new data set (two LPs) or Newton steps: minutes on a busy 2-core machine.
    240_000,
  );
});
