import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { toDataset } from '../../model/dataset';
import type { ObjectiveSpec } from '../../model/objective';
import { stepAnatomy } from '../../model/stepAnatomy';
import { stepParts } from './stepParts';

// Two points, two classes, θ = 0 except a class-mean m = (1, 2, −1): every number below is checkable by hand.
const DATA = toDataset(
  [
    { x1: 1, x2: 0, label: 0 },
    { x1: 0, x2: 2, label: 1 },
  ],
  2,
);
const partsFor = (l2: number, penalizeBias: boolean, reference = false) => {
  const spec: ObjectiveSpec = { parametrization: { kind: reference ? 'reference' : 'full', referenceClass: 0 }, l2, penalizeBias };
  const anatomy = stepAnatomy({ data: DATA, parts: { identifiable: new Float64Array(6), redundant: reference ? [0, 0, 0] : [1, 2, -1] }, spec, learningRate: 0.5, point: 0 });
  return stepParts(anatomy, { learningRate: 0.5, l2, penalizeBias });
};

describe('the parts of one step, as shown', () => {
  it('are seven, in order, and every TeX parses in KaTeX’s strict mode', () => {
    const parts = partsFor(0.1, false);
    expect(parts.map((part) => part.id)).toEqual(['logits', 'softmax', 'share', 'gradient', 'l2', 'update', 'mean']);
    for (const part of parts) expect(() => katex.renderToString(part.tex, { throwOnError: true, strict: 'error' }), part.tex).not.toThrow();
  });

  it('show the live numbers: logits, P = 0.5, the gradient rows summing to 0', () => {
    const [logits, softmax, share, gradient] = partsFor(0, false);
    expect(logits.sentence).toContain('point 1 of 2, x = (1.000, 0), class 0 (blue)');
    // z = m·x̃ = 1 + 2·1 − 1·0 = 3 for both classes.
    expect(logits.tex).toContain(String.raw`\text{blue} & 3.000 \\ \text{orange} & 3.000`);
    expect(softmax.tex).toContain(String.raw`\text{blue} & 0 & 1.0000 & 0.5000`);
    expect(softmax.tex).toContain(String.raw`\textstyle\sum_k &  & 2.0000 & 1.0000`);
    expect(share.tex).toContain(String.raw`\text{blue} & -0.5000 & -0.250 & -0.250 & 0 \\ \text{orange} & 0.5000 & 0.250 & 0.250 & 0`);
    expect(gradient.tex).toContain(String.raw`\text{blue} & 0 & -0.250 & 0.500 \\ \text{orange} & 0 & 0.250 & -0.500`);
    expect(gradient.tex).toContain(String.raw`\textstyle\sum_k & 0 & 0 & 0`);
  });

  it('say what the step does to m: unchanged without L2, ×(1 − ηλ) with it, free under a reference class', () => {
    const withoutL2 = partsFor(0, false)[6];
    expect(withoutL2.sentence).toMatch(/m is unchanged/);
    expect(withoutL2.tex).toContain(String.raw`\left(1.000,\ 2.000,\ -1.000\right) \;\longrightarrow\; \left(1.000,\ 2.000,\ -1.000\right)`);
    const everyEntry = partsFor(0.1, true)[6];
    expect(everyEntry.sentence).toBe('With L2 on every entry, one step multiplies m by 1 − ηλ = 0.9500.');
    expect(everyEntry.tex).toContain(String.raw`\longrightarrow\; \left(0.950,\ 1.900,\ -0.950\right)`);
    const weightsOnly = partsFor(0.1, false)[6];
    expect(weightsOnly.sentence).toMatch(/weight entries by 1 − ηλ = 0\.9500; its bias entry is unchanged/);
    expect(weightsOnly.tex).toContain(String.raw`\longrightarrow\; \left(1.000,\ 1.900,\ -0.950\right)`);
    expect(partsFor(0, false, true)[6].sentence).toMatch(/^Under a reference class/);
    expect(partsFor(0, false, true)[5].sentence).toMatch(/the reference row blue stays 0/);
  });

  it('the L2 part names an unpenalised bias, and says when there is no L2 term', () => {
    expect(partsFor(0.1, false)[4].sentence).toMatch(/its bias entry 0: the bias is not penalised/);
    expect(partsFor(0, false)[4].sentence).toMatch(/^λ = 0: there is no L2 term/);
  });
});
