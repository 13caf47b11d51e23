import { useState } from 'react';
import { plotDomain, type PlotDomain } from '../../model/plotDomain';
import { useLab } from '../../store/LabStoreContext';
import { isSinglePointEdit } from './followedDomain';

/**
 * The plot's domain: fitted to the points when a data set is drawn or loaded, kept as it is when a point is
 * added or erased by hand, so that clicking near an edge does not rescale the plot under the pointer.
 */
export function usePlotDomain(): PlotDomain {
  const points = useLab((s) => s.points);
  const [fitted, setFitted] = useState(() => ({ points, domain: plotDomain(points) }));
  if (fitted.points !== points) {
    // Adjusting state while rendering (React's pattern for state derived from a previous render).
    const domain = isSinglePointEdit(fitted.points, points) ? fitted.domain : plotDomain(points);
    setFitted({ points, domain });
    return domain;
  }
  return fitted.domain;
}
