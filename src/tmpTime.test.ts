import { test } from 'vitest';
import { toDataset } from './model/dataset';
import { generatePreset, DEFAULT_PRESET_SETTINGS, DATASET_PRESET_IDS } from './model/datasets/presets';
import { classifySeparation, isLinearlySeparable } from './model/separability';
test('t', () => {
  let ta = 0, tb = 0;
  for (let rep = 0; rep < 3; rep++)
  for (const preset of DATASET_PRESET_IDS) for (const count of [1, 7, 40]) for (const seed of [0, 3, 1e308]) {
      const { points, classes } = generatePreset(preset, { ...DEFAULT_PRESET_SETTINGS, count, seed });
      const d = toDataset(points, classes);
      let t = performance.now(); isLinearlySeparable(d); ta += performance.now() - t;
      t = performance.now(); classifySeparation(d); tb += performance.now() - t;
  }
  console.log('strict', ta.toFixed(0), 'classify', tb.toFixed(0));
});
