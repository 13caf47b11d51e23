import { shallow } from 'zustand/shallow';
import type { LiveFormula as LiveFormulaKind } from '../../lessons/lesson';
import { ROW } from '../../model/parameters';
import { sigmoid, twoClassScore } from '../../model/sigmoid';
import { logitsAt, softmaxSteps } from '../../model/softmaxSteps';
import { useLab, useLabView } from '../../store/LabStoreContext';
import { formatNumber } from '../common/format';
import { useReadout } from '../common/useReadout';
import { sigmoidLiveTex, softmaxLiveTex } from './liveTex';
import { Tex } from '../tex/Tex';

/**
 * A lesson's formula filled with the numbers of one point, live as the model trains: the point last probed on
 * the decision-regions plot, or else the first data point.
 */
export function LiveFormula({ kind }: { kind: LiveFormulaKind }) {
  const probed = useLabView((s) => s.probedPoint);
  const first = useLab((s) => s.points[0] ?? null);
  // θ, and θ − m: the differences z_k − max z, hence exp and P, without the digits a huge class-mean would cost.
  // Both from one state, ten times a second while training plays.
  const { theta, identifiable } = useReadout((s) => ({ theta: s.theta, identifiable: s.identifiable }), shallow);
  const point = probed ?? first;
  if (point === null) return <p className="lesson-live">Add a data point to see the numbers.</p>;
  const classes = identifiable.length / ROW;
  const steps = softmaxSteps(logitsAt(identifiable, classes, point.x1, point.x2));
  const where = `${probed === null ? 'At the first data point' : 'At the probed point'}, x = (${formatNumber(point.x1, 2)}, ${formatNumber(point.x2, 2)}):`;
  if (kind === 'softmax') {
    const logits = logitsAt(theta, classes, point.x1, point.x2);
    return (
      <div className="lesson-live" data-testid="live-softmax" data-sum={steps.stable.reduce((total, p) => total + p, 0)} data-logits={logits.join(' ')}>
        <p>{where}</p>
        <Tex tex={softmaxLiveTex(point.x1, point.x2, logits, steps.shiftedExps, steps.stable)} display />
      </div>
    );
  }
  // σ((θ₁ − θ₀)·x̃) is P(y=1|x) only with two classes: with more, showing both would contradict the lesson's text.
  if (classes !== 2) {
    return (
      <p className="lesson-live" data-testid="live-sigmoid-needs-two">
        This formula is about two classes; the lab has K = {classes}, where P(y = 1 | x) is not σ((θ₁ − θ₀)·x̃). Press Set it up to load two classes.
      </p>
    );
  }
  const score = twoClassScore(identifiable, point.x1, point.x2);
  const sigma = sigmoid(score);
  return (
    <div className="lesson-live" data-testid="live-sigmoid" data-sigma={sigma} data-probability={steps.stable[1]} data-score={score}>
      <p>{where}</p>
      <Tex tex={sigmoidLiveTex(point.x1, point.x2, score, sigma, steps.stable[1])} display />
    </div>
  );
}
