import { Panel } from '../common/Panel';
import { InitFields } from './InitFields';
import { ObjectiveFields } from './ObjectiveFields';
import './controls.css';

/** The model being fitted (K, parametrisation, L2) and where its θ starts. */
export function ModelControlsPanel() {
  return (
    <Panel title="Model" className="controls-panel">
      <ObjectiveFields />
      <InitFields />
    </Panel>
  );
}
