// HTML pages and markdown files: the same records as a Word table would give.
import { describe, expect, it } from 'vitest';
import { convertBytes } from '../../pipeline/convert.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('HTML input', () => {
  it('reads a <table> with rowspan, skips scripts, finds the title and region', async () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><script>var x = "<table>";</script></head>
<body><div><p>附件</p><p>义乌市质量强市工作任务分解表</p>
<table border="1"><tr><th>序号</th><th>工作任务</th><th>牵头单位</th><th>完成时限</th></tr>
<tr><td rowspan="2">1</td><td>制定质量发展规划</td><td rowspan="2">市市场监管局</td><td>2021年6月</td></tr>
<tr><td>开展质量月活动</td><td>每年9月</td></tr></table></div></body></html>`;
    const r = await convertBytes(enc(html), 'page.html');
    expect(r.document).toMatchObject({ format: 'html', title: '义乌市质量强市工作任务分解表', region: { province: '浙江省', city: '金华市', county: '义乌市' } });
    expect(r.records.map((x) => [x.indicatorCode, x.task, x.departments.map((d) => `${d.name}/${d.role}`), x.deadline?.raw])).toEqual([
      ['1', '制定质量发展规划', ['市市场监督管理局/lead'], '2021年6月'],
      ['1', '开展质量月活动', ['市市场监督管理局/lead'], '每年9月'],
    ]);
    expect(r.records[1]!.flags).toContain('filled-from-merged-cell');
    expect(r.records[0]!.provenance.mode).toBe('html');
  });
  it('reads a GBK-encoded page', async () => {
    // "<table><tr><td>序号</td><td>工作任务</td></tr></table>" with the CJK in GBK
    const bytes = new Uint8Array([...enc('<table><tr><td>'), 0xd0, 0xf2, 0xba, 0xc5, ...enc('</td><td>'), 0xb9, 0xa4, 0xd7, 0xf7, 0xc8, 0xce, 0xce, 0xf1, ...enc('</td></tr></table>')]);
    const r = await convertBytes(bytes, 'gbk.html');
    expect(r.document.status).toBe('ok');
    expect(r.diagnostics.map((d) => d.code)).toContain('encoding-gb18030');
  });
});

describe('Markdown input', () => {
  it('reads a pipe table under a heading', async () => {
    const md = `# 顺德区2021年质量强区工作任务分解表

| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |
|---|---|---|---|---|
| 1 | 制定质量发展规划 | 区市场监管局 | 区发改局、区财政局 | 2021年6月底前 |
| 2 | 开展“质量月”活动 | 区市场监管局 | 各镇（街道） | 每年9月 |
`;
    const r = await convertBytes(enc(md), 'plan.md');
    expect(r.document).toMatchObject({ format: 'md', region: { province: '广东省', city: '佛山市', county: '顺德区' }, year: 2021 });
    expect(r.records).toHaveLength(2);
    expect(r.records[0]!.departments.map((d) => `${d.name}/${d.role}`)).toEqual(['区市场监督管理局/lead', '区发展和改革委员会/support', '区财政局/support']);
    expect(r.records[1]!.deadline).toMatchObject({ kind: 'recurring', month: 9 });
  });
});
