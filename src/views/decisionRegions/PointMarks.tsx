import { memo } from 'react';
import type { Dataset } from '../../model/dataset';
import { classColor } from '../common/palette';
import { markerPath } from './classShapes';
import type { PlotGeometry } from './plotGeometry';

const MARKER_RADIUS = 4.5;

/** The data points, one path per class (its colour and shape, with a dark outline), drawn over the regions. */
export const PointMarks = memo(function PointMarks({ data, geometry }: { data: Dataset; geometry: PlotGeometry }) {
  const paths = Array.from({ length: data.classes }, () => [] as string[]);
  data.labels.forEach((label, i) => paths[label].push(markerPath(label, geometry.x(data.x1[i]), geometry.y(data.x2[i]), MARKER_RADIUS)));
  return (
    <g className="point-marks">
      {paths.map((parts, k) =>
        parts.length === 0 ? null : <path key={k} d={parts.join('')} fill={classColor(k)} stroke="#1b1f24" strokeWidth={1} data-class={k} />,
      )}
    </g>
  );
});
