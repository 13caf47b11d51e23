import { DecisionRegionsPanel } from '../decisionRegions/DecisionRegionsPanel';
import { PointsDropZone } from './PointsDropZone';
import './importExport.css';

/** The decision-regions panel, on which a CSV file of points can be dropped. */
export function DecisionRegionsDropTarget() {
  return (
    <PointsDropZone>
      <DecisionRegionsPanel />
    </PointsDropZone>
  );
}
