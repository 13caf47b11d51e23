import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Imports flow app → views → (share, lessons) → store → model, never back; the model stays pure (runs in Node, no
 * DOM, no unseeded randomness). The lint (.oxlintrc.json, `npm run lint`) enforces it; these tests prove that the
 * config catches every form of a forbidden import, by linting small fixture files laid out like src/.
 */
const root = join(import.meta.dirname, '..');
const oxlint = join(root, 'node_modules', '.bin', 'oxlint');
const BOUNDARY_RULES = ['eslint(no-restricted-imports)', 'eslint(no-restricted-globals)', 'eslint(no-restricted-properties)', 'import(no-cycle)'];

interface Diagnostic {
  readonly code: string;
  readonly filename: string;
  readonly labels: readonly { readonly span: { readonly line: number } }[];
}

/** `file:line rule` for every boundary hit oxlint reports in `cwd`, with the .oxlintrc.json found there. */
function boundaryHits(cwd: string, paths: readonly string[]): string[] {
  const result = spawnSync(oxlint, ['--format', 'json', ...paths], { cwd, encoding: 'utf8' });
  const { diagnostics } = JSON.parse(result.stdout) as { diagnostics: Diagnostic[] };
  return diagnostics
    .filter((d) => BOUNDARY_RULES.includes(d.code))
    .map((d) => `${d.filename.replaceAll('\\', '/')}:${d.labels[0]?.span.line} ${d.code}`)
    .sort();
}

const fixtureRoot = mkdtempSync(join(tmpdir(), 'softmax-lab-architecture-'));
afterAll(() => rmSync(fixtureRoot, { recursive: true, force: true }));

/** Writes the files (path → lines) under a fresh folder and lints them there. */
function lintFixture(name: string, files: Record<string, readonly string[]>): string[] {
  const folder = join(fixtureRoot, name);
  for (const [path, lines] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), `${lines.join('\n')}\n`);
  }
  // The project's config, beside the fixtures: its per-folder globs are relative to where it lies.
  copyFileSync(join(root, '.oxlintrc.json'), join(folder, '.oxlintrc.json'));
  return boundaryHits(folder, ['src']);
}

const restricted = 'eslint(no-restricted-imports)';

describe('architecture (import boundaries, enforced by the lint)', () => {
  it('src/model imports nothing outside src/model, in any form: import, import type, export … from, import()', () => {
    const hits = lintFixture('model', {
      'src/model/reexport.ts': ["export { step } from '../store/run';"],
      'src/model/lazy.ts': ["export const load = () => import('../views/panel');"],
      'src/model/types.ts': ["import type { Lesson } from '../lessons/lesson';", 'export type L = Lesson;'],
      'src/model/inside.ts': ["import { dot } from './vector';", "import { rng } from './random/rng';", 'export const f = () => dot + rng;'],
      'src/model/random/rng.ts': ["import { dot } from '../vector';", "import { state } from '../../share/state';", 'export const rng = () => dot + state;'],
      'src/model/packages.ts': ["import * as d3 from 'd3';", "import { useState } from 'react';", "import { create } from 'zustand';", 'export const g = [d3, useState, create];'],
    });
    expect(hits).toEqual([
      `src/model/lazy.ts:1 ${restricted}`,
      `src/model/packages.ts:1 ${restricted}`,
      `src/model/packages.ts:2 ${restricted}`,
      `src/model/packages.ts:3 ${restricted}`,
      `src/model/random/rng.ts:2 ${restricted}`,
      `src/model/reexport.ts:1 ${restricted}`,
      `src/model/types.ts:1 ${restricted}`,
    ]);
  });

  it('src/model touches no DOM and draws no unseeded random number', () => {
    const hits = lintFixture('pure', {
      'src/model/impure.ts': ['export const title = () => document.title;', 'export const width = () => window.innerWidth;', 'export const draw = () => Math.random();', 'export const fine = () => Math.hypot(3, 4);'],
    });
    expect(hits).toEqual(['src/model/impure.ts:1 eslint(no-restricted-globals)', 'src/model/impure.ts:2 eslint(no-restricted-globals)', 'src/model/impure.ts:3 eslint(no-restricted-properties)']);
  });

  it('src/store imports only the model; src/share only the store and the model; the CLI only the model', () => {
    const hits = lintFixture('layers', {
      'src/store/run.ts': ["import { dot } from '../model/vector';", "import type { Panel } from '../views/panel';", "export { encode } from '../share/embed';", 'export const run = (p: Panel) => [dot, p];'],
      'src/store/race/lane.ts': ["import { dot } from '../../model/vector';", "import { run } from '../run';", "import { App } from '../../app/App';", 'export const lane = [dot, run, App];'],
      'src/share/codec.ts': ["import { run } from '../store/run';", "import { dot } from '../model/vector';", "import { Panel } from '../views/panel';", 'export const encode = [run, dot, Panel];'],
      'src/cli/fit.ts': ["import { dot } from '../model/vector';", "import { run } from '../store/run';", 'export const fit = [dot, run];'],
    });
    expect(hits).toEqual([
      `src/cli/fit.ts:2 ${restricted}`,
      `src/share/codec.ts:3 ${restricted}`,
      `src/store/race/lane.ts:3 ${restricted}`,
      `src/store/run.ts:2 ${restricted}`,
      `src/store/run.ts:3 ${restricted}`,
    ]);
  });

  it('lessons are content: they import only types; views never import the app', () => {
    const hits = lintFixture('content', {
      'src/lessons/lesson01.ts': ["import type { LabSettings } from '../store/settings';", "import { patchSettings } from '../store/settings';", "import katex from 'katex';", "import { lesson02 } from './lesson02';", 'export const l = [patchSettings, katex, lesson02] as unknown as LabSettings;'],
      'src/lessons/lesson02.ts': ['export const lesson02 = 2;'],
      'src/views/panel.tsx': ["import { App } from '../app/App';", "import { lesson02 } from '../lessons/lesson02';", "import { run } from '../store/run';", 'export const Panel = [App, lesson02, run];'],
      'src/views/lessons/Card.tsx': ["import { lesson02 } from '../../lessons/lesson02';", "import { Panel } from '../panel';", "export { Layout } from '../../app/Layout';", 'export const Card = [lesson02, Panel];'],
    });
    expect(hits).toEqual([
      `src/lessons/lesson01.ts:2 ${restricted}`,
      `src/lessons/lesson01.ts:3 ${restricted}`,
      `src/views/lessons/Card.tsx:3 ${restricted}`,
      `src/views/panel.tsx:1 ${restricted}`,
    ]);
  });

  it('views make no store of their own: a lab’s view state lives in the store the factory makes', () => {
    const hits = lintFixture('stores', {
      'src/views/probe/probeState.ts': ["import { createStore } from 'zustand/vanilla';", "import { useStore } from 'zustand';", 'export const probe = createStore(() => ({ point: null }));', 'export const use = () => useStore(probe);'],
      'src/views/flag.ts': ["import { create } from 'zustand';", 'export const useFlag = create(() => ({ on: false }));'],
    });
    expect(hits).toEqual([`src/views/flag.ts:1 ${restricted}`, `src/views/probe/probeState.ts:1 ${restricted}`]);
  });

  it('a cycle of imports is caught', () => {
    const hits = lintFixture('cycle', {
      'src/model/a.ts': ["import { b } from './b';", 'export const a = () => b;'],
      'src/model/b.ts': ["import { a } from './a';", 'export const b = () => a;'],
    });
    expect(hits).toEqual(['src/model/a.ts:1 import(no-cycle)', 'src/model/b.ts:1 import(no-cycle)']);
  });

  it('the source tree keeps every boundary', () => {
    expect(boundaryHits(root, ['src'])).toEqual([]);
  });
});
