import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]);

/** Imports flow app → views → share → store → model, never back; the model stays pure (runs in Node, no DOM). */
describe('architecture', () => {
  it('src/model imports nothing from React, zustand, d3, the DOM, the store or the views', () => {
    const offences = sourceFiles(join(root, 'src/model')).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const bad = importsOf(file).filter((spec) => /^(react|react-dom|zustand|d3)/.test(spec) || /\/(store|views|app|share)\//.test(spec));
      if (/\b(document|window)\.|Math\.random\(/.test(text)) bad.push('DOM or unseeded randomness');
      return bad.map((spec) => `${relative(root, file)}: ${spec}`);
    });
    expect(offences).toEqual([]);
  });

  it('src/store imports nothing from the views, the app or the address/embed/storage code', () => {
    const offences = sourceFiles(join(root, 'src/store')).flatMap((file) =>
      importsOf(file)
        .filter((spec) => /\/(views|app|share)\//.test(spec))
        .map((spec) => `${relative(root, file)}: ${spec}`),
    );
    expect(offences).toEqual([]);
  });

  it('src/share (address, embed, storage) reads the store and the model, never the views or the app', () => {
    const offences = sourceFiles(join(root, 'src/share')).flatMap((file) =>
      importsOf(file)
        .filter((spec) => /^(react|react-dom)/.test(spec) || /\/(views|app)\//.test(spec))
        .map((spec) => `${relative(root, file)}: ${spec}`),
    );
    expect(offences).toEqual([]);
  });
});
