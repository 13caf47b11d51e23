import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { OPTIMIZER_KINDS } from '../model/optimizers';
import { initialSettings } from '../store/initialSettings';
import { patchSettings } from './settingsPatch';

const { settings: current } = initialSettings();

describe('a partial change from outside', () => {
  it('applies usable values and names each refused or unknown one', () => {
    const { settings, notices } = patchSettings(current, { optimizer: { learningRate: 0.05, kind: 'rmsprop' }, model: { l2: 0.1 }, colour: 'red', view: { zoom: 2 } });
    expect(settings.optimizer.learningRate).toBe(0.05);
    expect(settings.optimizer.kind).toBe(current.optimizer.kind);
    expect(settings.model.l2).toBe(0.1);
    expect(notices).toEqual([
      `optimizer.kind: The optimizer must be one of ${OPTIMIZER_KINDS.join(', ')}.`,
      'colour: not a setting, ignored.',
      'view.zoom: not a setting, ignored.',
    ]);
  });

  it('points come in as edited points; anything but a list is refused', () => {
    expect(patchSettings(current, { points: [{ x1: 1, x2: 2, label: 0 }] }).settings).toMatchObject({ points: [{ x1: 1, x2: 2, label: 0 }], pointsEdited: true });
    expect(patchSettings(current, { points: 'all' }).notices).toEqual(['points: The points must be a list of { x1, x2, label }.']);
  });

  test.prop([fc.anything()])('never throws, and gives back the current settings object when nothing usable is in it', (junk) => {
    const { settings } = patchSettings(current, junk);
    expect(typeof settings).toBe('object');
  });
});
