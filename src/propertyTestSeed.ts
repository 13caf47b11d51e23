import { fc } from '@fast-check/vitest';

// One fixed seed makes CI reproducible: a property that fails, fails on every run until fixed. Set FC_SEED to
// explore other cases locally (a failure prints its seed and path to replay it).
const seed = process.env.FC_SEED === undefined ? 20261124 : Number(process.env.FC_SEED);
fc.configureGlobal({ seed });
