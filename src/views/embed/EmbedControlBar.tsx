import type { EmbedControl } from '../../share/embedOptions';
import { useLab } from '../../store/LabStoreContext';
import { OPTIMIZERS } from '../../model/optimizers';
import { labField } from '../../store/schema/labFields';
import { relevantOptimizerSettings } from '../controls/optimizerInfo';
import { SettingNumberField } from '../controls/SettingNumberField';
import { RunButtons, type RunButton } from '../controls/RunButtons';
import { RunReadout } from '../controls/RunReadout';
import { SettingSelectField } from '../controls/SettingSelectField';
import { useKeyboardShortcuts } from '../controls/useKeyboardShortcuts';
import { DatasetFields } from '../data/DatasetFields';
import { ShiftControl } from '../parameters/ShiftControl';
import { useClassMean } from '../parameters/ParametersPanel';
import '../controls/controls.css';
import '../data/data.css';
import '../parameters/parameters.css';
import './embed.css';

const RUN_BUTTONS: readonly RunButton[] = ['play', 'step', 'reset'];

/** The lab's keys, in an embed only where all three buttons they stand for are shown. */
function KeyboardShortcuts() {
  useKeyboardShortcuts();
  return null;
}

/**
 * An embed's controls (or a lesson scene's): the run read-out, then only the controls listed, in the lab's own
 * fields (without sliders, to stay compact), wrapping to the frame's width. `keys`: whether it binds the lab's
 * keys (not where another panel on the page already does, or each key would act twice).
 */
export function EmbedControlBar({ controls, keys = true, label = 'Controls' }: { controls: readonly EmbedControl[]; keys?: boolean; label?: string }) {
  const shown = new Set(controls);
  const buttons = RUN_BUTTONS.filter((button) => shown.has(button));
  return (
    <section className="embed-controls" aria-label={label}>
      {keys && buttons.length === RUN_BUTTONS.length && <KeyboardShortcuts />}
      <div className="embed-run">
        {buttons.length > 0 && <RunButtons only={buttons} />}
        <RunReadout />
      </div>
      <div className="embed-fields">
        {shown.has('spf') && <SpeedField />}
        {shown.has('opt') && <OptimizerField />}
        {shown.has('lr') && <EmbedLearningRateField />}
        {shown.has('l2') && <L2Field />}
        {shown.has('param') && <ParametrizationField />}
        {shown.has('k') && <ClassesField />}
      </div>
      {shown.has('data') && <DatasetFields />}
      {shown.has('shift') && <ShiftField />}
    </section>
  );
}

function SpeedField() {
  const stepsPerFrame = useLab((s) => s.training.stepsPerFrame);
  const setTraining = useLab((s) => s.setTraining);
  return <SettingNumberField field={labField('training', 'stepsPerFrame')} compact value={stepsPerFrame} onChange={(value) => setTraining({ stepsPerFrame: value })} />;
}

function OptimizerField() {
  const kind = useLab((s) => s.optimizer.kind);
  const setOptimizer = useLab((s) => s.setOptimizer);
  return <SettingSelectField field={labField('optimizer', 'kind')} compact value={kind} onChange={(value) => setOptimizer({ kind: value })} />;
}

/** The embed's learning rate: no stable-step mark (the lab's LearningRateField has one), greyed out where unused. */
function EmbedLearningRateField() {
  const optimizer = useLab((s) => s.optimizer);
  const setOptimizer = useLab((s) => s.setOptimizer);
  const used = relevantOptimizerSettings(optimizer).has('learningRate');
  return (
    <SettingNumberField
      field={labField('optimizer', 'learningRate')}
      compact
      value={optimizer.learningRate}
      onChange={(learningRate) => setOptimizer({ learningRate })}
      disabled={!used}
      hint={used ? undefined : `${OPTIMIZERS[optimizer.kind].label} chooses its own step size`}
    />
  );
}

function L2Field() {
  const l2 = useLab((s) => s.model.l2);
  const setModel = useLab((s) => s.setModel);
  return <SettingNumberField field={labField('model', 'l2')} compact value={l2} onChange={(value) => setModel({ l2: value })} />;
}

function ParametrizationField() {
  const parametrization = useLab((s) => s.model.parametrization);
  const setModel = useLab((s) => s.setModel);
  return <SettingSelectField field={labField('model', 'parametrization')} compact value={parametrization} onChange={(value) => setModel({ parametrization: value })} />;
}

function ClassesField() {
  const classes = useLab((s) => s.classes);
  const setClasses = useLab((s) => s.setClasses);
  return <SettingNumberField field={labField('classes')} compact value={classes} onChange={setClasses} />;
}

function ShiftField() {
  const mean = useClassMean();
  return (
    <div role="group" aria-label="Shift all classes">
      <ShiftControl mean={mean} />
    </div>
  );
}
