import { describe, expect, it } from 'vitest';
import { createRng, shuffleInPlace } from './rng';

/**
 * Golden draws. Links carry a data set's seed, not its points: these numbers are what every shared link and
 * embedded figure is drawn from. A change to them needs a new link format version (ADDRESS_VERSION in
 * src/share/urlState.ts) whose migration keeps old links showing the same points; see "Links" in the README.
 */
describe('the seeded generator draws the same numbers as when links were first shared', () => {
  it('uniform from seed 1', () => {
    const rng = createRng(1);
    expect([1, 2, 3, 4, 5].map(() => rng.uniform())).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522, 0.9810509674716741, 0.9683778982143849]);
  });

  it('uniform from the largest seed, 2³² − 1', () => {
    const rng = createRng(2 ** 32 - 1);
    expect([1, 2, 3].map(() => rng.uniform())).toEqual([0.8964226141106337, 0.189478256739676, 0.7156526781618595]);
  });

  it('normal from seed 1 (Box–Muller, two draws per pair; the logarithm and the cosine to 14 digits)', () => {
    const rng = createRng(1);
    const golden = [1.4043387784152637, 0.024141617523036025, 1.2157546192705377, -0.14543594087912323];
    golden.forEach((value) => expect(rng.normal()).toBeCloseTo(value, 14));
  });

  it('integer and shuffle from seed 42', () => {
    const rng = createRng(42);
    expect([1, 2, 3, 4, 5, 6].map(() => rng.integer(10))).toEqual([6, 4, 8, 6, 1, 5]);
    const order = Int32Array.from([0, 1, 2, 3, 4, 5, 6, 7]);
    shuffleInPlace(order, createRng(42));
    expect(Array.from(order)).toEqual([2, 7, 1, 0, 6, 5, 3, 4]);
  });

  it('the state resumes the sequence where it left off', () => {
    const rng = createRng(7);
    rng.uniform();
    const resumed = createRng(rng.state());
    expect(resumed.uniform()).toBe(rng.uniform());
  });
});
