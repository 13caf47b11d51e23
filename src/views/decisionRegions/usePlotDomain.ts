import { useState } from 'react';
import { plotDomain, type PlotDomain } from '../../model/plotDomain';
import { useLab } from '../../store/LabStoreContext';
import { followDomain } from './followedDomain';

/**
 * The plot's domain: fitted to the points when a data set is drawn or loaded, kept as it is while points are
 * added or erased by hand (see followDomain).
 */
export function usePlotDomain(): PlotDomain {
  const points = useLab((s) => s.points);
  const [followed, setFollowed] = useState(() => ({ points, domain: plotDomain(points) }));
  if (followed.points !== points) {
    // Adjusting state while rendering (React's pattern for state derived from a previous render).
    const next = followDomain(followed, points);
    setFollowed(next);
    return next.domain;
  }
  return followed.domain;
}
