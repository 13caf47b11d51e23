import { describe, expect, test } from 'vitest';
import { inlineContents, policyFor } from './contentSecurityPolicy';

const page = [
  '<html><head>',
  '<script>alert(1)</script>',
  '<script type="module" crossorigin src="./assets/index.js"></script>',
  '<style>p{color:red}</style><style>p{color:red}</style><style media="print"></style>',
  '</head><body><p>Text</p></body></html>',
].join('');

describe('the policy allows what the page holds inline by its hash, and nothing else inline', () => {
  test('inline elements are found by kind, and a script with src is not inline', () => {
    expect(inlineContents(page, 'script')).toEqual(['alert(1)']);
    expect(inlineContents(page, 'style')).toEqual(['p{color:red}', 'p{color:red}', '']);
  });

  test('each inline text once, by its sha256 (golden values from `printf … | openssl dgst -sha256 -binary | base64`)', () => {
    const directives = new Map(policyFor(page).split('; ').map((part) => [part.split(' ')[0], part.split(' ').slice(1)] as const));
    expect(directives.get('script-src')).toEqual(["'self'", "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"]);
    expect(directives.get('style-src')).toEqual([
      "'self'",
      "'sha256-p0bF+un5yUb9MBO6xRb8kPHlY2BdpHVtLiFkDrZPF64='",
      "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='",
    ]);
    expect(policyFor(page)).not.toMatch(/unsafe/);
  });

  test('a page with nothing inline allows only its own files', () => {
    const directives = policyFor('<html><head></head></html>');
    expect(directives).toContain("script-src 'self';");
    expect(directives).toContain("style-src 'self';");
  });
});
