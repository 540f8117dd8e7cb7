// Generates samples/006-changde.docx: an imaginary 常德市 document built from layouts no seed
// has (the ones test/e2e/unseen-layouts.test.ts writes at test time), so the PDF parser is
// checked on them too: a 评分表 with 考核项目 merged down and a 合计 row, a 任务分解表 with a
// two-row header (责任单位 over 牵头单位/配合单位), a task list continued after page
// breaks with 续表 and a repeated header, and a long 任务分解表 running over a page by
// itself (its two-row header repeated, a row cut by the break). scripts/make-pdf-samples.sh prints it to PDF
// (samples/006-changde.pdf); test/e2e/cross-format-unseen.test.ts compares the two.
//
//   npx tsx scripts/make-unseen-sample.ts [out.docx]
//
// Cells are written as Word writes them: every row lists its cells, vertical merges as
// w:vMerge restart/continue, horizontal ones as w:gridSpan.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { changdeScoring, changdeTwoRowHeader } from '../test/e2e/unseen-docs.ts';
import { cont, hrow, top, w, wordFile, wrow, type WBlock, type WRow } from './word-builder.ts';

/** The 006 document: three tables of the unseen layouts, in one file. */
export function changdeBlocks(): WBlock[] {
  const listHead = hrow('序号', '工作任务', '责任单位', '完成时限');
  return [
    // (a) and (b) of the unseen layouts, as the tests build them
    ...changdeScoring,
    { paragraph: '附件2', pageBreakBefore: true },
    ...changdeTwoRowHeader,
    { paragraph: '附件3', pageBreakBefore: true },
    { paragraph: '常德市质量提升行动重点工作任务清单' },
    {
      widths: [1, 6, 3, 2],
      rows: [
        listHead,
        wrow('1', '开展质量提升示范区创建。', '市市场监管局', '2023年12月'),
        wrow('2', '推进农产品质量安全追溯体系建设。', '市农业农村局', '2023年底'),
        wrow(top('3'), top('加强工程质量监管，开展质量安全专项检查。'), '市住房城乡建设局', '每季度'),
        wrow(cont(), cont(), '市交通运输局', '每季度'),
      ],
    },
    { paragraph: '续表', pageBreakBefore: true },
    { widths: [1, 6, 3, 2], rows: [listHead, wrow('4', '组织开展“质量月”活动。', '市市场监管局', '每年9月'), wrow('5', '完善质量激励机制，组织市长质量奖评选。', '市人社局、市市场监管局', '2024年6月')] },
    { paragraph: '续表', pageBreakBefore: true },
    { widths: [1, 6, 3, 2], rows: [listHead, wrow('6', '开展服务业质量满意度测评。', '市发改委', '2024年'), wrow('7', '推进质量基础设施“一站式”服务。', '市市场监管局', '长期')] },
    // Long enough to run over a page by itself: the two-row header is repeated on the next
    // page (merged 序号/重点任务/完成时限 beside 牵头/配合) and a row is cut by the break.
    { paragraph: '附件4', pageBreakBefore: true },
    { paragraph: '常德市2024年质量工作重点任务分解表' },
    { widths: [1, 3, 6, 3, 3, 2], rows: [...twoRowHead, ...longGroups()] },
  ];
}

const twoRowHead: WRow[] = [
  { header: true, cells: [top('序号'), top('重点任务'), top('具体措施'), w('责任单位', 2), top('完成时限')] },
  { header: true, cells: [cont(), cont(), cont(), w('牵头单位'), w('配合单位'), cont()] },
];

/** 8 groups of 3 measures, 序号 and 重点任务 merged over each group. */
function longGroups(): WRow[] {
  const measures = ['开展质量提升专项行动，组织重点行业企业对标达标，推动产品质量整体提升。', '建立质量信用档案，实施质量信用分级分类监管，推进失信联合惩戒。', '组织开展质量月、世界标准日、世界计量日等主题宣传活动，营造全社会重视质量的氛围。'];
  const depts = ['市市场监管局', '市发改委', '市工信局', '市商务局', '市农业农村局', '市住建局'];
  const deadlines = ['2023年底前', '长期坚持', '每季度末', '2024年6月', '每年'];
  const rows: WRow[] = [];
  let n = 0;
  const tasks = ['实施质量提升行动', '夯实质量基础', '加强品牌建设', '提升工程质量', '提升服务质量', '强化质量安全监管', '完善质量激励机制', '营造质量文化氛围'];
  for (let g = 1; g <= tasks.length; g++) {
    for (let k = 0; k < 3; k++, n++) {
      const first = k === 0;
      rows.push(wrow(first ? top(String(g)) : cont(), first ? top(tasks[g - 1]!) : cont(), `${g}.${k + 1} ${measures[k]}`, depts[n % 6]!, depts[(n + 1) % 6]!, deadlines[n % 5]!));
    }
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = resolve(process.argv[2] ?? 'samples/006-changde.docx');
  writeFileSync(out, await wordFile(changdeBlocks()));
  console.log(`make-unseen-sample: ${out}`);
}
