// Department cells of county / district / township documents (县, 区, 县级市, 镇/园区) and of
// the cities above them, read with the `search` tool in public documents (address per group).
// Most are 牵头单位/责任单位 cells of 政府工作报告 task breakdowns; groups marked `主送` are the
// addressee line of such a document (the same unit words a 责任单位 column repeats: 各乡镇人民政府,
// 县直及驻县各单位, …); a few are unit lists of a leader's division of work or of a news report.
// Expected values were written from departments.md before the run (`name/role`, `?` after a name
// not in the dictionary). Used by departments-county.test.ts.
export interface Group {
  source: string;
  level: string;
  cells: [string, string][];
}

export const GROUPS: Group[] = [
  {
    source: 'https://by6714.com/t/huazhong/7692.html (咸安区 2023 区《政府工作报告》责任分解; 牵头单位/责任单位 inside the item)',
    level: '区',
    cells: [
      ['牵头单位：区发改局', '区发展和改革委员会/lead'],
      ['牵头单位：区科经局', '区科技和经济信息化局/lead'],
      ['牵头单位：区商务局', '区商务局/lead'],
      ['牵头单位：区财政局、区税务局', '区财政局/lead | 区税务局/lead'],
      ['牵头单位：区发改局、区农业农村局', '区发展和改革委员会/lead | 区农业农村局/lead'],
      ['牵头单位：区人社局', '区人力资源和社会保障局/lead'],
      ['牵头单位：区农业农村局', '区农业农村局/lead'],
      ['牵头单位：市生态环境局咸安分局', '市生态环境局分局/lead'],
      [
        '牵头单位：区交通运输局；责任单位：区发改局、区自然资源和规划局、区林业局，区经发集团，相关乡镇办',
        '区交通运输局/lead | 区发展和改革委员会/responsible | 区自然资源局/responsible | 区林业局/responsible | 区经发集团?/responsible | 相关乡镇办/responsible',
      ],
    ],
  },
  {
    source: 'http://jiayu.gov.cn/xxgk/dfbmptlj/bmxxgkpt/xjtysj/zc_21470/zfwj_21471/202107/t20210722_2364261.shtml (嘉鱼县 嘉政办发〔2021〕5号)',
    level: '县',
    cells: [
      ['牵头单位：县发改局（粮食局）；责任单位：各镇人民政府，嘉鱼经济开发区', '县发展和改革委员会/lead | 县粮食和物资储备局/lead | 各镇人民政府/responsible | 嘉鱼经济开发区/responsible'],
      ['牵头单位：县财政局；责任单位：县税务局，各镇人民政府，嘉鱼经济开发区', '县财政局/lead | 县税务局/responsible | 各镇人民政府/responsible | 嘉鱼经济开发区/responsible'],
      ['牵头单位：县科经局；责任单位：各镇人民政府，嘉鱼经济开发区', '县科技和经济信息化局/lead | 各镇人民政府/responsible | 嘉鱼经济开发区/responsible'],
      ['各镇人民政府，县政府各部门，嘉鱼经济开发区、武汉新港潘湾工业园', '各镇人民政府/responsible | 县政府各部门/responsible | 嘉鱼经济开发区/responsible | 武汉新港潘湾工业园/responsible'],
    ],
  },
  {
    source: 'http://jiayu.gov.cn/xxgk/zc/qtzdgkwj/202403/t20240318_3512224.shtml (嘉鱼县 嘉政办发〔2024〕1号, 主送)',
    level: '县',
    cells: [['各镇人民政府，县政府各部门，嘉鱼开发区管委会', '各镇人民政府/responsible | 县政府各部门/responsible | 嘉鱼开发区/responsible']],
  },
  {
    source: 'http://www.shengsi.gov.cn/art/2021/12/21/art_1229604550_59023967.html (2021年嵊泗县乡村振兴任务清单: 责任部门 / 评分部门 columns, and 主送)',
    level: '县',
    cells: [
      ['县海洋与渔业局\n县农业农村局', '县农业农村局/responsible | 县农业农村局/responsible'],
      ['市海洋渔业局市农业农村局', '市农业农村局/responsible | 市农业农村局/responsible'],
      ['县经济和信息化局', '县工业和信息化局/responsible'],
      ['市商务局', '市商务局/responsible'],
      ['县自然资源和规划局', '县自然资源局/responsible'],
      ['市资源规划局', '市自然资源局/responsible'],
      ['各乡镇党委、政府，县属各单位', '各乡镇党委/responsible | 各乡镇人民政府/responsible | 县属各单位/responsible'],
    ],
  },
  {
    source: 'http://www.jinxiang.gov.cn/art/2021/4/20/art_75741_2724091.html (金乡县 2021年乡村振兴工作重点任务清单)',
    level: '县',
    cells: [
      [
        '县扶贫开发办牵头，县教育和体育局、县卫生健康局、县住房和城乡建设局、县民政局、县医疗保障局等有关部门参加，各镇街落实',
        '县乡村振兴局/lead | 县教育和体育局/support | 县卫生健康委员会/support | 县住房和城乡建设局/support | 县民政局/support | 县医疗保障局/support | 各镇街/support',
      ],
    ],
  },
  {
    source: 'https://cnmdzw.com/html/art2018622art_6022_137023.html (金乡县农业局 金乡县财政局 2018, 主送 and text)',
    level: '县',
    cells: [
      ['各镇政府、各街道办事处、各园区管委会', '各镇人民政府/responsible | 各街道办事处/responsible | 各园区管委会/responsible'],
      ['县农业局、财政局', '县农业农村局/responsible | 县财政局/responsible'],
    ],
  },
  {
    source: 'https://www.lingbi.gov.cn/public/6626531/154359391.html (灵璧县卫健委 2021年政府工作报告任务分解: 牵头责任单位 / 主要协作单位)',
    level: '县',
    cells: [
      ['牵头责任单位：县卫健委、县民政局\n主要协作单位：各乡镇人民政府、经济开发区管委会，县政府有关部门、有关直属单位', '县卫生健康委员会/lead | 县民政局/lead | 各乡镇人民政府/support | 经济开发区/support | 县政府有关部门/support | 有关直属单位/support'],
      ['牵头责任单位：县卫健委', '县卫生健康委员会/lead'],
    ],
  },
  {
    source: 'http://yunyang.shiyan.gov.cn/xxgkxi/zc/zfwj/yzf/202302/t20230213_4182632.shtml (郧阳区 郧政发〔2023〕5号: 牵头单位 column, 主送)',
    level: '区',
    cells: [
      ['区发改局', '区发展和改革委员会/responsible'],
      ['各乡镇人民政府，区政府各部门', '各乡镇人民政府/responsible | 区政府各部门/responsible'],
    ],
  },
  {
    source: 'https://www.caidian.gov.cn/zwgk/zc/zfwj/qzfbgwj/202302/t20230208_2147809.shtml (蔡甸区 蔡政办〔2023〕1号: 责任单位, 主送)',
    level: '区',
    cells: [
      ['区发展和改革局', '区发展和改革委员会/responsible'],
      ['区科技和经信局', '区科技和经济信息化局/responsible'],
      ['各街道办事处、乡人民政府，区人民政府各部门、各直属机构', '各街道办事处/responsible | 乡人民政府/responsible | 区人民政府各部门/responsible | 各直属机构/responsible'],
    ],
  },
  {
    source: 'http://www.snxx.gov.cn/xxxzf/xxzwgk/xxgknr/zfwj/zfwj/202304/b7c1d474861643ff94f89cf2a3d218a0.shtml (西乡县 2023年县政府工作报告任务分解一览表, 主送 and text)',
    level: '县',
    cells: [
      ['各镇人民政府，城北、城南街道办事处，县政府各部门，县直及驻县各单位', '各镇人民政府/responsible | 城北街道办事处/responsible | 城南街道办事处/responsible | 县政府各部门/responsible | 县直及驻县各单位/responsible'],
      ['县委督查办、县考核办', '县委督查室/responsible | 县考核办/responsible'],
    ],
  },
  {
    source: 'http://www.lysjjx.com/doc/2023/10/25/385473.shtml (絳縣 絳政辦發〔2023〕14號, 主送, Traditional)',
    level: '县',
    cells: [['各鄉（鎮）人民政府，絳縣經濟開發區管委會，縣直各有關單位', '各乡（镇）人民政府/responsible | 绛县经济开发区/responsible | 县直各有关单位/responsible']],
  },
  {
    source: 'http://www.dawa.gov.cn/2021_02/01_16/content-307974.html (大洼区 2021《政府工作报告》任务分解表, 主送)',
    level: '区',
    cells: [['各镇（街道）人民政府（办事处），临港经济开发区管委会，区政府各部门、直属机构', '各镇（街道）人民政府（办事处）/responsible | 临港经济开发区/responsible | 区政府各部门/responsible | 直属机构/responsible']],
  },
  {
    source: 'http://www.gfx.gov.cn/qzfb/ndgzfj/202108/953da6dab3f149e6a210b729ade32c7d.shtml (广丰区 2021年区政府工作报告重点工作责任分工, 主送)',
    level: '区',
    cells: [['各乡镇（街道）人民政府（办事处），上饶高新区，区直各单位', '各乡镇（街道）人民政府（办事处）/responsible | 上饶高新区/responsible | 区直各单位/responsible']],
  },
  {
    source: 'https://www.zjc.gov.cn/info/1991/138461.htm (2016年县政府重点工作任务分解, 主送)',
    level: '县',
    cells: [['各乡镇人民政府，县政府各部门，县属驻县各单位', '各乡镇人民政府/responsible | 县政府各部门/responsible | 县属驻县各单位/responsible']],
  },
  {
    source: 'http://ahjx.gov.cn/OpennessContent/show/2668526.html (泾县 泾政〔2023〕1号, 主送)',
    level: '县',
    cells: [['各乡镇人民政府，县政府各部门、各直属机构', '各乡镇人民政府/responsible | 县政府各部门/responsible | 各直属机构/responsible']],
  },
  {
    source: 'https://ncdqh.com.cn/service/201010/59052.html and /201009/58648.html (繁昌, 资溪: 县 power supply and 乡镇场)',
    level: '县',
    cells: [
      ['繁昌供电公司', '供电公司/responsible'],
      ['各乡镇场和领导小组成员单位', '各乡镇场/responsible | 领导小组成员单位/responsible'],
    ],
  },
  {
    source: 'http://www.dianbiao.com/tech/show.php?itemid=5484 (三门县供电公司) and https://news.bjx.com.cn/html/20150514/618510.shtml (务川供电局)',
    level: '县',
    cells: [
      ['三门县供电公司', '供电公司/responsible'],
      ['务川供电局', '供电公司/responsible'],
      ['国网三门县供电公司', '供电公司/responsible'],
    ],
  },
  {
    source: 'http://www.ausvisas.net/news/mqyw/3389.html (民权县 2019, Traditional)',
    level: '县',
    cells: [['縣交通運輸局、縣供電公司', '县交通运输局/responsible | 供电公司/responsible']],
  },
  {
    source: 'http://www.zjcx.gov.cn/hzgov/front/s315/xxgk/zcwj/qtwjbmxzyqwj/20250610/i4055449.html (长兴 太湖图影度假区 防汛 责任清单: township units, one per line)',
    level: '镇',
    cells: [
      ['党政办\n应消站', '镇党政办公室/responsible | 镇应急消防管理站/responsible'],
      ['应消站', '镇应急消防管理站/responsible'],
      ['村（社区）', '村（社区）/responsible'],
      ['综治办\n应消站', '镇社会治安综合治理办公室/responsible | 镇应急消防管理站/responsible'],
      ['农村办\n规划建设办\n国土所\n村（社区）', '镇农村工作办公室/responsible | 镇规划建设办公室/responsible | 镇自然资源所/responsible | 村（社区）/responsible'],
    ],
  },
  {
    source: 'https://kms.qipuai.com/doc/tag-675.html (三明市 2024 乡村医疗卫生体系分工方案)',
    level: '市',
    cells: [
      ['市卫健委、发改委、农业农村局、自然资源局，各县（市、区）党委和人民政府', '市卫生健康委员会/responsible | 市发展和改革委员会/responsible | 市农业农村局/responsible | 市自然资源局/responsible | 各县（市、区）党委/responsible | 各县（市、区）人民政府/responsible'],
      ['市卫健委、发改委、财政局', '市卫生健康委员会/responsible | 市发展和改革委员会/responsible | 市财政局/responsible'],
      ['市卫健委、农业农村局、财政局', '市卫生健康委员会/responsible | 市农业农村局/responsible | 市财政局/responsible'],
    ],
  },
  {
    source: 'http://law.foodmate.net/show-219854.html (四川省“十四五”现代流通体系建设实施方案 2022)',
    level: '省',
    cells: [
      ['省发展改革委、省市场监管局、商务厅、省大数据中心按职责分工负责', '省发展和改革委员会/responsible | 省市场监督管理局/responsible | 省商务厅/responsible | 省大数据中心?/responsible'],
      ['省市场监管局', '省市场监督管理局/responsible'],
    ],
  },
  {
    source: 'http://www.xuefoo.cn/art/2025/1/3/art_343305_7663.html (泰安市 泰政辦字〔2024〕25號, 主送, Traditional)',
    level: '市',
    cells: [['各縣、市、區人民政府，各功能區管委會，市政府各部門、直屬單位，省屬以上駐泰各單位', '各县（市、区）人民政府/responsible | 各功能区管委会/responsible | 市政府各部门/responsible | 直属单位/responsible | 省属以上驻泰各单位/responsible']],
  },
  {
    source: 'https://www.jining.gov.cn/art/2021/2/10/art_33389_2716838.html (济宁市 济政办字〔2021〕4号: 主送 and member units)',
    level: '市',
    cells: [
      ['济宁高新区、太白湖新区、济宁经济技术开发区', '济宁高新区/responsible | 太白湖新区/responsible | 济宁经济技术开发区/responsible'],
      ['市城乡水务局', '市水利局/responsible'],
      ['市应急局', '市应急管理局/responsible'],
      ['市人力资源社会保障局、市卫生健康委、市国资委', '市人力资源和社会保障局/responsible | 市卫生健康委员会/responsible | 市国有资产监督管理委员会/responsible'],
    ],
  },
  {
    source: 'https://sfj.weinan.gov.cn/sqhzzfjcgszl/1.html (渭南市司法局)',
    level: '市',
    cells: [
      ['各县（市、区）', '各县（市、区）人民政府/responsible'],
      ['市级部门', '市级部门/responsible'],
    ],
  },
  {
    source: 'http://www.linxiang.gov.cn/24733/24736/24739/content_1666163.html (临湘市 县级市 临政办发〔2019〕12号, 主送)',
    level: '市',
    cells: [['各镇人民政府、街道办事处，市直相关单位', '各镇人民政府/responsible | 街道办事处/responsible | 市直相关单位/responsible']],
  },
  {
    source: 'https://www.suining.gov.cn/gongkai/show/4d68fdf085f444d2a0859d3100bd665e.html (遂宁市 遂府函〔2019〕55号, 主送)',
    level: '市',
    cells: [['各县（区）人民政府，市直有关部门', '各县（市、区）人民政府/responsible | 市直有关部门/responsible']],
  },
  {
    source: 'http://6dgww.com/Article/15453400.html (纳雍县 电网规划, 主送)',
    level: '县',
    cells: [['各乡镇人民政府，县直各有关部门', '各乡镇人民政府/responsible | 县直各有关部门/responsible']],
  },
  {
    source: 'http://kimbb.com/zhejiang/info/127190.html (上城区 副区长分工, Traditional)',
    level: '区',
    cells: [
      ['區城市管理行政執法局、應急辦', '区城市管理局/responsible | 区应急管理局/responsible'],
      ['團區委、婦聯、關工委', '区团委/responsible | 区妇联/responsible | 区关心下一代工作委员会/responsible'],
    ],
  },
  {
    source: 'https://mtfww.com/gongwen/gongwenjingxuan/3wm1j6.html (县群众满意度提升行动宣传方案, Traditional)',
    level: '县',
    cells: [
      ['縣民生改善攻堅行動工作專班、縣融媒體中心', '县民生改善攻坚行动工作专班?/responsible | 县融媒体中心/responsible'],
      ['縣融媒體中心', '县融媒体中心/responsible'],
    ],
  },
  {
    source: 'https://www.xtxnews.cn/content/2020/06/11/7359338.html (湘潭县卫生健康局 2020, 来源 line)',
    level: '县',
    cells: [
      ['湘潭县卫生健康局', '县卫生健康委员会/responsible'],
      ['湘潭县融媒体中心', '县融媒体中心/responsible'],
    ],
  },
  {
    source: 'http://m.stellalashacademy.com/sichuan/info/143273.html (四川某县 副县长分工: 分管 / 联系 units, Traditional)',
    level: '县',
    cells: [
      [
        '縣教育和科學技術局（縣知識產權局）、縣衛生局（縣中醫藥管理局）、縣人口和計劃生育局、縣廣播電影電視局、縣體育局、縣食品藥品監督管理局、縣民族宗教局',
        '县教育和科学技术局?/responsible | 县市场监督管理局/responsible | 县卫生健康委员会/responsible | 县中医药管理局/responsible | 县卫生健康委员会/responsible | 县广播电视局/responsible | 县体育局/responsible | 县市场监督管理局/responsible | 县民族宗教事务局/responsible',
      ],
      ['縣精神文明辦、團縣委、縣婦聯、縣委臺辦、縣文聯、縣社科聯、縣紅十字會、縣關工委', '县精神文明建设办公室/responsible | 县团委/responsible | 县妇联/responsible | 县委台湾工作办公室/responsible | 县文联/responsible | 县社科联/responsible | 县红十字会/responsible | 县关心下一代工作委员会/responsible'],
    ],
  },
  {
    source: 'http://zonecy.com/szb/pc/col/202405/31/content_242829.html (西华县委社会工作部 2024) and http://wldsb.com/wldsw_content/2024-05/20/content_10682710.htm (秀山)',
    level: '县',
    cells: [
      ['县委社会工作部', '县委社会工作部/responsible'],
      ['县委组织部、县委社会工作部', '县委组织部/responsible | 县委社会工作部/responsible'],
    ],
  },
  {
    source: 'http://www.fymate.net/html/text/lar/169383/16938349_1.html (某市 政府工作报告任务分解: 牵头组织实施单位)',
    level: '市',
    cells: [
      ['各县（市、区）政府，市财政局、国家税务局、地方税务局、金融办、人民银行、银监局', '各县（市、区）人民政府/responsible | 市财政局/responsible | 市税务局/responsible | 市税务局/responsible | 市地方金融监督管理局/responsible | 中国人民银行/responsible | 金融监管局/responsible'],
      ['各县（市、区）政府，市财政局、教育局', '各县（市、区）人民政府/responsible | 市财政局/responsible | 市教育局/responsible'],
    ],
  },
  {
    source: 'http://baokang.cjyun.org/p/7930.html (保康县 2020 土地增减挂钩) and http://huarong.gov.cn/33553/content_1021552.html (华容县 责任清单)',
    level: '县',
    cells: [
      ['县自然资源和规划局、县财政局', '县自然资源局/responsible | 县财政局/responsible'],
      ['政府办', '县政府办公室/responsible'],
    ],
  },
  {
    source: 'http://m.fqjz1.com/gongkai/show/20200417145726-21850-00-000.html (某县 财税工作专题会 2020)',
    level: '县',
    cells: [['县财政局、县税务局、县自然资源和规划局以及县属国有企业', '县财政局/responsible | 县税务局/responsible | 县自然资源局/responsible | 县属国有企业?/responsible']],
  },
  {
    source: 'http://www.fangxian.gov.cn/xxgk/zc/zfbwj/202309/t20230922_4316928.shtml (房县 2023 以控制成本为核心优化营商环境的具体措施)',
    level: '县',
    cells: [
      ['牵头单位：县行政审批局，责任单位：县直各有关单位，各乡镇人民政府', '县行政审批局/lead | 县直各有关单位/responsible | 各乡镇人民政府/responsible'],
      ['牵头单位：县行政审批局、县市场监管局、县发改局，责任单位：县直各有关单位，各乡镇人民政府', '县行政审批局/lead | 县市场监督管理局/lead | 县发展和改革委员会/lead | 县直各有关单位/responsible | 各乡镇人民政府/responsible'],
      ['各乡镇人民政府，县直各单位', '各乡镇人民政府/responsible | 县直各单位/responsible'],
    ],
  },
  {
    source: 'http://m.bgbf.com.cn/zqt/ztsy/yshj/szyhyshjzc/202002/t20200222_13535478.html (湘西自治州 州政發〔2020〕5號, Traditional; the cell without its trailing 6月底完成)',
    level: '州',
    cells: [
      ['牽頭單位：州行政審批服務局；責任單位：州司法局、州委編辦及州直相關單位，各縣市人民政府、湘西經開區管委會', '州行政审批局/lead | 州司法局/responsible | 州机构编制委员会办公室/responsible | 州直相关单位/responsible | 各县（市、区）人民政府/responsible | 湘西经开区/responsible'],
      ['各縣市人民政府、湘西經開區管委會，州政府各局委、各直屬機構', '各县（市、区）人民政府/responsible | 湘西经开区/responsible | 州政府各局委/responsible | 各直属机构/responsible'],
    ],
  },
  {
    source: 'https://pingjiang.gov.cn/35048/40718/40820/40821/content_1202379.html (岳阳市 岳办发〔2017〕2号, 主送)',
    level: '市',
    cells: [['各县市区委、人民政府，岳阳经济技术开发区、城陵矶新港区、南湖新区、屈原管理区，市直各单位，中央、省驻岳单位', '各县市区委/responsible | 各县（市、区）人民政府/responsible | 岳阳经济技术开发区/responsible | 城陵矶新港区/responsible | 南湖新区/responsible | 屈原管理区/responsible | 市直各单位/responsible | 中央、省驻岳单位/responsible']],
  },
  {
    source: 'https://m.sgf2.com/37584/38152/61985/62058/content_1769561.html (岳阳县 岳县优发〔2020〕7号, 主送, Traditional)',
    level: '县',
    cells: [['縣直及駐縣有關單位', '县直及驻县有关单位/responsible']],
  },
  {
    source: 'http://zwgkw.thx.gov.cn/openness/detail/content/5c4829ad7f8b9a6f388be521.html (太湖县人民政府工作规则 2019)',
    level: '县',
    cells: [
      ['各乡、镇人民政府，县政府各部门、各直属机构', '各乡、镇人民政府/responsible | 县政府各部门/responsible | 各直属机构/responsible'],
      ['花亭湖风景名胜区管理处、太湖经济开发区管委会', '花亭湖风景名胜区管理处?/responsible | 太湖经济开发区/responsible'],
    ],
  },
  {
    source: 'https://xingxian.sxgov.cn/%2F/xinxian_content/2021-07/10/content_4772701.htm (兴县 优化营商环境对标一流推进会 2021)',
    level: '县',
    cells: [['县人民法院、行政审批局、市场监管局、发改局、能源局、电力公司等部门', '县人民法院/responsible | 县行政审批局/responsible | 县市场监督管理局/responsible | 县发展和改革委员会/responsible | 县能源局/responsible | 供电公司/responsible']],
  },
  {
    source: 'http://www.wuchang.gov.cn/zwgk_37/zc/qtzdgkwj/qzfbwj/202309/t20230915_2264571.html (武昌区 武昌政办〔2023〕1号, 主送)',
    level: '区',
    cells: [['各街道办事处，区人民政府各部门，各有关单位', '各街道办事处/responsible | 区人民政府各部门/responsible | 各有关单位/responsible']],
  },
  {
    source: 'http://huarong.gov.cn/33159/37006/37008/37042/37299/content_1800955.html (华容县文旅广电局 2021)',
    level: '县',
    cells: [
      ['县文广新旅局', '县文化和旅游局/responsible'],
      ['华容县文旅广电局', '县文化和旅游局/responsible'],
    ],
  },
  {
    source: 'https://www.jiading.gov.cn/publicity/jcgk/zdgkwj/qzfwj/qfbwj/149270 (嘉定区 嘉府发〔2021〕34号, 主送)',
    level: '区',
    cells: [['各镇人民政府，区政府各委、办、局、街道办事处，嘉定工业区、菊园新区管委会', '各镇人民政府/responsible | 区政府各委、办、局/responsible | 街道办事处/responsible | 嘉定工业区/responsible | 菊园新区/responsible']],
  },
  {
    source: 'https://www.gzlps.gov.cn/zwgk/bmxxgk/szfb/fdzdgknr_5751016/szfwj_5734496/lpsfbf_5734500/202010/t20201015_64096918.html (六盘水市 2020, 主送)',
    level: '市',
    cells: [['各县、市、特区、区人民政府，六盘水高新区管委会、各经济开发区管委会，市人民政府各部门、各直属机构，中央、省属驻市行政企事业单位', '各县（市、区）人民政府/responsible | 六盘水高新区/responsible | 各经济开发区管委会/responsible | 市人民政府各部门/responsible | 各直属机构/responsible | 中央、省属驻市行政企事业单位/responsible']],
  },
  {
    source: 'http://njdaily.cn/news/2022/1128/4965615925330259507.html (南京市 宁政办发〔2022〕52号, 主送)',
    level: '市',
    cells: [['各区人民政府，市府各委办局，市各直属单位', '各县（市、区）人民政府/responsible | 市府各委办局/responsible | 市各直属单位/responsible']],
  },
  {
    source: 'https://www.masys.gov.cn/xxgk/openness/detail/content/68638ae2886688c95c8b456f.html (雨山区卫健委 2025年二季度重点工作落实情况: 牵头单位 column)',
    level: '区',
    cells: [['区卫健委', '区卫生健康委员会/responsible']],
  },
  {
    source: 'http://www.dongyang.gov.cn/art/2023/3/21/art_1229692327_59603057.html (东阳市 县级市 2023, 主送)',
    level: '市',
    cells: [['各镇、乡人民政府，各街道办事处，市政府各部门', '各镇、乡人民政府/responsible | 各街道办事处/responsible | 市政府各部门/responsible']],
  },
  {
    source: 'https://www.ningxian.gov.cn/xwzx/zwyw/content_39488 (宁县 2021 安全生产督查)',
    level: '县',
    cells: [
      ['县应急局、县交警大队、县消防大队', '县应急管理局/responsible | 县交警大队/responsible | 县消防救援大队/responsible'],
      ['平子镇政府', '平子镇人民政府/responsible'],
    ],
  },
  {
    source: 'http://cqws.gov.cn/zwgk_258/fdzdgknr/lzyj/xzgfxwj/202010/t20201028_8138497.html (巫山县 巫山府办发〔2017〕132号, 主送)',
    level: '县',
    cells: [['各乡镇人民政府、街道办事处，县政府有关部门，有关单位', '各乡镇人民政府/responsible | 街道办事处/responsible | 县政府有关部门/responsible | 有关单位/responsible']],
  },
  {
    source: 'https://hb.010b.com/policy/detail/132303.html (张家口市 2022, 主送)',
    level: '市',
    cells: [['各县、区人民政府，各管理区管委会，经开区管委会，市政府各部门，市直属各单位', '各县（市、区）人民政府/responsible | 各管理区管委会/responsible | 经开区/responsible | 市政府各部门/responsible | 市直属各单位/responsible']],
  },
  {
    source: 'https://gwyoo.com/article/xzgaoshou/gongzhuo/201104/430760.html (深圳某区 市容环境提升行动 指挥部成员单位)',
    level: '区',
    cells: [
      ['公安分局、区监察局、发改局、贸工局、教育局、财政局', '区公安分局/responsible | 区监察委员会/responsible | 区发展和改革委员会/responsible | 贸工局?/responsible | 区教育局/responsible | 区财政局/responsible'],
      ['交警大队、消防大队、供电局', '区交警大队/responsible | 区消防救援大队/responsible | 供电公司/responsible'],
    ],
  },
  {
    source: 'https://www.cztn.gov.cn/html/cztn/2014/QNMBPPHJ_0911/59461.html (常州天宁区 2014 城市管理专项整治)',
    level: '区',
    cells: [['区城管局、红梅街道', '区城市管理局/responsible | 红梅街道办事处/responsible']],
  },
  {
    source: 'http://www.ywnyjx.com/thread-85375-1-54.html (汶上县 国民休闲汇活动实施方案: 承办 units and 主送, Traditional)',
    level: '县',
    cells: [
      [
        '汶上縣委宣傳部、汶上縣總工會、汶上團縣委、汶上縣婦聯、汶上縣文物旅遊局、汶上縣文明辦、汶上縣發改局、汶上縣人社局、汶上縣商務局、汶上縣文廣新局、汶上縣教體局、汶上縣民宗局、汶上縣公安局',
        '县委宣传部/responsible | 县总工会/responsible | 县团委/responsible | 县妇联/responsible | 县文化和旅游局/responsible | 县精神文明建设办公室/responsible | 县发展和改革委员会/responsible | 县人力资源和社会保障局/responsible | 县商务局/responsible | 县文化和旅游局/responsible | 县教育和体育局/responsible | 县民族宗教事务局/responsible | 县公安局/responsible',
      ],
      [
        '汶上縣財政局、汶上縣住建局、汶上縣執法局、汶上縣交通運輸局、汶上縣文化市場執法大隊、汶上縣水利局、汶上縣農業局、汶上縣衛生局、汶上縣林業局、汶上縣物價局、汶上縣工商局、汶上縣質監局、汶上縣殘聯、汶上縣老齡辦和各鄉鎮政府',
        '县财政局/responsible | 县住房和城乡建设局/responsible | 县综合行政执法局/responsible | 县交通运输局/responsible | 县文化市场综合执法大队/responsible | 县水利局/responsible | 县农业农村局/responsible | 县卫生健康委员会/responsible | 县林业局/responsible | 汶上县物价局?/responsible | 县市场监督管理局/responsible | 县市场监督管理局/responsible | 县残联/responsible | 县老龄工作委员会办公室/responsible | 各乡镇人民政府/responsible',
      ],
      ['各鄉鎮人民政府，縣政府各部門，駐汶各單位', '各乡镇人民政府/responsible | 县政府各部门/responsible | 驻汶各单位/responsible'],
    ],
  },
  {
    source: 'https://www.cqkz.gov.cn/zwgk_238/zfxxgkml/zcwj/qtwj/202008/t20200819_7795043_wap.html (开州区 开州府发〔2020〕20号, 主送)',
    level: '区',
    cells: [['各镇乡人民政府（街道办事处），区政府各部门，有关单位', '各镇乡人民政府（街道办事处）/responsible | 区政府各部门/responsible | 有关单位/responsible']],
  },
  {
    source: 'http://cni.top/html/2017/pioneerpolicy_1028/26711.html (天津市 津政办函〔2017〕103号, 主送)',
    level: '市',
    cells: [['各区人民政府，各委、局，各直属单位', '各县（市、区）人民政府/responsible | 各委、局/responsible | 各直属单位/responsible']],
  },
  {
    source: 'http://www.fymate.net/html/text/lar/169743/16974395.html (佛山市 佛府办〔2007〕406号: 主送 and text)',
    level: '市',
    cells: [
      ['禅城区、顺德区人民政府，市直有关单位', '禅城区人民政府/responsible | 顺德区人民政府/responsible | 市直有关单位/responsible'],
      ['市经贸局、科技局', '市经贸局?/responsible | 市科学技术局/responsible'],
    ],
  },
  {
    source: 'http://zwgk.jiedong.gov.cn/OpenInfoView.action?theID=11949 (揭东区 揭东委办发〔2019〕16号)',
    level: '区',
    cells: [['区工业信息化和科技局（区商务局）', '区工业信息化和科技局/responsible | 区商务局/responsible']],
  },
  {
    source: 'http://cqbn.gov.cn/bmjz/jz/mdz/zwgk_89391/zfxxgkml/zcwj/qtwj/202402/t20240222_12944703.html (巴南区木洞镇 木洞府发〔2024〕2号, 主送)',
    level: '镇',
    cells: [['各村（居）民委员会、镇属各岗位、驻镇相关单位', '各村（居）民委员会/responsible | 镇属各岗位/responsible | 驻镇相关单位/responsible']],
  },
  {
    source: 'http://kimbb.com/zhejiang/info/127190.html (上城区 副区长分工: 联系 units, Traditional)',
    level: '区',
    cells: [['上城交警大隊、上城運管處', '区交警大队/responsible | 上城运管处?/responsible']],
  },
  {
    source: 'https://m.sgf2.com/37584/38152/61985/62058/content_1769561.html (岳阳市 2020 营商环境评价 参评范围, Traditional)',
    level: '市',
    cells: [['平江縣、嶽陽縣、華容縣、湘陰縣、臨湘市、汨羅市、嶽陽樓區、雲溪區、君山區', '平江县人民政府/responsible | 岳阳县人民政府/responsible | 华容县人民政府/responsible | 湘阴县人民政府/responsible | 临湘市人民政府/responsible | 汨罗市人民政府/responsible | 岳阳楼区人民政府/responsible | 云溪区人民政府/responsible | 君山区人民政府/responsible']],
  },
  {
    source: 'https://www.chinaqingcheng.gov.cn/xwdt/qcyw/content_7816 (庆城县 2016 妇女工作会议)',
    level: '县',
    cells: [['县直、省市驻庆各单位', '县直?/responsible | 省市驻庆各单位/responsible']],
  },
  {
    source: 'http://jizihe.com/page/2016/1127/11811266.shtml (射阳县 关心下一代工作会议, Traditional)',
    level: '县',
    cells: [['合德鎮黨委、千秋鎮關工委、縣教育系統關工委', '合德镇党委/responsible | 镇关心下一代工作委员会/responsible | 县教育系统关工委?/responsible']],
  },
  {
    source: 'http://zgtsxz.com/show-146158.html (伏河乡 2016 城乡居民医疗保险)',
    level: '乡',
    cells: [['各村（社区）', '各村（社区）/responsible']],
  },
];
