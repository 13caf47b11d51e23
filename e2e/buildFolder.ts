/** This e2e run's port and build folder: each concurrent run (CI, several developers on one machine) has its own. */
export const e2ePort = Number(process.env.E2E_PORT ?? 4179);
export const e2eBuildFolder = `.e2e-build/${e2ePort}`;
