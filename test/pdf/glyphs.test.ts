// Radicals a PDF's ToUnicode map gives for ideographs of the same shape (Chromium/Skia
// and Word write ⼯ for 工, ⻓ for 长) are read as the ideographs.
import { describe, expect, it } from 'vitest';
import { unifyIdeographs } from '../../parsers/pdf/glyphs.ts';

describe('unifyIdeographs', () => {
  it('reads Kangxi radicals and CJK Radicals Supplement forms as ideographs', () => {
    expect(unifyIdeographs('具体⼯作措施')).toBe('具体工作措施');
    expect(unifyIdeographs('⻓期坚持，⻝⽤农产品，惠⺠活动')).toBe('长期坚持，食用农产品，惠民活动');
    expect(unifyIdeographs('市发展和改⾰委员会')).toBe('市发展和改革委员会');
  });

  it('leaves other text alone, full-width punctuation and digits included', () => {
    const s = '（一）2023年12月底前，完成率≥95%；Ａ类';
    expect(unifyIdeographs(s)).toBe(s);
  });

  it('keeps every string the same length (character positions stay valid)', () => {
    for (let cp = 0x2e80; cp <= 0x2fdf; cp++) {
      const ch = String.fromCharCode(cp);
      expect(unifyIdeographs(ch)).toHaveLength(1);
    }
    for (let cp = 0xf900; cp <= 0xfaff; cp++) expect(unifyIdeographs(String.fromCharCode(cp))).toHaveLength(1);
  });

  it('maps every listed radical to a unified ideograph (not to another radical)', () => {
    for (let cp = 0x2e80; cp <= 0x2fd5; cp++) {
      const out = unifyIdeographs(String.fromCharCode(cp));
      if (out.charCodeAt(0) === cp) continue;
      expect(out.charCodeAt(0) >= 0x3400 && out.charCodeAt(0) <= 0x9fff).toBe(true);
    }
  });
});
