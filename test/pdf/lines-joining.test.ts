// How parsers/pdf/lines.ts joins printed pieces of text back into the cell text Word holds:
// the gaps a word processor adds for layout are dropped, the spaces the author typed are kept.
import { describe, expect, it } from 'vitest';
import { brokenWord, joinRuns, type TextLine } from '../../parsers/pdf/lines.ts';
import type { TextRun } from '../../parsers/pdf/extract.ts';

/** Runs set one after another on a line at 10 pt, each `gap` points after the one before. */
function line(...parts: [string, number][]): TextRun[] {
  let x = 0;
  return parts.map(([str, gap]) => {
    x += gap;
    const w = [...str].reduce((s, ch) => s + (/[\x20-\x7e]/.test(ch) ? 5 : 10), 0);
    const r: TextRun = { str, x0: x, x1: x + w, y0: 0, y1: 10, size: 10, horizontal: true };
    x += w;
    return r;
  });
}

describe('joinRuns', () => {
  it('an enclosed number is set as an ideograph: the quarter em before a digit is no space', () => {
    expect(joinRuns(line(['②', 0], ['3', 2], ['月底前', 2]))).toBe('②3月底前');
    expect(joinRuns(line(['举措。②', 0], ['5', 2]))).toBe('举措。②5');
  });

  it('a gap of an em or more before a second label： was typed: it parts the pairs', () => {
    expect(joinRuns(line(['填报单位：吴兴区市场监督管理局', 0], ['填报日期：', 20], ['2024', 0], ['年', 2]))).toBe('填报单位：吴兴区市场监督管理局 填报日期：2024年');
    // the label split over two runs
    expect(joinRuns(line(['填表人：张三', 0], ['联系电', 15], ['话：0572', 0]))).toBe('填表人：张三 联系电话：0572');
  });

  it('other gaps between ideographs stay joined: no label follows, or the gap is narrow', () => {
    expect(joinRuns(line(['附件', 0], ['重点任务分解表', 20]))).toBe('附件重点任务分解表');
    expect(joinRuns(line(['填报单位：吴兴区', 0], ['填报日期：', 5]))).toBe('填报单位：吴兴区填报日期：');
  });
});

describe('brokenWord', () => {
  const tl = (str: string, x0: number): TextLine => {
    const [r] = line([str, x0]);
    return { runs: [r!], x0: r!.x0, x1: r!.x1, y0: 0, y1: 10, size: 10 };
  };
  it('a dotted code broken at its dot in a narrow cell is one word', () => {
    // a cell 7 points wide: `1` fills it, `.1` goes on the next line
    expect(brokenWord('1', tl('1', 0), '.1', tl('.1', 0), 0, 6)).toBe(true);
    expect(brokenWord('1.', tl('1.', 0), '1', tl('1', 0), 0, 9)).toBe(true);
    // not dots meeting, and not a short line in a wide cell
    expect(brokenWord('1.', tl('1.', 0), '.1', tl('.1', 0), 0, 9)).toBe(false);
    expect(brokenWord('1', tl('1', 0), '.1', tl('.1', 0), 0, 100)).toBe(false);
  });
});
