import { Panel } from '../common/Panel';

// Placeholder until this panel is built.
export function DataPanel() {
  return <Panel title="Data"><p>Coming soon.</p></Panel>;
}
