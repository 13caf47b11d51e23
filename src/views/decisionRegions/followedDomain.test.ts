import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { Point } from '../../model/dataset';
import { plotDomain } from '../../model/plotDomain';
import { followDomain, isHandEdit, type FollowedDomain } from './followedDomain';

const points: Point[] = [0, 1, 2, 3].map((i) => ({ x1: i, x2: -i, label: i % 2 }));

describe('isHandEdit', () => {
  test('adding one point at the end is an edit, and so is adding several in one batch', () => {
    expect(isHandEdit(points, [...points, { x1: 9, x2: 9, label: 0 }])).toBe(true);
    expect(isHandEdit(points, [...points, { x1: 9, x2: 9, label: 0 }, { x1: 8, x2: 8, label: 1 }])).toBe(true);
  });

  test('removing any one point, or two, is an edit', () => {
    for (let i = 0; i < points.length; i++) expect(isHandEdit(points, points.filter((_, j) => j !== i))).toBe(true);
    expect(isHandEdit(points, points.slice(0, 2))).toBe(true);
  });

  test('removing the only point, or adding the first, is an edit', () => {
    expect(isHandEdit(points.slice(0, 1), [])).toBe(true);
    expect(isHandEdit([], points.slice(0, 1))).toBe(true);
  });

  test('a freshly drawn set, even of equal coordinates, is not', () => {
    expect(isHandEdit(points, points.slice(0, 3).map((p) => ({ ...p })))).toBe(false);
    expect(isHandEdit(points, [])).toBe(false);
  });

  test('the same array is not a change at all', () => {
    expect(isHandEdit(points, points)).toBe(false);
  });

  test('a point swapped in the middle, or kept points reordered, is not', () => {
    expect(isHandEdit(points, [points[0], { x1: 5, x2: 5, label: 1 }, points[2], points[3]])).toBe(false);
    expect(isHandEdit(points, [points[1], points[0], points[2], points[3]])).toBe(false);
  });
});

describe('followDomain', () => {
  const start: FollowedDomain = { points, domain: plotDomain(points) };

  test('two clicks at the corner per batch, forty batches: the domain stays (it grew 1.3× per batch before)', () => {
    let followed = start;
    for (let batch = 0; batch < 40; batch++) {
      const [x1Low, x1High] = followed.domain.x1;
      const [x2Low, x2High] = followed.domain.x2;
      followed = followDomain(followed, [...followed.points, { x1: x1Low, x2: x2Low, label: 0 }, { x1: x1High, x2: x2High, label: 1 }]);
    }
    expect(followed.domain).toEqual(start.domain);
    expect(followed.points).toHaveLength(points.length + 80);
  });

  test('clicks on an empty plot keep its domain; a set that does not fit is fitted', () => {
    const empty: FollowedDomain = { points: [], domain: plotDomain([]) };
    const clicks = [{ x1: -4, x2: -4, label: 0 }, { x1: 4, x2: 4, label: 1 }];
    expect(followDomain(empty, clicks).domain).toEqual(empty.domain);
    const beyond = [{ x1: -4, x2: -4, label: 0 }, { x1: 40, x2: 4, label: 1 }];
    expect(followDomain(empty, beyond).domain).toEqual(plotDomain(beyond));
  });

  test('a data set drawn anew is fitted to its own points, whatever the domain was', () => {
    const wide: FollowedDomain = { points, domain: { x1: [-1e6, 1e6], x2: [-1e6, 1e6] } };
    const fresh = [{ x1: 0, x2: 0, label: 0 }, { x1: 2, x2: 2, label: 1 }];
    expect(followDomain(wide, fresh).domain).toEqual(plotDomain(fresh));
  });

  const edit = fc.oneof(
    fc.record({ kind: fc.constant('add' as const), u: fc.double({ min: 0, max: 1, noNaN: true }), v: fc.double({ min: 0, max: 1, noNaN: true }) }),
    fc.record({ kind: fc.constant('erase' as const), at: fc.nat() }),
  );

  test.prop([fc.array(fc.array(edit, { minLength: 1, maxLength: 6 }), { maxLength: 30 })])(
    'a batch of clicks inside the plot and erasures that keeps any earlier point keeps the domain; otherwise it is fitted to the points alone',
    (batches) => {
      let followed = start;
      for (const batch of batches) {
        let next = followed.points;
        for (const step of batch) {
          if (step.kind === 'add') {
            const { x1, x2 } = followed.domain;
            next = [...next, { x1: x1[0] + step.u * (x1[1] - x1[0]), x2: x2[0] + step.v * (x2[1] - x2[0]), label: 0 }];
          } else if (next.length > 0) {
            next = next.filter((_, i) => i !== step.at % next.length);
          }
        }
        const before = followed;
        followed = followDomain(followed, next);
        if (next.some((p) => before.points.includes(p))) expect(followed.domain).toBe(before.domain);
        else expect([before.domain, plotDomain(next)]).toContainEqual(followed.domain);
      }
    },
  );
});
