import { classCounts } from '../../model/dataset';
import { useLab } from '../../store/LabStoreContext';
import { classLabel } from '../common/palette';
import { ClassMarker } from '../decisionRegions/ClassMarker';

/** How many points there are, in all and per class. */
export function PointCounts() {
  const data = useLab((s) => s.data);
  const counts = classCounts(data);
  return (
    <div className="point-counts">
      <p className="point-total">
        <strong>{data.labels.length}</strong> {data.labels.length === 1 ? 'point' : 'points'}
      </p>
      <ul aria-label="Points per class">
        {counts.map((count, k) => (
          <li key={k}>
            <ClassMarker k={k} size={12} />
            <span>
              {classLabel(k)}: {count}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
