import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { PLOT_MARGIN } from '../plane/plotGeometry';
import { PLOT_SIDE_RULE, PRERENDER_SIDE } from './usePlotSide';

const css = readFileSync(new URL('./decisionRegions.css', import.meta.url), 'utf8');

test('the stylesheet sizes the unmeasured (prerendered) plot by the rule usePlotSide measures with', () => {
  const { smallest, largest, heightAround, smallestHeightBound } = PLOT_SIDE_RULE;
  const across = PLOT_MARGIN.left + PLOT_MARGIN.right;
  const down = PLOT_MARGIN.top + PLOT_MARGIN.bottom;
  expect(css).toContain(
    `--plot-side: round(down, min(${largest}px, max(${smallestHeightBound}px, 100vh - ${heightAround}px), max(${smallest}px, 100cqw - ${across}px)), 1px);`,
  );
  expect(css).toContain(`width: calc(var(--plot-side) + ${across}px);`);
  expect(css).toContain(`height: calc(var(--plot-side) + ${down}px);`);
  expect(css).toContain(`left: ${PLOT_MARGIN.left}px; top: ${PLOT_MARGIN.top}px; width: var(--plot-side); height: var(--plot-side);`);
});

test('the axes’ text of the unmeasured plot is scaled back by the side its view box was drawn at', () => {
  expect(css).toContain(`.region-plot.unmeasured .plot-axes { --unscaled: calc(${PRERENDER_SIDE}px / var(--plot-side)); }`);
});
