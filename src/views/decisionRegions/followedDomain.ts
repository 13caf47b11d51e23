import type { Point } from '../../model/dataset';
import { plotDomain, type PlotDomain } from '../../model/plotDomain';

/**
 * Whether `next` is `previous` edited by hand: some points erased and some clicked in, however many of each
 * arrived between two renders (fast or scripted clicks batch several). Recognised by identity: the store keeps
 * the untouched points' objects, in order, and appends new ones, while a data set drawn or loaded is all new
 * objects. A single point added to or erased from a set (even an empty one) is an edit too.
 */
export function isHandEdit(previous: readonly Point[], next: readonly Point[]): boolean {
  if (previous === next) return false;
  const positions = new Map(previous.map((point, index) => [point, index]));
  let kept = 0;
  let added = 0;
  let after = -1;
  for (const point of next) {
    const at = positions.get(point);
    if (at === undefined) {
      added += 1;
      continue;
    }
    // A kept point after a new one, or out of order: not what erasing and clicking produce.
    if (added > 0 || at <= after) return false;
    after = at;
    kept += 1;
  }
  const erased = previous.length - kept;
  return kept > 0 || erased + added === 1;
}

/** The domain a plot shows now, and the points it was last fitted or kept for. */
export interface FollowedDomain {
  readonly points: readonly Point[];
  readonly domain: PlotDomain;
}

/**
 * The plot's domain after the points change: kept through hand edits, so that clicking near an edge never
 * rescales the plot under the pointer; fitted to the points alone (never to the previous domain) when a data
 * set is drawn or loaded. Clicks land inside the domain, so no sequence of edits can make it grow. Points that
 * appear on an empty plot and all fit inside it keep it too: they are clicks, or a set it already shows whole.
 */
export function followDomain(previous: FollowedDomain, points: readonly Point[]): FollowedDomain {
  if (previous.points === points) return previous;
  const keep = isHandEdit(previous.points, points) || (previous.points.length === 0 && points.every((p) => inside(p, previous.domain)));
  return { points, domain: keep ? previous.domain : plotDomain(points) };
}

const inside = ({ x1, x2 }: Point, domain: PlotDomain) =>
  x1 >= domain.x1[0] && x1 <= domain.x1[1] && x2 >= domain.x2[0] && x2 <= domain.x2[1];
