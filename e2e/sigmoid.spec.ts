import { expect, test, type Page } from './fixtures';
import { takeSteps } from './locators';

const sigmoidPanel = (page: Page) => page.getByRole('region', { name: 'Two classes: the sigmoid' });

const numbers = (text: string) => (text.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);

/** Marker centres from a path of concatenated markers (classShapes): circles are two arcs, the rest polygons. */
function markerCentres(d: string): [number, number][] {
  return d
    .split('M')
    .filter(Boolean)
    .map((marker) => {
      const n = numbers(marker);
      if (marker.includes('A')) return [(n[0] + n[7]) / 2, n[1]];
      const xs = n.filter((_, i) => i % 2 === 0);
      const ys = n.filter((_, i) => i % 2 === 1);
      return [xs.reduce((a, b) => a + b) / xs.length, ys.reduce((a, b) => a + b) / ys.length];
    });
}

/** The curve's height at x, by linear interpolation between its vertices (sorted by x). */
function curveAt(vertices: [number, number][], x: number): number {
  const i = vertices.findIndex(([vx]) => vx >= x);
  if (i <= 0) return vertices[Math.max(i, 0)][1];
  const [x0, y0] = vertices[i - 1];
  const [x1, y1] = vertices[i];
  return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
}

test('with K ≠ 2 the panel offers two classes; with two, every point lies on σ(s)', async ({ page }) => {
  await page.goto('./');
  const panel = sigmoidPanel(page);
  await expect(panel.getByText(/This view applies to two classes; the model has K = 3\./)).toBeVisible();
  await expect(panel.getByRole('img')).toHaveCount(0);
  await panel.getByRole('button', { name: 'Use two classes' }).click();
  await expect(page.getByRole('region', { name: 'Decision regions' }).getByRole('radiogroup', { name: 'Class to add' }).getByRole('radio')).toHaveCount(2);
  const chart = panel.getByRole('img', { name: /against s, on the curve σ\(s\)/ });
  await expect(chart).toBeVisible();
  await expect(chart.getByText('s = (θ₁ − θ₀)·x̃')).toBeVisible();

  await takeSteps(page, 8);
  const gap = Number(await panel.locator('output').getAttribute('data-value'));
  expect(gap).toBeLessThan(1e-12);

  // In pixels too: each marker's centre is on the drawn curve.
  const curve = await panel.getByTestId('sigmoid-curve').getAttribute('d');
  const vertices = numbers(curve!).reduce<[number, number][]>((pairs, value, i, all) => (i % 2 === 0 ? [...pairs, [value, all[i + 1]]] : pairs), []);
  const markers = await panel.locator('path.sigmoid-points').evaluateAll((paths) => paths.map((path) => path.getAttribute('d')!));
  expect(markers).toHaveLength(2);
  const centres = markers.flatMap(markerCentres);
  expect(centres).toHaveLength(200);
  for (const [x, y] of centres) expect(Math.abs(y - curveAt(vertices, x))).toBeLessThan(0.5);
  // Trained, the points spread along the curve (at θ = 0 they would all sit at s = 0, P = 1/2).
  expect(new Set(centres.map(([x]) => Math.round(x / 10))).size).toBeGreaterThan(10);
});
