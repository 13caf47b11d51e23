import type { ModelSettings } from '../../store/settings';

/**
 * What to watch on the first screen, in one plain sentence (teaching-math §3, §5). In the full parametrisation m
 * is the redundant part: GD, SGD, momentum and Newton keep it when λ = 0. Under a reference class one row is
 * fixed at 0, so m is the mean the free rows give and moves as they are fitted (redundantPartStory says the same).
 */
export function whatToWatch({ parametrization, referenceClass }: Pick<ModelSettings, 'parametrization' | 'referenceClass'>): string {
  const m = 'Watch ‖m‖, the mean of the K rows of θ';
  if (parametrization === 'reference') return `${m}: with row ${referenceClass} fixed at 0, m is no longer free, it just follows the other rows, so it moves as they are fitted.`;
  return `${m}: it changes no probability, so with λ = 0 gradient descent, SGD, momentum and Newton leave it where it starts, while Adam moves it.`;
}
