import { Panel } from '../common/Panel';

// Placeholder until this panel is built.
export function ParametersPanel() {
  return <Panel title="Parameters"><p>Coming soon.</p></Panel>;
}
