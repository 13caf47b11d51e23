import { stepsOnMiniBatches } from '../../model/optimizers';
import { useLab } from '../../store/LabStoreContext';
import { labField } from '../../store/schema/labFields';
import { formatSetting } from '../common/format';
import { Panel } from '../common/Panel';
import { StableStepMarker } from '../controls/StableStepMarker';

/**
 * Gradient descent's two step limits beside the current η, read-only, for a lesson's scene (lesson 13): the limit
 * at the minimiser that decides convergence and the local one at θ, on the same track as the Learning rate field's
 * slider. η itself is set by the Learning rate field (one per page, where the layout has one) or the lesson's button.
 */
export function StepLimitsPanel() {
  const optimizer = useLab((s) => s.optimizer.kind);
  const learningRate = useLab((s) => s.optimizer.learningRate);
  const miniBatch = useLab((s) => stepsOnMiniBatches(s.optimizer, s.points.length));
  const logSlider = labField('optimizer', 'learningRate').input?.logSlider;
  if (logSlider === undefined) throw new Error('the learning rate has no log slider in the field table');
  return (
    <Panel title="Step size limits">
      <p className="step-limits-eta">
        Learning rate η = <strong>{formatSetting(learningRate)}</strong> (changed by the Learning rate field or the lesson’s button)
      </p>
      <StableStepMarker value={learningRate} logSlider={logSlider} optimizer={optimizer} miniBatch={miniBatch} />
    </Panel>
  );
}
