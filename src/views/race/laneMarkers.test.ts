import { describe, expect, it } from 'vitest';
import { laneMarkers } from './laneMarkers';

describe('lane markers', () => {
  it('draws each class in its own lab shape, placed on the canvas with x2 upwards', () => {
    const domain = { x1: [0, 10], x2: [0, 10] } as const;
    const points = [
      { x1: 5, x2: 5, label: 0 },
      { x1: 0, x2: 10, label: 1 },
      { x1: 10, x2: 0, label: 2 },
    ];
    const [circle, square, triangle] = laneMarkers(points, domain, 100, 2);
    // The circle is two arcs around (50, 50); the square's corners sit at 2 × 1.25 from (0, 0) along the diagonals.
    expect(circle.path).toBe('M52,50A2,2,0,1,1,48,50A2,2,0,1,1,52,50Z');
    expect(square.path).toBe('M1.77,1.77L-1.77,1.77L-1.77,-1.77L1.77,-1.77Z');
    expect(triangle.path).not.toContain('A');
    expect(triangle.path.split('L')).toHaveLength(3);
    expect([circle, square, triangle].map((marker) => marker.label)).toEqual([0, 1, 2]);
  });
});
