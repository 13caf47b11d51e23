import { Panel } from '../common/Panel';

// Placeholder until this panel is built.
export function TrainingCurvesPanel() {
  return <Panel title="Training curves"><p>Coming soon.</p></Panel>;
}
