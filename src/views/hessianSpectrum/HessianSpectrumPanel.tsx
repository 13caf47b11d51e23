import { Panel } from '../common/Panel';

// Placeholder until this panel is built.
export function HessianSpectrumPanel() {
  return <Panel title="Hessian spectrum"><p>Coming soon.</p></Panel>;
}
