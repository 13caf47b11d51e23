import type { Dataset } from '../dataset';
import { predictedClass } from '../metrics';
import type { PlotDomain } from '../plotDomain';

/**
 * The fraction of a resolution×resolution grid of pixel centres over `domain` where two classifiers predict
 * the same class: how much two decision-region plots agree. 1 means the plots are identical.
 */
export function regionAgreement(a: Float64Array, b: Float64Array, classes: number, domain: PlotDomain, resolution: number): number {
  if (!Number.isInteger(resolution) || resolution < 1) throw new RangeError(`resolution must be a positive integer, got ${resolution}`);
  const [x1Min, x1Max] = domain.x1;
  const [x2Min, x2Max] = domain.x2;
  let same = 0;
  for (let row = 0; row < resolution; row++) {
    const x2 = x2Min + ((row + 0.5) / resolution) * (x2Max - x2Min);
    for (let column = 0; column < resolution; column++) {
      const x1 = x1Min + ((column + 0.5) / resolution) * (x1Max - x1Min);
      if (predictedClass(a, classes, x1, x2) === predictedClass(b, classes, x1, x2)) same += 1;
    }
  }
  return same / (resolution * resolution);
}

/** How many of the data points two classifiers assign to the same class. */
export function pointAgreement(a: Float64Array, b: Float64Array, data: Dataset): number {
  let same = 0;
  for (let n = 0; n < data.labels.length; n++) {
    if (predictedClass(a, data.classes, data.x1[n], data.x2[n]) === predictedClass(b, data.classes, data.x1[n], data.x2[n])) same += 1;
  }
  return same;
}
