import { memo } from 'react';
import type { Dataset } from '../../model/dataset';
import { classColor } from '../common/palette';
import { markerPath } from './classShapes';
import { markerSize } from './markerSize';
import type { PlotGeometry } from '../plane/plotGeometry';

/**
 * The data points, one path per class (its colour and shape, with a dark outline), drawn over the regions.
 * Thousands of points get smaller markers with thinner outlines (markerSize), so the regions stay visible.
 */
export const PointMarks = memo(function PointMarks({ data, geometry }: { data: Dataset; geometry: PlotGeometry }) {
  const { radius, outline, outlineOpacity } = markerSize(data.labels.length, geometry.side);
  const paths = Array.from({ length: data.classes }, () => [] as string[]);
  data.labels.forEach((label, i) => paths[label].push(markerPath(label, geometry.x(data.x1[i]), geometry.y(data.x2[i]), radius)));
  return (
    <g className="point-marks">
      {paths.map((parts, k) =>
        parts.length === 0 ? null : <path key={k} d={parts.join('')} fill={classColor(k)} stroke="#1b1f24" strokeWidth={outline} strokeOpacity={outlineOpacity} data-class={k} />,
      )}
    </g>
  );
});
