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
