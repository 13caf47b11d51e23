import { createAppStore } from '../src/store/createAppStore';
import { DEFAULT_DATASET, DEFAULT_OPTIMIZER, DEFAULT_TRAINING } from '../src/store/settings';
import { dataTermAndGradient } from '../src/model/dataTerm';
const store = createAppStore({ dataset: { ...DEFAULT_DATASET, preset: 'blobs', count: 1000, classes: 5 }, classes: 5, optimizer: { ...DEFAULT_OPTIMIZER, learningRate: 0.01 }, training: { ...DEFAULT_TRAINING, tolerance: 1e-12 } } as never);
const s = store.getState();
console.log('N', s.data.labels.length, 'K', s.data.classes);
const theta = new Float64Array(15).map((_, i) => (i % 3) * 0.1);
const g = new Float64Array(15), p = new Float64Array(5);
const med = (v: number[]) => v.sort((a, b) => a - b)[Math.floor(v.length / 2)];
const rawT: number[] = [], storeT: number[] = [];
for (let r = 0; r < 15; r++) {
  let t0 = performance.now(); for (let i = 0; i < 300; i++) dataTermAndGradient(theta, s.data, g, p); rawT.push((performance.now() - t0) / 300 * 1000);
  t0 = performance.now(); store.getState().advance(300); storeT.push((performance.now() - t0) / 300 * 1000);
}
console.log('raw data term µs', med(rawT).toFixed(1), ' store advance µs/step', med(storeT).toFixed(1), 'status', store.getState().status);
const st = store.getState() as unknown as Record<string, unknown>;
console.log(Object.keys(st).filter((k) => /theta/i.test(k)), JSON.stringify(st.theta).slice(0, 200));
const rows = st.theta as Float64Array;
const trained = Float64Array.from(rows);
const tT: number[] = [], fT: number[] = [];
for (let r = 0; r < 15; r++) {
  let t0 = performance.now(); for (let i = 0; i < 300; i++) dataTermAndGradient(trained, s.data, g, p); tT.push((performance.now() - t0) / 300 * 1000);
  t0 = performance.now(); for (let i = 0; i < 300; i++) dataTermAndGradient(theta, s.data, g, p); fT.push((performance.now() - t0) / 300 * 1000);
}
console.log('trained θ µs', med(tT).toFixed(1), 'fixed θ µs', med(fT).toFixed(1), Array.from(trained).map((v) => v.toFixed(2)).join(' '));
