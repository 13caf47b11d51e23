import { describe, expect, test } from 'vitest';
import { lesson07 } from './lesson07TwoClasses';
import { lesson12 } from './lesson12MaxMargin';

describe('lesson sentences that point at the set-up or the card', () => {
  test('lesson 12 says its own set-up has λ = 0 before saying what any λ > 0 would give, so the unique minimiser is not read as this one', () => {
    expect(lesson12.setup.model?.l2).toBe(0);
    expect(lesson12.setup.model?.penalizeBias).toBe(true);
    const paragraph = lesson12.paragraphs.find((text) => text.includes('unique finite minimiser'));
    expect(paragraph).toMatch(/^This set-up has \$\\lambda = 0\$\. With any \$\\lambda > 0\$ and the bias penalised \(Penalize bias is ticked here\)/);
    expect(paragraph).not.toContain('as here');
  });

  test('lesson 7’s “Look for” points up to the live numbers, which the card shows under its formula, above Try this', () => {
    expect(lesson07.live).toBe('sigmoid');
    expect(lesson07.lookFor).toMatch(/^Above, under the formula, the softmax probability of class 1/);
    expect(lesson07.lookFor).not.toMatch(/\bbelow\b/i);
  });
});
