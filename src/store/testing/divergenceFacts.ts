import type { DivergenceFacts } from '../runMessages';

/** A GD run that diverged at step 34 with finite J before the step: what the lab's and the race's messages are built from. */
export const GD_DIVERGENCE_FACTS: DivergenceFacts = {
  step: 34,
  optimizer: 'gd',
  learningRate: 0.5,
  l2: 0,
  parametrization: 'full',
  finiteBeforeStep: true,
  largestCoordinate: 3,
  largestIdentifiable: 2,
  largestClassMean: 0,
  stableLearningRate: 2.5,
};
