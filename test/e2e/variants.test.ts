// Another city may write the same table in Traditional characters or with full-width
// digits. Each seed rewritten that way (opencc-js cn→t; ASCII digits → full-width)
// must give the same dataset as the original, ids and provenance aside.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { convertBytes, type FileResult } from '../../pipeline/convert.ts';
import { SEEDS, hasShared } from '../helpers.ts';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
const fullWidthDigits = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

function comparable(r: FileResult) {
  const strip = ({ id, documentId, provenance, ...rest }: Record<string, unknown>) => rest;
  return {
    title: r.document.title,
    region: r.document.region,
    year: r.document.year,
    fields: r.document.fields,
    records: r.records.map((x) => strip(x as unknown as Record<string, unknown>)),
    allocations: r.allocations.map((x) => strip(x as unknown as Record<string, unknown>)),
  };
}

const seeds = hasShared ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')) : [];

describe.skipIf(!hasShared)('Traditional characters and full-width digits give the same dataset', () => {
  for (const f of seeds) {
    it(f, async () => {
      const text = readFileSync(join(SEEDS, f), 'utf8');
      const base = await convertBytes(new TextEncoder().encode(text), f);
      const variant = await convertBytes(new TextEncoder().encode(fullWidthDigits(toTraditional(text))), f);
      expect(variant.document.status).toBe('ok');
      expect(comparable(variant)).toEqual(comparable(base));
    });
  }
});
