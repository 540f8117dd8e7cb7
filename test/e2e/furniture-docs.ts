// The Word documents of test/e2e/table-furniture.test.ts (furniture rows inside the table: 附件,
// title, 填报单位/填报日期, 单位, 注, 填表人), as blocks scripts/word-builder.ts turns into a .docx.
// Kept out of the test file so scripts/make-unseen-pdfs.ts can print the same documents to PDF
// (test/fixtures/pdf/unseen/furniture*.pdf, checked by test/e2e/cross-format-unseen-2.test.ts).
import { hrow, w, wrow, type WBlock } from '../../scripts/word-builder.ts';

export const furnitureBody = [
  wrow('1', '推进质量基础设施建设，完善计量检测体系。', '市市场监管局', '2024年12月底'),
  wrow('2', '开展质量提升行动，培育区域公共品牌。', '市农业农村局', '2024年6月底'),
];
export const FURNITURE_TITLE = '湖州市2024年质量强市工作任务分解表';

/** 附件2, the title, 填报单位/填报日期 above the header; 注 and 填表人/联系电话 under the body. */
export const furnished = (above: WBlock[] = []): WBlock[] => [
  ...above,
  {
    widths: [1, 6, 3, 2],
    rows: [
      wrow(w('附件2', 4)),
      wrow(w(FURNITURE_TITLE, 4)),
      wrow(w('填报单位：吴兴区市场监督管理局        填报日期：2024年3月5日', 4)),
      hrow('序号', '工作任务', '责任单位', '完成时限'),
      ...furnitureBody,
      wrow(w('注：各单位于每季度末报送进展情况。', 4)),
      wrow(w('填表人：张三      联系电话：0572-2222222', 4)),
    ],
  },
];

/** The same table under a title paragraph. */
export const furnishedUnderTitle: WBlock[] = furnished([{ paragraph: '湖州市质量强市工作实施方案' }]);

const unitTable = (unit: string): WBlock => ({ widths: [1, 6, 3, 2], rows: [wrow(w(FURNITURE_TITLE, 4)), wrow(w(unit, 4)), hrow('序号', '工作任务', '责任单位', '完成时限'), ...furnitureBody] });
/** Two tables, each with a title row and a unit row of its own. */
export const furnitureUnits: WBlock[] = [unitTable('（单位：万元）'), { paragraph: '表2' }, unitTable('计量单位：%')];

/** A section row merged across a headerless table (no furniture). */
export const sectionNoHeader: WBlock[] = [
  { widths: [1, 6, 3], rows: [wrow(w('一、重点任务', 3)), wrow('1', '推进质量基础设施建设，完善计量检测体系。', '市市场监管局'), wrow('2', '开展质量提升行动，培育区域公共品牌。', '市农业农村局')] },
];
