import { noMinimiserCause } from '../model/existenceSentences';
import { describe, expect, it } from 'vitest';
import {
  convergedMessage,
  divergenceCause,
  divergenceMessage,
  gradientUnderflowMessage,
  noMinimiserMessage,
  overshootMessage,
  pendingUnderflowMessage,
  runReportText,
  stallMessage,
  type DivergenceFacts,
} from './runMessages';
import { GD_DIVERGENCE_FACTS } from './testing/divergenceFacts';

const facts: DivergenceFacts = GD_DIVERGENCE_FACTS;

describe('divergence messages name the cause', () => {
  it('GD with L2 and ηλ > 2: the product ηλ, not the learning rate alone', () => {
    const l2 = { ...facts, l2: 1e5 };
    expect(divergenceCause(l2)).toBe('l2-step');
    expect(divergenceMessage(l2)).toBe(
      'Training diverged at step 34: η·λ = 5.00e4 > 2, and with L2 GD needs η < 2/λ = 2.00e−5 ' +
        '(each step multiplies the penalised entries of m by 1 − ηλ = −5.00e4). Lower η or λ. θ is kept at its last finite value.',
    );
    // Under a reference class m is not a parameter the step scales.
    expect(divergenceMessage({ ...l2, parametrization: 'reference' })).not.toMatch(/entries of m/);
  });

  it('a large learning rate with no L2: the local limit 2/hₘₐₓ(H(θ))', () => {
    expect(divergenceCause(facts)).toBe('learning-rate');
    expect(divergenceMessage({ ...facts, learningRate: 1e307 })).toBe(
      'Training diverged at step 34: GD steps with η = 1e307 took θ where θ, J or ∇J is not finite (or an entry of θ passed ±1e300). ' +
        'At the last finite θ, 2/hₘₐₓ(H(θ)) = 2.500; lower η. θ is kept at its last finite value.',
    );
    expect(divergenceMessage({ ...facts, optimizer: 'adam' })).toMatch(/Adam steps with η = 0\.5 .* Lower the learning rate\./);
  });

  it('non-finite at the start: the start or the data, with their sizes, not the learning rate', () => {
    const start = { ...facts, step: 0, finiteBeforeStep: false, largestCoordinate: 1e200 };
    expect(divergenceCause(start)).toBe('overflow');
    const message = divergenceMessage(start);
    expect(message).toMatch(/^Training stopped at step 0: J or ∇J is not a finite number at the starting θ \(largest \|x\| = 1.00e200/);
    expect(message).not.toMatch(/learning rate|η/);
    // After steps, the steps took θ there.
    expect(divergenceCause({ ...start, step: 5 })).toBe('learning-rate');
  });

  it('Newton and L-BFGS have no learning rate to blame', () => {
    expect(divergenceMessage({ ...facts, optimizer: 'newton', l2: 1e5 })).toBe(
      'Training diverged at step 34: Newton steps took θ where θ, J or ∇J is not finite (or an entry of θ passed ±1e300). θ is kept at its last finite value.',
    );
  });
});

/** J has no minimiser because the data are completely separable. */
const SEPARABLE = { kind: 'none', reason: 'completelySeparable', emptyClass: null } as const;

describe('run messages', () => {
  it('convergence names the gradient tolerance', () => {
    expect(convergedMessage(5.14e-7, 1e-6, 15)).toBe('Converged: ‖∇J‖∞ = 5.14e−7 ≤ gradient tolerance 1.00e−6 after 15 steps.');
  });

  it('no minimiser: a small gradient is not convergence, and the message names why', () => {
    const quasi = noMinimiserCause('quasiCompletelySeparated', null);
    expect(noMinimiserMessage(8.62e-7, 9.38, quasi)).toBe(
      '‖∇J‖∞ = 8.62e−7 is below the gradient tolerance, but this is not convergence: J has no minimiser, because the data are quasi-completely separated and λ = 0: ' +
        'some θ classifies every point correctly or puts it on a boundary, at least one correctly, and J keeps falling along it without reaching its lowest value. ' +
        'J only approaches its lowest value as ‖θ‖ grows (now 9.380); the gradient vanishes only at infinity.',
    );
    expect(gradientUnderflowMessage(0, 174.5, noMinimiserCause('emptyClass', 3))).toMatch(
      /^∇J has rounded to exactly 0 in float64 \(J = 0\).*not convergence: J has no minimiser, because class 3 has no points/,
    );
  });

  it('a stuck J says why: float64 floor, saturation, or no minimiser', () => {
    const stuck = { loss: 2173.287, gradMaxNorm: 0.165, tolerance: 1e-6, thetaNorm: 3000, noMinimiser: null, saturatedShare: 0.9 };
    expect(stallMessage(stuck)).toBe(
      'No progress: J = 2173.287 has not changed in 100 steps. ' +
        'θ is so large that 90 % of the probabilities are exactly 0 or 1 in float64, so the steps barely change J. Press Reset, with a smaller init scale σ.',
    );
    // Saturation is the cause even where J has no minimiser: J = 1193 is no rounding floor.
    expect(stallMessage({ ...stuck, noMinimiser: SEPARABLE })).toMatch(/^No progress: .* 90 % of the probabilities/);
    expect(stallMessage({ ...stuck, saturatedShare: 0 })).toBe(
      'No progress: J = 2173.287 has not changed in 100 steps, though ‖∇J‖∞ = 0.165 is above the gradient tolerance 1.00e−6: ' +
        'the steps no longer change J in float64. Press Reset, or try another optimiser.',
    );
    expect(stallMessage({ ...stuck, saturatedShare: 0, gradMaxNorm: 3e-9, tolerance: 1e-12 })).toMatch(/A larger gradient tolerance ends the run as converged\.$/);
    expect(stallMessage({ ...stuck, loss: 1e-17, noMinimiser: SEPARABLE, saturatedShare: 0 })).toMatch(/float64 cannot resolve a smaller loss here\. This is not convergence: J has no minimiser, because the data are completely separable and λ = 0: .*without reaching 0; J only approaches/);
  });

  it('before the lab knows whether J has a minimiser, a stop neither claims convergence nor names a tolerance it did not use', () => {
    const pending = 'Whether J has a minimiser is not known yet (with λ = 0 the lab finds it from how the points lie, which is still being decided), so this is not called convergence.';
    expect(pendingUnderflowMessage(0.25)).toBe(`∇J has rounded to exactly 0 in float64 (J = 0.250), so no step can move θ further. ${pending}`);
    const stuck = { loss: 0.25, gradMaxNorm: 1e-9, tolerance: 1e-6, thetaNorm: 3, noMinimiser: null, saturatedShare: 0, existenceUnknown: true };
    expect(stallMessage(stuck)).toBe(`No progress: J = 0.250 has not changed in 100 steps: the steps no longer change J in float64. ${pending}`);
    expect(overshootMessage({ learningRate: 2, l2: 0, lowest: 0.5, now: 0.6, step: 20, atMinimiser: { kind: 'unknown' } })).toMatch(/the limit that decides convergence is not known yet\.$/);
  });

  it('an overshooting GD names the limit at the minimiser, which decides, not the local one, which can be wrong both ways', () => {
    // Lesson 13 at η = 1.53 (statements-to-fix.md row 3): the local limit there (1.552) would call η stable; the message does not use it.
    expect(overshootMessage({ learningRate: 1.53, l2: 0.1, lowest: 0.7805, now: 0.7805, step: 1234, atMinimiser: { kind: 'found', rate: 1.5137228, loss: 0.77017 } })).toBe(
      'J has stayed above its lowest value so far (0.780) for 20 steps: at step 1234 it was 0.780, so the steps overshoot. ' +
        'GD converges to the minimiser θ* only for η below 2/hₘₐₓ(H(θ*)) = 1.5137. η = 1.53 is above it: θ* pushes the iterates away along H(θ*)’s top eigenvector, ' +
        'and they settle into a bounded oscillation (typically a 2-cycle) instead of converging.',
    );
  });

  it('an overshooting GD on quasi-completely separated points: no minimiser, and the curvature does not vanish', () => {
    // The review's quasi9 at η = 13 (λ = 0): GD overshoots for good, since 2/hₘₐₓ tends to 10.49 there, not ∞ (stableStepNote.test.ts).
    const text = overshootMessage({ learningRate: 13, l2: 0, lowest: 0.2241, now: 0.2283, step: 57, atMinimiser: { kind: 'none', reason: 'quasiCompletelySeparated', emptyClass: null } });
    expect(text).toBe(
      'J has stayed above its lowest value so far (0.224) for 20 steps: at step 57 it was 0.228, so the steps overshoot. ' +
        `J has no minimiser (${noMinimiserCause('quasiCompletelySeparated', null)}). ` +
        'The points on a boundary keep J curved: as J nears its lowest value, hₘₐₓ tends to a positive limit h∞, not 0, and GD with η above 2/h∞ keeps oscillating.',
    );
    expect(text).not.toMatch(/eventually locally stable/);
  });
});

describe('a report of the run, worded', () => {
  it('each kind of report gives its sentence, the same as the message function for its facts', () => {
    expect(runReportText({ kind: 'no-points' })).toBe('There are no points, so there is nothing to fit: add points by clicking the plot, or choose a data set.');
    expect(runReportText({ kind: 'points-replaced', count: 31, by: 'loaded' })).toBe('The 31 points you edited by hand were replaced by the loaded ones.');
    expect(runReportText({ kind: 'converged', gradMaxNorm: 5.14e-7, tolerance: 1e-6, steps: 15 })).toBe('Converged: ‖∇J‖∞ = 5.14e−7 ≤ gradient tolerance 1.00e−6 after 15 steps.');
    expect(runReportText({ kind: 'diverged', facts })).toBe(divergenceMessage(facts));
    expect(runReportText({ kind: 'pending-underflow', loss: 0.25 })).toMatch(/^∇J has rounded to exactly 0 in float64 \(J = 0\.250\)/);
  });
});
