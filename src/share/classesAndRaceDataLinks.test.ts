import { describe, expect, it } from 'vitest';
import { createAppStore } from '../store/createAppStore';
import { readAddress } from './addressReader';
import { encodePoints } from './pointsCodec';
import { startupState } from './startup';

const points = (labels: readonly number[]) => labels.map((label, i) => ({ x1: i * 0.5, x2: -i * 0.25, label }));

describe('a K too small for the points is raised to fit, with a notice naming k and the K used', () => {
  it('k=2 with iris (3 species): K = 3, and the store has nothing vaguer to add', async () => {
    const startup = await startupState('?k=2&data=iris', null);
    expect(startup.notices).toEqual(['k=“2”: the Iris petals data set has 3 classes, so K must be at least 3. K = 3 was used.']);
    const state = createAppStore(startup.lab).getState();
    expect(state.classes).toBe(3);
    expect(state.dataset.preset).toBe('iris');
    expect(state.message).toBeNull();
  });

  it('the link’s own points keep their classes: k=2 with a point of class 4 gives K = 5, and the points are kept', async () => {
    const startup = await startupState(`?k=2&pts=${encodePoints(points([0, 1, 4]))}`, null);
    expect(startup.notices).toEqual(['k=“2”: the points in pts use class 4, so K must be at least 5. K = 5 was used.']);
    const state = createAppStore(startup.lab).getState();
    expect(state.classes).toBe(5);
    expect(state.points.map((point) => point.label)).toEqual([0, 1, 4]);
    expect(state.message).toBeNull();
  });

  it('with no k in the link, the notice says which K was used and why', async () => {
    const { notices } = await readAddress(new URLSearchParams(`pts=${encodePoints(points([0, 5]))}`));
    expect(notices).toEqual(['K = 6 was used: the points in pts use class 5, and the link gives no k.']);
  });

  it('a reference class within the raised K is used, not refused against the K the link asked for', async () => {
    const startup = await startupState('?k=2&data=iris&param=reference&ref=2', null);
    expect(startup.notices).toHaveLength(1);
    expect(createAppStore(startup.lab).getState().model.referenceClass).toBe(2);
  });

  it('negative control: a K that fits says nothing', async () => {
    expect((await startupState('?k=4&data=iris', null)).notices).toEqual([]);
    expect((await startupState('?k=2&data=xor', null)).notices).toEqual([]);
  });
});

describe('a race preset with other data than its own says so, naming rdata', () => {
  it('race=margin&rdata=xor: the Max margin race runs on its separable data, with a notice', async () => {
    const { state, notices } = await readAddress(new URLSearchParams('view=race&race=margin&rdata=xor'));
    expect(notices).toEqual([
      'rdata=“xor”: the race preset “Max margin: GD vs Adam on separable data” runs on its own data, “Linearly separable”, which was used. To run its lanes on other points, choose them under Race data.',
    ]);
    expect(state!.race!.data).toBe('separable');
  });

  it('negative controls: a preset with its own data, or a custom race on any data, says nothing', async () => {
    expect((await readAddress(new URLSearchParams('view=race&race=margin&rdata=separable'))).notices).toEqual([]);
    const custom = await readAddress(new URLSearchParams('view=race&race=custom&rdata=xor'));
    expect(custom.notices).toEqual([]);
    expect(custom.state!.race!.data).toBe('xor');
  });

  it('an rdata that is no data source at all gets the one notice of a refused value, not two', async () => {
    const { notices } = await readAddress(new URLSearchParams('view=race&race=margin&rdata=zzz'));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^rdata=“zzz”: .* The default was used\.$/);
  });
});
