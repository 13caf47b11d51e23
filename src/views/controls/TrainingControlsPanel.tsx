import { Panel } from '../common/Panel';
import { KeyboardShortcutsHelp } from './KeyboardShortcutsHelp';
import { OptimizerFields } from './OptimizerFields';
import { RunButtons } from './RunButtons';
import { RunReadout } from './RunReadout';
import { RunSettingsFields } from './RunSettingsFields';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';
import './controls.css';

/** Runs the optimiser (buttons and keyboard), shows where it is, and sets how it steps. */
export function TrainingControlsPanel() {
  useKeyboardShortcuts();
  return (
    <Panel title="Training" className="controls-panel" actions={<KeyboardShortcutsHelp />}>
      <RunButtons />
      <RunReadout watch />
      <RunSettingsFields />
      <OptimizerFields />
    </Panel>
  );
}
