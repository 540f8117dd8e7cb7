// pdfjs-dist's legacy build overwrites JSON.parse, JSON.stringify and
// Array.prototype.push with core-js polyfills on Node 20; left in place they slowed
// everything a batch worker did after its first PDF (parsers/pdf/pdfjs.ts). After a
// PDF is parsed, the thread's built-ins must be the ones it started with, and the
// polyfills pdfjs needs (Promise.withResolvers) must still be there. A fresh process,
// so no other test has loaded pdfjs before the originals are taken.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.ts';

const PROBE = `
const before = { stringify: JSON.stringify, parse: JSON.parse, push: Array.prototype.push, toString: Function.prototype.toString };
const { parseBytes } = await import('./parsers/index.ts');
const { readFileSync } = await import('node:fs');
const r = await parseBytes(new Uint8Array(readFileSync('samples/003-hunan-standard.pdf')), '003.pdf');
console.log(JSON.stringify({
  tables: r.value?.blocks.filter((b) => b.kind === 'table').length ?? 0,
  stringify: JSON.stringify === before.stringify,
  parse: JSON.parse === before.parse,
  push: Array.prototype.push === before.push,
  toString: Function.prototype.toString === before.toString,
  withResolvers: typeof Promise.withResolvers,
}));
`;

describe('loading pdfjs', () => {
  it('leaves the built-in JSON and Array methods native', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', PROBE], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout.trim().split('\n').pop()!) as Record<string, unknown>;
    expect(out).toEqual({ tables: expect.any(Number), stringify: true, parse: true, push: true, toString: true, withResolvers: 'function' });
    expect(out.tables as number).toBeGreaterThan(0);
  }, 60_000);
});
