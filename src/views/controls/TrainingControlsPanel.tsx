import { Panel } from '../common/Panel';

// Placeholder until this panel is built.
export function TrainingControlsPanel() {
  return <Panel title="Training"><p>Coming soon.</p></Panel>;
}
