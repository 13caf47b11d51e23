import type { Point } from '../../model/dataset';

/**
 * Whether `next` is `previous` with one point added or one removed, recognised by identity (the store keeps
 * the untouched points' objects): a hand edit, after which the plot must not rescale under the pointer.
 */
export function isSinglePointEdit(previous: readonly Point[], next: readonly Point[]): boolean {
  if (Math.abs(previous.length - next.length) !== 1) return false;
  const [shorter, longer] = previous.length < next.length ? [previous, next] : [next, previous];
  let skipped = 0;
  for (let i = 0; i < shorter.length; i++) {
    if (shorter[i] === longer[i + skipped]) continue;
    skipped += 1;
    if (skipped > 1 || shorter[i] !== longer[i + skipped]) return false;
  }
  return true;
}
