import { Panel } from '../common/Panel';

// Placeholder until this panel is built.
export function ModelControlsPanel() {
  return <Panel title="Model"><p>Coming soon.</p></Panel>;
}
