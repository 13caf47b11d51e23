import { Panel } from '../common/Panel';
import { DatasetFields } from './DatasetFields';
import { PointCounts } from './PointCounts';
import { SeparabilityNote } from './SeparabilityNote';
import './data.css';

/** Which points the model learns from: a generated data set, its settings, and what the points are like. */
export function DataPanel() {
  return (
    <Panel title="Data" className="data-panel">
      <DatasetFields />
      <PointCounts />
      <SeparabilityNote />
    </Panel>
  );
}
