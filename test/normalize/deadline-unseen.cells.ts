// Deadline texts of county / district / township documents and others not seen before, read with
// the `search` tool (address per row), plus the forms the task named (`BRIEF`). Expected values
// were written from canonical-schema.md (Deadline) and the choices at the top of
// pipeline/normalize/deadline.ts before the run. Used by deadline-unseen.test.ts.
import type { Deadline } from '../../schemas/dataset.ts';

export type Want = Partial<Pick<Deadline, 'kind' | 'start' | 'end' | 'frequency' | 'month'>>;
/** [cell text, document year (null: not known), expected, source] */
export type Row = [string, number | null, Want, string];

const date = (end: string): Want => ({ kind: 'date', start: null, end, frequency: null, month: null });
const range = (start: string, end: string): Want => ({ kind: 'range', start, end, frequency: null, month: null });
const every = (frequency: Deadline['frequency'], month: number | null = null, start: string | null = null): Want =>
  ({ kind: 'recurring', frequency, month, start, end: null });
const ongoing = (start: string | null = null): Want => ({ kind: 'ongoing', start, end: null, frequency: null, month: null });
const unspecified = (month: number | null = null): Want => ({ kind: 'unspecified', start: null, end: null, frequency: null, month });

export const BRIEF = 'brief';
const CHANGXING = 'http://www.zjcx.gov.cn/hzgov/front/s315/xxgk/zcwj/qtwjbmxzyqwj/20250610/i4055449.html';
const YILAOYIXIAO = 'https://m.1wenmi.com/doc/581058.html';
const HEBEI_FLOOD = 'http://hdzc.net/html/news/hb/2023_03/01/14280588.html';
const HENAN_FLOOD = 'https://daluzixun.com/news/1648177946366838';
const HUANGSHAJIE = 'http://www.nbjoybaby.com/37584/38154/38157/38161/38248/40416/content_2285595.html';
const GUANGFENG = 'http://www.gfx.gov.cn/qzfb/ndgzfj/202108/953da6dab3f149e6a210b729ade32c7d.shtml';
const YUNYANG = 'http://yunyang.shiyan.gov.cn/xxgkxi/zc/zfwj/yzf/202302/t20230213_4182632.shtml';
const JIAYU24 = 'http://jiayu.gov.cn/xxgk/zc/qtzdgkwj/202403/t20240318_3512224.shtml';
const CAIDIAN = 'https://www.caidian.gov.cn/zwgk/zc/zfwj/qzfbgwj/202302/t20230208_2147809.shtml';
const FYMATE = 'http://www.fymate.net/html/text/lar/169383/16938349_1.html';
const LIUAN = 'http://kanqiu123.com/public/6608171/6554521.html';
const SUINING = 'https://www.suining.gov.cn/gongkai/show/4d68fdf085f444d2a0859d3100bd665e.html';
const SUINING_FLOOD = 'https://slj.suining.gov.cn/survey/dda4e47c6afa370491941386a4dd12c6.html';
const JINXIANG18 = 'https://cnmdzw.com/html/art2018622art_6022_137023.html';
const XIANGTAN = 'https://www.xtxnews.cn/content/2020/06/11/7359338.html';
const MOE2011 = 'https://www.xunlv.cn/laws/20815';
const SAFETYDAY = 'http://www.zhong1iu.com/news/show/1187617/';
const RONGXIAN = 'http://zgjtw.net/Item/Show.asp?d=1385&m=1';
const LONGLING = 'https://longling.gov.cn/info/29714/3589839.htm';
const SICHUAN15 = 'http://2jc1.com/news/qgdt/20151012/113083.html';
const ANKANG = 'http://f839s.com/news/ankang/akzh/446763.html';
const TAIAN = 'http://www.xuefoo.cn/art/2025/1/3/art_343305_7663.html';
const RIVERCHIEF = 'http://www.wxjxgy.cn/news/283711_2.html';
const WATERECO = 'http://m.x0sat.cn/newscenter/df/js/201604/t20160406_438373.html';
const XIXIANG = 'http://www.snxx.gov.cn/xxxzf/xxzwgk/xxgknr/zfwj/zfwj/202304/b7c1d474861643ff94f89cf2a3d218a0.shtml';
const XIANGXI = 'http://m.bgbf.com.cn/zqt/ztsy/yshj/szyhyshjzc/202002/t20200222_13535478.html';
const GUANGZHOU = 'https://www.gz.gov.cn/zwgk/zdgzlsqk2023/content/post_9622093.html';
const KAIHUA = '开化县2023年度重点工作清单（一季度政府工作报告重点任务执行落实情况）, 开化县人民政府 2023-12-22';
const KAIHUA_MILESTONES =
  '①3月底前，召开金融联席会议，明确2023年金融指标增长目标，压实责任，明确举措。②5月底前，召开金融助力“三年活动”破难攻坚要素保障政银企业对接会。③6月底前，出台碳账户贷款贴息、央行结构性货币政策工具贴息政策，并组织开展兑现。';

export const ROWS: Row[] = [
  // Dates and ranges of county and township plans
  ['4月', 2025, date('2025-04'), CHANGXING],
  ['4月', null, unspecified(4), CHANGXING],
  ['2023年2月一2023年3月', null, range('2023-02', '2023-03'), YILAOYIXIAO],
  ['2023年4月一2023年12月', null, range('2023-04', '2023-12'), YILAOYIXIAO],
  ['2024年1月', null, date('2024-01'), YILAOYIXIAO],
  ['持续到5月底', 2023, date('2023-05'), HEBEI_FLOOD],
  ['从即日起至4月30日', 2022, date('2022-04-30'), HENAN_FLOOD],
  ['5月9日至20日', 2022, range('2022-05-09', '2022-05-20'), HENAN_FLOOD],
  ['自2025年3月17日开始，至2025年3月21日结束', null, range('2025-03-17', '2025-03-21'), HUANGSHAJIE],
  ['3月24日下午5点前', 2025, date('2025-03-24'), HUANGSHAJIE],
  ['3月25日起', 2025, ongoing('2025-03-25'), HUANGSHAJIE],
  ['6月15日、12月15日前', 2021, date('2021-12-15'), GUANGFENG],
  ['6月25日、12月25日前', 2021, date('2021-12-25'), GUANGFENG],
  ['2月29日前', 2024, date('2024-02-29'), JIAYU24],
  ['2023年1月15日前', null, date('2023-01-15'), CAIDIAN],
  ['2015年1月1日至12月31日', null, range('2015-01-01', '2015-12-31'), LIUAN],
  ['到2019年6月底', null, date('2019-06'), SUINING],
  ['到2019年12月底', null, date('2019-12'), SUINING],
  ['于6月18日（星期二）上午下班前', 2019, date('2019-06-18'), SUINING_FLOOD],
  ['6月23日下午5:00前', 2018, date('2018-06-23'), JINXIANG18],
  ['2020年6月11日至6月18日', null, range('2020-06-11', '2020-06-18'), XIANGTAN],
  ['3月28日当天', 2011, date('2011-03-28'), MOE2011],
  ['2021年至2025年', null, range('2021', '2025'), LONGLING],
  ['2015年完成75%以上', null, date('2015'), SICHUAN15],
  ['本年度内', 2023, date('2023'), ANKANG],
  ['到2025年', null, date('2025'), ANKANG],
  ['到2030年', null, date('2030'), TAIAN],
  ['2018年6月底前', null, date('2018-06'), RIVERCHIEF],
  ['第四季度', 2023, date('2023-12'), GUANGZHOU],
  ['6月底完成', 2020, date('2020-06'), XIANGXI],
  ['全年', 2024, date('2024'), BRIEF],
  ['2024年全年', null, date('2024'), BRIEF],
  ['年度内', 2024, date('2024'), BRIEF],
  ['上半年', 2024, date('2024-06'), BRIEF],
  ['第一季度末', 2024, date('2024-03'), BRIEF],
  ['次年1月', 2024, date('2025-01'), BRIEF],
  ['年底前完成并长期坚持', 2024, date('2024-12'), BRIEF],
  ['2024年6月底前完成、年底前见效', null, date('2024-12'), BRIEF],
  ['2023年9月底前完成，2024年6月底前全面见效', null, date('2024-06'), BRIEF],
  ['1-6月', 2024, range('2024-01', '2024-06'), BRIEF],
  ['1月-6月', 2024, range('2024-01', '2024-06'), BRIEF],
  ['2024年汛期前', null, date('2024'), BRIEF],
  ['2024年6月底前完成，以后每两年评估一次', null, date('2024-06'), BRIEF],
  // Milestones ①②③ where a milestone's text names the year the later ones take (开化县2023年度重点工作清单):
  // the last milestone, with its month; a month that writes its own year does not make the year alone a milestone
  [KAIHUA_MILESTONES, 2023, date('2023-06'), KAIHUA],
  [KAIHUA_MILESTONES, null, date('2023-06'), KAIHUA],
  ['2023年6月底前启动，2023年完成', null, date('2023'), BRIEF],
  // Recurring
  ['从2023年3月份起，每季度', null, every('quarterly', null, '2023-03'), YUNYANG],
  ['每季度最后一个月的30日前', null, every('quarterly'), CAIDIAN],
  ['每月开展一次', null, every('monthly'), XIXIANG],
  ['每年3月最后一周的星期一', null, every('yearly', 3), SAFETYDAY],
  ['每学期', null, every('half-yearly'), BRIEF],
  ['每学期开展一次', null, every('half-yearly'), BRIEF],
  ['每年汛期前', null, every('yearly'), BRIEF],
  // A month without a year: unspecified, the due month kept, warned
  ['上半年', null, unspecified(6), BRIEF],
  ['第一季度末', null, unspecified(3), BRIEF],
  ['次年1月', null, unspecified(1), BRIEF],
  ['年底前完成并长期坚持', null, unspecified(12), BRIEF],
  ['1-6月', null, unspecified(6), BRIEF],
  ['年内见成效', null, unspecified(), FYMATE],
  // A repetition the schema has no frequency for: unspecified, text kept, warned
  ['每两年', null, unspecified(), BRIEF],
  ['每两年一次', 2024, unspecified(), BRIEF],
  ['每三年开展一次评估', null, unspecified(), BRIEF],
  ['每周五前', null, unspecified(), BRIEF],
  // No time stated: unspecified, warned
  ['汛前', 2023, unspecified(), HEBEI_FLOOD],
  ['汛前全部整治到位', 2022, unspecified(), HENAN_FLOOD],
  ['汛期前', null, unspecified(), BRIEF],
  ['开学第一周', null, unspecified(), RONGXIAN],
  ['试点期中和期末', null, unspecified(), WATERECO],
  ['适时', null, unspecified(), BRIEF],
  ['按国家要求', null, unspecified(), BRIEF],
  ['根据上级部署', null, unspecified(), BRIEF],
  ['按上级要求', null, unspecified(), BRIEF],
];

