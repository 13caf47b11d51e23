import { Panel } from '../common/Panel';

// Placeholder until this panel is built.
export function DecisionRegionsPanel() {
  return <Panel title="Decision regions"><p>Coming soon.</p></Panel>;
}
