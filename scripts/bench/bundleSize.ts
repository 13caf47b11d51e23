import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleFile {
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

/** Every .js and .css file under a build folder, with its raw and gzip -9 size. */
export function bundleSizes(buildDir: string): BundleFile[] {
  const files: BundleFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(js|css)$/.test(name)) {
        const content = readFileSync(path);
        files.push({ file: path.slice(buildDir.length + 1), bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length });
      }
    }
  };
  walk(buildDir);
  return files.sort((a, b) => b.gzipBytes - a.gzipBytes);
}

/**
 * The JavaScript a visit loads before anything else: the entry script of index.html and the chunks it imports
 * statically, which Vite lists as modulepreload links. Lazy chunks (the race, import/export, the embed) are not
 * in it: they load when used.
 */
export function startBundle(buildDir: string): BundleFile[] {
  const html = readFileSync(join(buildDir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g), ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) =>
    m[1].replace(/^\.\//, ''),
  );
  const all = bundleSizes(buildDir);
  return scripts.map((file) => {
    const found = all.find((entry) => entry.file === file);
    if (found === undefined) throw new Error(`index.html loads ${file}, which is not in ${buildDir}`);
    return found;
  });
}
