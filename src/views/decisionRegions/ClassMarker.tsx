import { classColor } from '../common/palette';
import { markerPath } from './classShapes';

/** Class k's marker (shape and colour), as in the plot. */
export function ClassMarker({ k, size = 14 }: { k: number; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="-8 -8 16 16" aria-hidden="true" className="class-marker">
      <path d={markerPath(k, 0, 0, 5.5)} fill={classColor(k)} stroke="#1b1f24" strokeWidth={1} />
    </svg>
  );
}
