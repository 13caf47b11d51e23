import { Panel } from '../common/Panel';
import { RegionPlot } from './RegionPlot';
import { RegionToolbar } from './RegionToolbar';
import './decisionRegions.css';

/** P(y|x) over the plane, the data on top, and the tools to edit the data by hand. */
export function DecisionRegionsPanel() {
  return (
    <Panel title="Decision regions" className="decision-regions-panel">
      <RegionToolbar />
      <RegionPlot />
    </Panel>
  );
}
