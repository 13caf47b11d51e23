import { Panel } from '../common/Panel';

// Placeholder until this panel is built.
export function LossSurfacePanel() {
  return <Panel title="Loss surface"><p>Coming soon.</p></Panel>;
}
