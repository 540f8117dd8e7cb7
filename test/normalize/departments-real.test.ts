// Department cells as real 任务分解表 / 责任分工 documents of other cities, counties
// and provinces write them (262 cells, 19 sources: 广州, 宝鸡, 张掖, 谯城区, 东莞,
// 湖北, 上海, 莆田, 自贡, 浙江, 广东, …), each with the departments expected by
// departments.md: canonical current name, level prefix kept or taken from the
// document, place dropped, old names mapped after the 2018 reform, roles from
// labels and words, unknown units kept with known: false. Expected values are
// written `name/role`, `?` after a name that is not in the dictionary.
// Unknown rate over these cells: 30.8% (323 of 1048) before the dictionary and
// splitting rules for them, 10.3% (103 of 999) after; the rest are units the
// dictionary rightly does not know (市科技和信息化局 split in two, 市经贸委,
// party working committees, laboratories, companies).
import { describe, expect, it } from 'vitest';
import { brief, parse } from './department-brief.ts';


interface Group {
  /** Where the cells were read (address, or the public repository file id). */
  source: string;
  /** The document's own level, given to names written without one. */
  level: string;
  /** [cell text (lines joined by \n), expected departments]. */
  cells: [string, string][];
}

const GROUPS: Group[] = [
  {
    source: "https://newton.com.tw/wiki/...宝鸡市2022年深化放管服 (Traditional)",
    level: "市",
    cells: [
      ["市政府辦公室、市行政審批制度改革工作領導小組辦公室牽頭,市級各有關部門及各縣市區政府按職責分工負責", "市政府办公室/lead | 市行政审批制度改革工作领导小组办公室?/lead | 市级各有关部门/support | 各县（市、区）人民政府/support"],
    ],
  },
  {
    source: "https://www.zhangye.gov.cn/.../202411/t20241118_1317315.html (张掖 牵头单位)",
    level: "市",
    cells: [
      ["各县区政府", "各县（市、区）人民政府/responsible"],
      ["市质监局,各县区政府", "市市场监督管理局/responsible | 各县（市、区）人民政府/responsible"],
    ],
  },
  {
    source: "https://www.bzqc.gov.cn/XxgkContent/show/2831654.html (谯城区 主要责任单位/协同配合单位)",
    level: "区",
    cells: [
      ["区发改委", "区发展和改革委员会/responsible"],
      ["区工信局、区住建局、区交通局、区水利局、区农业农村局、区教育局、区卫健委,各乡镇人民政府、街道办事处,谯城经开区管委会,魏武国控集团。", "区工业和信息化局/responsible | 区住房和城乡建设局/responsible | 区交通运输局/responsible | 区水利局/responsible | 区农业农村局/responsible | 区教育局/responsible | 区卫生健康委员会/responsible | 各乡镇人民政府/responsible | 街道办事处/responsible | 谯城经开区/responsible | 魏武国控集团?/responsible"],
      ["区政府有关部门,各乡镇人民政府、街道办事处。", "区政府有关部门/responsible | 各乡镇人民政府/responsible | 街道办事处/responsible"],
      ["区投资促进中心。", "区投资促进中心?/responsible"],
    ],
  },
  {
    source: "http://www.sangco.com.cn/gkmlpt/content/3/3608/post_3608759.html (东莞 東府〔2021〕54號, Traditional)",
    level: "市",
    cells: [
      ["市人力資源社會保障局、市醫保局、市財政局、市稅務局負責", "市人力资源和社会保障局/responsible | 市医疗保障局/responsible | 市财政局/responsible | 市税务局/responsible"],
      ["市殘聯、市財政局、市稅務局負責", "市残联/responsible | 市财政局/responsible | 市税务局/responsible"],
    ],
  },
  {
    source: "http://chaincenturyfinance.com/tzgg/2421.html (湖北 鄂政發〔2018〕26號, Traditional, label cell; list truncated by the excerpt)",
    level: "省",
    cells: [
      ["牽頭單位:省發展改革委;責任單位:省編辦、省國土資源廳、省環保廳、省住建廳", "省发展和改革委员会/lead | 省机构编制委员会办公室/responsible | 省自然资源厅/responsible | 省生态环境厅/responsible | 省住房和城乡建设厅/responsible"],
    ],
  },
  {
    source: "GitHub SQL dump id 31843635488 (广州 2012 实施意见 news posts; inline 牵头单位/配合单位 labels)",
    level: "市",
    cells: [
      ["牵头单位：市纪委，配合单位：市委办公厅、市委组织部", "市纪律检查委员会/lead | 市委办公厅/support | 市委组织部/support"],
      ["牵头单位：市人大常委会办公厅，配合单位：市政府办公厅、市法院、市检察院", "市人大常委会办公厅/lead | 市政府办公厅/support | 市人民法院/support | 市人民检察院/support"],
      ["牵头单位：市委办公厅，配合单位：市委统战部、市政府办公厅、市政协办公厅", "市委办公厅/lead | 市委统战部/support | 市政府办公厅/support | 市政协办公厅/support"],
      ["牵头单位：市监察局，配合单位：市政府办公厅、市法制办、市审计局", "市监察委员会/lead | 市政府办公厅/support | 市司法局/support | 市审计局/support"],
      ["牵头单位：市委政法委，配合单位：市法院、市检察院、市公安局、市法制办", "市委政法委/lead | 市人民法院/support | 市人民检察院/support | 市公安局/support | 市司法局/support"],
      ["牵头单位：市委宣传部，配合单位：市直机关工委", "市委宣传部/lead | 市直属机关工作委员会/support"],
      ["牵头单位：市科技和信息化局，配合单位：市政府办公厅、市法制办、市政务办、市监察局", "市科技和信息化局?/lead | 市政府办公厅/support | 市司法局/support | 市政务办?/support | 市监察委员会/support"],
      ["牵头单位：市委办公厅，配合单位：市委组织部、市政府办公厅、市人力资源和社会保障局", "市委办公厅/lead | 市委组织部/support | 市政府办公厅/support | 市人力资源和社会保障局/support"],
      ["牵头单位：市人力资源和社会保障局，配合单位：市发展改革委", "市人力资源和社会保障局/lead | 市发展和改革委员会/support"],
      ["牵头单位：市发展改革委，配合单位：市教育局、市人力资源和社会保障局", "市发展和改革委员会/lead | 市教育局/support | 市人力资源和社会保障局/support"],
      ["牵头单位：市人力资源和社会保障局，配合单位：市教育局、团市委", "市人力资源和社会保障局/lead | 市教育局/support | 市团委/support"],
      ["牵头单位：市人力资源和社会保障局，配合单位：市编办、市司法局、市法院", "市人力资源和社会保障局/lead | 市机构编制委员会办公室/support | 市司法局/support | 市人民法院/support"],
      ["牵头单位：市人力资源和社会保障局，配合单位：市卫生局", "市人力资源和社会保障局/lead | 市卫生健康委员会/support"],
      ["牵头单位：市国土房管局，配合单位：市规划局、市建委、市发展改革委、市财政局、市民政局", "市国土房管局?/lead | 市自然资源局/support | 市住房和城乡建设局/support | 市发展和改革委员会/support | 市财政局/support | 市民政局/support"],
      ["牵头单位：市国土房管局，配合单位：市农业局，各区、县级市政府", "市国土房管局?/lead | 市农业农村局/support | 各县（市、区）人民政府/support"],
      ["牵头单位：市教育局，配合单位：市发展改革委、市规划局，各区、县级市政府", "市教育局/lead | 市发展和改革委员会/support | 市自然资源局/support | 各县（市、区）人民政府/support"],
      ["牵头单位：市教育局，配合单位：市民政局、市人口计生局、市残联，各区、县级市政府", "市教育局/lead | 市民政局/support | 市卫生健康委员会/support | 市残联/support | 各县（市、区）人民政府/support"],
      ["牵头单位：市教育局，配合单位：市人力资源和社会保障局、市民政局、市科技和信息化局", "市教育局/lead | 市人力资源和社会保障局/support | 市民政局/support | 市科技和信息化局?/support"],
      ["牵头单位：市卫生局，配合单位：市发展改革委、市规划局、市财政局", "市卫生健康委员会/lead | 市发展和改革委员会/support | 市自然资源局/support | 市财政局/support"],
      ["牵头单位：市卫生局，配合单位：市人力资源和社会保障局、市科技和信息化局、市财政局", "市卫生健康委员会/lead | 市人力资源和社会保障局/support | 市科技和信息化局?/support | 市财政局/support"],
      ["牵头单位：市人口计生局，配合单位：市人力资源和社会保障局、市流动人员出租屋管理办", "市卫生健康委员会/lead | 市人力资源和社会保障局/support | 市流动人员出租屋管理办?/support"],
      ["牵头单位：市食安办，配合单位：市经贸委、市公安局、市农业局、市卫生局、市工商局、市司法局、市质监局、市城管委、市环保局、市食品药品监管局，各区、县级市政府", "市食品安全委员会办公室/lead | 市经贸委?/support | 市公安局/support | 市农业农村局/support | 市卫生健康委员会/support | 市市场监督管理局/support | 市司法局/support | 市市场监督管理局/support | 市城市管理局/support | 市生态环境局/support | 市市场监督管理局/support | 各县（市、区）人民政府/support"],
      ["牵头单位：市食品药品监管局，配合单位：市经贸委、市公安局、市卫生局、市邮政局，各区、县级市政府", "市市场监督管理局/lead | 市经贸委?/support | 市公安局/support | 市卫生健康委员会/support | 市邮政局?/support | 各县（市、区）人民政府/support"],
      ["牵头单位：市委政法委，配合单位：市发展改革委、市公安局、市司法局", "市委政法委/lead | 市发展和改革委员会/support | 市公安局/support | 市司法局/support"],
      ["牵头单位：市安监局，配合单位：各区、县级市政府", "市应急管理局/lead | 各县（市、区）人民政府/support"],
      ["牵头单位：市应急办，配合单位：市民政局、市民防办、市应急委成员单位，各区、县级市政府", "市应急管理局/lead | 市民政局/support | 市人民防空办公室/support | 市应急委成员单位/support | 各县（市、区）人民政府/support"],
      ["牵头单位：市民政局，配合单位：市财政局、市人口计生局，各区、县级市政府", "市民政局/lead | 市财政局/support | 市卫生健康委员会/support | 各县（市、区）人民政府/support"],
      ["牵头单位：市民政局，配合单位：市财政局、市人力资源和社会保障局、市卫生局、市教育局", "市民政局/lead | 市财政局/support | 市人力资源和社会保障局/support | 市卫生健康委员会/support | 市教育局/support"],
      ["牵头单位：市民政局，配合单位：市财政局、市规划局，各区、县级市政府", "市民政局/lead | 市财政局/support | 市自然资源局/support | 各县（市、区）人民政府/support"],
      ["牵头单位：市民政局，配合单位：市公安消防局，各有关区、县级市政府", "市民政局/lead | 市消防救援支队/support | 各有关区、县级市政府/support"],
      ["牵头单位：市民政局，配合单位：市教育局、团市委，各区、县级市政府", "市民政局/lead | 市教育局/support | 市团委/support | 各县（市、区）人民政府/support"],
      ["牵头单位：市社工委，配合单位：市公安局、市财政局、市卫生局、市建委、市城管委、市规划局，各区、县级市政府", "市社工委?/lead | 市公安局/support | 市财政局/support | 市卫生健康委员会/support | 市住房和城乡建设局/support | 市城市管理局/support | 市自然资源局/support | 各县（市、区）人民政府/support"],
      ["牵头单位：市发展改革委，配合单位：市经贸委、市民政局、市人力资源和社会保障局、市规划局、市物价局、市工商局、市人口计生局、市文化广电新闻出版局、市城管委，各区、县级市政府", "市发展和改革委员会/lead | 市经贸委?/support | 市民政局/support | 市人力资源和社会保障局/support | 市自然资源局/support | 市物价局?/support | 市市场监督管理局/support | 市卫生健康委员会/support | 市文化和旅游局/support | 市城市管理局/support | 各县（市、区）人民政府/support"],
      ["牵头单位：市民政局，配合单位：市经贸委", "市民政局/lead | 市经贸委?/support"],
      ["牵头单位：市体育局", "市体育局/lead"],
      ["牵头单位：市国土房管局，配合单位：市司法局，各区、县级市政府", "市国土房管局?/lead | 市司法局/support | 各县（市、区）人民政府/support"],
      ["牵头单位：市文化广电新闻出版局", "市文化和旅游局/lead"],
      ["牵头单位：市妇联，配合单位：市民政局、市卫生局、市规划局、市林业和园林局、市人口计生局、市体育局，各区、县级市政府", "市妇联/lead | 市民政局/support | 市卫生健康委员会/support | 市自然资源局/support | 市林业局/support | 市卫生健康委员会/support | 市体育局/support | 各县（市、区）人民政府/support"],
      ["牵头单位：市残联，配合单位：市发展改革委、市财政局、市人力资源和社会保障局、市卫生局、团市委", "市残联/lead | 市发展和改革委员会/support | 市财政局/support | 市人力资源和社会保障局/support | 市卫生健康委员会/support | 市团委/support"],
      ["牵头单位：市司法局，配合单位：市公安局、市人力资源和社会保障局，各区、县级市政府", "市司法局/lead | 市公安局/support | 市人力资源和社会保障局/support | 各县（市、区）人民政府/support"],
      ["牵头单位：市民政局，配合单位：市公安局、市卫生局、市城管局，各区、县级市政府", "市民政局/lead | 市公安局/support | 市卫生健康委员会/support | 市城市管理局/support | 各县（市、区）人民政府/support"],
      ["牵头单位：市人力资源和社会保障局，配合单位：市民政局、市司法局、市文化广电新闻出版局、市体育局、市人口计生局、市流动人员出租屋管理办，各区、县级市政府", "市人力资源和社会保障局/lead | 市民政局/support | 市司法局/support | 市文化和旅游局/support | 市体育局/support | 市卫生健康委员会/support | 市流动人员出租屋管理办?/support | 各县（市、区）人民政府/support"],
      ["牵头单位：市发展改革委，配合单位：市委组织部、市人力资源和社会保障局，各区、县级市", "市发展和改革委员会/lead | 市委组织部/support | 市人力资源和社会保障局/support | 各县（市、区）人民政府/support"],
      ["牵头单位：市委组织部，配合单位：市国资委", "市委组织部/lead | 市国有资产监督管理委员会/support"],
      ["牵头单位：市经贸委，配合单位：市人力资源和社会保障局、市工商联，各区、县级市", "市经贸委?/lead | 市人力资源和社会保障局/support | 市工商联/support | 各县（市、区）人民政府/support"],
    ],
  },
  {
    source: "GitHub id 20316183537 (新旧动能转换 dashboard, 协同单位 field)",
    level: "市",
    cells: [
      ["市发改委、市经信局、市科技局、市财政局、市人力社保局、市自然资源局、市生态环境局、市商务局、市应急管理局、市税务局、市市场监管局、市金融办、市统计局", "市发展和改革委员会/responsible | 市工业和信息化局/responsible | 市科学技术局/responsible | 市财政局/responsible | 市人力资源和社会保障局/responsible | 市自然资源局/responsible | 市生态环境局/responsible | 市商务局/responsible | 市应急管理局/responsible | 市税务局/responsible | 市市场监督管理局/responsible | 市地方金融监督管理局/responsible | 市统计局/responsible"],
    ],
  },
  {
    source: "http://www.fymate.net/html/text/lar/169383/16938349_1.html (政府工作报告 任务分解, 牵头组织实施单位 column, box-drawing table: cell lines broken)",
    level: "市",
    cells: [
      ["各县(市、区)政\n府,市财政局、国\n家税务局、地方税\n务局、金融办、人\n民银行、银监局", "各县（市、区）人民政府/responsible | 市财政局/responsible | 市税务局/responsible | 市税务局/responsible | 市地方金融监督管理局/responsible | 中国人民银行/responsible | 金融监管局/responsible"],
      ["各县(市、区)政\n府,市财政局、教\n育局", "各县（市、区）人民政府/responsible | 市财政局/responsible | 市教育局/responsible"],
    ],
  },
  {
    source: "GitHub id 44129224995 (营商环境政策汇编（2023）上海 excerpt)",
    level: "市",
    cells: [
      ["市高院、市公安局、市规划资源局、上海银保监局、上海证监局、市税务局、市人力资源社会保障局、市住房城乡建设管理委、市通信管理局等；各区政府", "市高级人民法院/responsible | 市公安局/responsible | 市自然资源局/responsible | 金融监管局/responsible | 证监局/responsible | 市税务局/responsible | 市人力资源和社会保障局/responsible | 市住房和城乡建设局/responsible | 市通信管理局/responsible | 各县（市、区）人民政府/responsible"],
      ["市住房城乡建设管理委、市规划资源局、市水务局、市绿化市容局、市卫生健康委、市国动办、市交通委（市道运局）、市交警总队、市气象局", "市住房和城乡建设局/responsible | 市自然资源局/responsible | 市水利局/responsible | 市绿化市容局?/responsible | 市卫生健康委员会/responsible | 市国防动员办公室/responsible | 市交通运输局/responsible | 市道运局?/responsible | 市交警总队?/responsible | 市气象局/responsible"],
    ],
  },
  {
    source: "GitHub id 4561487438 (莆田 关于支持“双招双引”的十条意见)",
    level: "市",
    cells: [
      ["市委组织部、市科技局", "市委组织部/responsible | 市科学技术局/responsible"],
      ["市发改委、市财政局、市工信局、市商务局", "市发展和改革委员会/responsible | 市财政局/responsible | 市工业和信息化局/responsible | 市商务局/responsible"],
    ],
  },
  {
    source: "GitHub SQL dump id 31843635488, offset 20000 (广州 人才集聚工程, inline 牵头单位/配合单位 labels)",
    level: "市",
    cells: [
      ["牵头单位：市人力资源和社会保障局，配合单位：市教育局，各区、县级市", "市人力资源和社会保障局/lead | 市教育局/support | 各县（市、区）人民政府/support"],
      ["牵头单位：市金融办，配合单位：市发展改革委、市人力资源和社会保障局，各区、县级市", "市地方金融监督管理局/lead | 市发展和改革委员会/support | 市人力资源和社会保障局/support | 各县（市、区）人民政府/support"],
      ["牵头单位：市人力资源和社会保障局，配合单位：各区、县级市", "市人力资源和社会保障局/lead | 各县（市、区）人民政府/support"],
      ["牵头单位：市人力资源和社会保障局，配合单位：市工商局、市金融办、团市委，各区、县级市", "市人力资源和社会保障局/lead | 市市场监督管理局/support | 市地方金融监督管理局/support | 市团委/support | 各县（市、区）人民政府/support"],
      ["牵头单位：市委组织部，配合单位：市科技和信息化局、市人力资源和社会保障局", "市委组织部/lead | 市科技和信息化局?/support | 市人力资源和社会保障局/support"],
      ["牵头单位：市委组织部，配合单位：各有关单位", "市委组织部/lead | 各有关单位/support"],
      ["牵头单位：市科技和信息化局，配合单位：各区、县级市", "市科技和信息化局?/lead | 各县（市、区）人民政府/support"],
      ["牵头单位：市教育局，配合单位：市人力资源和社会保障局、市国资委", "市教育局/lead | 市人力资源和社会保障局/support | 市国有资产监督管理委员会/support"],
      ["牵头单位：市科协，配合单位：市发展改革委、市科技和信息化局、市国资委、市经贸委", "市科协/lead | 市发展和改革委员会/support | 市科技和信息化局?/support | 市国有资产监督管理委员会/support | 市经贸委?/support"],
      ["牵头单位：市城管委，配合单位：各区、县级市", "市城市管理局/lead | 各县（市、区）人民政府/support"],
      ["牵头单位：市人力资源和社会保障局，配合单位：市委组织部，各区、县级市", "市人力资源和社会保障局/lead | 市委组织部/support | 各县（市、区）人民政府/support"],
      ["牵头单位：市农业局，配合单位：市科协，各有关区、县级市", "市农业农村局/lead | 市科协/support | 各有关区、县级市/support"],
      ["牵头单位：市委宣传部，配合单位：各有关单位，各区、县级市", "市委宣传部/lead | 各有关单位/support | 各县（市、区）人民政府/support"],
      ["牵头单位：市文化广电新闻出版局，配合单位：各有关单位，各区、县级市", "市文化和旅游局/lead | 各有关单位/support | 各县（市、区）人民政府/support"],
      ["牵头单位：市体育局，配合单位：市人力资源和社会保障局，各区、县级市", "市体育局/lead | 市人力资源和社会保障局/support | 各县（市、区）人民政府/support"],
      ["牵头单位：市卫生局，配合单位：市人力资源和社会保障局，各区、县级市", "市卫生健康委员会/lead | 市人力资源和社会保障局/support | 各县（市、区）人民政府/support"],
      ["牵头单位：市民政局，配合单位：市人力资源和社会保障局，各区、县级市", "市民政局/lead | 市人力资源和社会保障局/support | 各县（市、区）人民政府/support"],
      ["牵头单位：市委政法委，配合单位：市法院、市检察院、市公安局、市司法局、市法制办，各区、县级市", "市委政法委/lead | 市人民法院/support | 市人民检察院/support | 市公安局/support | 市司法局/support | 市司法局/support | 各县（市、区）人民政府/support"],
      ["牵头单位：团市委，配合单位：市人力资源和社会保障局", "市团委/lead | 市人力资源和社会保障局/support"],
      ["牵头单位：市留交办，配合单位：各有关单位，各区、县级市", "市留交办?/lead | 各有关单位/support | 各县（市、区）人民政府/support"],
      ["牵头单位：市人力资源和社会保障局", "市人力资源和社会保障局/lead"],
      ["牵头单位：市委组织部，配合单位：市发展改革委、市人力资源和社会保障局、市科技和信息化局、市教育局，各区、县级市", "市委组织部/lead | 市发展和改革委员会/support | 市人力资源和社会保障局/support | 市科技和信息化局?/support | 市教育局/support | 各县（市、区）人民政府/support"],
      ["牵头单位：市委组织部，配合单位：市科技和信息化局、市人力资源和社会保障局、市留交办", "市委组织部/lead | 市科技和信息化局?/support | 市人力资源和社会保障局/support | 市留交办?/support"],
      ["牵头单位：市委组织部，配合单位：市科技和信息化局、市人力资源和社会保障局、市财政局、越秀区", "市委组织部/lead | 市科技和信息化局?/support | 市人力资源和社会保障局/support | 市财政局/support | 越秀区人民政府/support"],
      ["牵头单位：市委组织部，配合单位：市人力资源和社会保障局、市科技和信息化局，各有关区、县级市", "市委组织部/lead | 市人力资源和社会保障局/support | 市科技和信息化局?/support | 各有关区、县级市/support"],
      ["牵头单位：市人力资源和社会保障局，配合单位：市委组织部、各有关单位，各区、县级市", "市人力资源和社会保障局/lead | 市委组织部/support | 各有关单位/support | 各县（市、区）人民政府/support"],
      ["牵头单位：市住房保障办，配合单位：市规划局、市国土房管局，各区、县级市", "市住房保障办?/lead | 市自然资源局/support | 市国土房管局?/support | 各县（市、区）人民政府/support"],
      ["牵头单位：市委组织部，配合单位：市编办、市人力资源和社会保障局、各有关单位，各区、县级市", "市委组织部/lead | 市机构编制委员会办公室/support | 市人力资源和社会保障局/support | 各有关单位/support | 各县（市、区）人民政府/support"],
      ["牵头单位：市财政局，配合单位：市委组织部、各有关单位，各区、县级市", "市财政局/lead | 市委组织部/support | 各有关单位/support | 各县（市、区）人民政府/support"],
      ["牵头单位：市委组织部，配合单位：各有关单位，各区、县级市", "市委组织部/lead | 各有关单位/support | 各县（市、区）人民政府/support"],
      ["牵头单位：市委组织部，配合单位：各项目牵头单位，各区、县级市", "市委组织部/lead | 各项目牵头单位/support | 各县（市、区）人民政府/support"],
      ["牵头单位：市委组织部，配合单位：市委宣传部、各有关单位，各区、县级市", "市委组织部/lead | 市委宣传部/support | 各有关单位/support | 各县（市、区）人民政府/support"],
    ],
  },
  {
    source: "GitHub id 27691658551 (自贡 unit lists dps1/dps2 as written, 、-joined)",
    level: "市",
    cells: [
      ["市发改委、市经济和信息化委、市教育体育局、市科技和知识产权局、市民政局、市住房城乡建设局、市交通运输局、市水务局、市农牧业局、市林业局、市商务局、市文广新局、市卫生计生委、市旅游发展委、市国资委、市食品药品监管局、市供销社、市金融工作局、市工商联", "市发展和改革委员会/responsible | 市工业和信息化局/responsible | 市教育和体育局/responsible | 市科技和知识产权局?/responsible | 市民政局/responsible | 市住房和城乡建设局/responsible | 市交通运输局/responsible | 市水利局/responsible | 市农业农村局/responsible | 市林业局/responsible | 市商务局/responsible | 市文化和旅游局/responsible | 市卫生健康委员会/responsible | 市文化和旅游局/responsible | 市国有资产监督管理委员会/responsible | 市市场监督管理局/responsible | 市供销社/responsible | 市地方金融监督管理局/responsible | 市工商联/responsible"],
      ["市纪委机关（市监委、市委巡察办、市委巡察组）、市检察院、市委办公室、市人大常委会办公室、市政府办公室、市政协办公室、市委组织部、市委宣传部、市委统战部、市委政法委", "市纪律检查委员会/responsible | 市监察委员会/responsible | 市委巡察办?/responsible | 市委巡察组?/responsible | 市人民检察院/responsible | 市委办公室/responsible | 市人大常委会办公室/responsible | 市政府办公室/responsible | 市政协办公室/responsible | 市委组织部/responsible | 市委宣传部/responsible | 市委统战部/responsible | 市委政法委/responsible"],
      ["市委群工局、市委政研室、市委农工委、市直机关工委、市委编办、市委老干局、市委党校、市公安局、市司法局、市财政局、市人力资源社会保障局、市国土资源局、市规划局、市审计局、市环保局、市统计局、市城乡管理执法局、市安监局、市人防办", "市委群工局?/responsible | 市委政策研究室/responsible | 市委农工委?/responsible | 市直属机关工作委员会/responsible | 市机构编制委员会办公室/responsible | 市委老干部局/responsible | 市委党校/responsible | 市公安局/responsible | 市司法局/responsible | 市财政局/responsible | 市人力资源和社会保障局/responsible | 市自然资源局/responsible | 市自然资源局/responsible | 市审计局/responsible | 市生态环境局/responsible | 市统计局/responsible | 市城市管理局/responsible | 市应急管理局/responsible | 市人民防空办公室/responsible"],
      ["市工商局、市质监局、市政务服务中心、市档案局、市防震减灾局、市地方志办、市国安局、市国税局、市地税局、市气象局、市邮政管理局、海关自贡办事处、自贡调查队、市通信办、市总工会、团市委、市妇联、市文联、市科协、市社科联、市残联", "市市场监督管理局/responsible | 市市场监督管理局/responsible | 市政务服务中心/responsible | 市档案局/responsible | 市防震减灾局?/responsible | 市地方志办公室/responsible | 市国家安全局/responsible | 市税务局/responsible | 市税务局/responsible | 市气象局/responsible | 市邮政管理局/responsible | 海关/responsible | 国家统计局调查队/responsible | 市通信办?/responsible | 市总工会/responsible | 市团委/responsible | 市妇联/responsible | 市文联/responsible | 市科协/responsible | 市社科联/responsible | 市残联/responsible"],
    ],
  },
  {
    source: "GitHub SQL dump id 31843635488, offset 104000 (广州 异地务工人员 / 科技创新工程 实施意见)",
    level: "市",
    cells: [
      ["牵头单位：市人力资源和社会保障局，配合单位：市地税局", "市人力资源和社会保障局/lead | 市税务局/support"],
      ["牵头单位：市国土房管局，配合单位：市人力资源和社会保障局", "市国土房管局?/lead | 市人力资源和社会保障局/support"],
      ["牵头单位：市社工委，配合单位：市委组织部、市民政局、市总工会、团市委，各区、县级市政府", "市社工委?/lead | 市委组织部/support | 市民政局/support | 市总工会/support | 市团委/support | 各县（市、区）人民政府/support"],
      ["牵头单位：市社工委，配合单位：市发展改革委、市公安局、市民政局、市人力资源和社会保障局、市教育局、市司法局，各区、县级市政府", "市社工委?/lead | 市发展和改革委员会/support | 市公安局/support | 市民政局/support | 市人力资源和社会保障局/support | 市教育局/support | 市司法局/support | 各县（市、区）人民政府/support"],
      ["牵头单位：市科技和信息化局，配合单位：市发展改革委、市经贸委、市规划局、市知识产权局，各区、县级市政府", "市科技和信息化局?/lead | 市发展和改革委员会/support | 市经贸委?/support | 市自然资源局/support | 市市场监督管理局/support | 各县（市、区）人民政府/support"],
      ["牵头单位：市科技和信息化局，配合单位：市知识产权局、市经贸委、市财政局、市国税局、市地税局、市国资委、市金融办，各区、县级市政府", "市科技和信息化局?/lead | 市市场监督管理局/support | 市经贸委?/support | 市财政局/support | 市税务局/support | 市税务局/support | 市国有资产监督管理委员会/support | 市地方金融监督管理局/support | 各县（市、区）人民政府/support"],
      ["牵头单位：市人才办，配合单位：市科技和信息化局、市教育局、市人力资源和社会保障局", "市人才办?/lead | 市科技和信息化局?/support | 市教育局/support | 市人力资源和社会保障局/support"],
      ["牵头单位：市科技和信息化局，配合单位：市财政局、市发展改革委、市金融办、市国资委、市知识产权局", "市科技和信息化局?/lead | 市财政局/support | 市发展和改革委员会/support | 市地方金融监督管理局/support | 市国有资产监督管理委员会/support | 市市场监督管理局/support"],
      ["牵头单位：市发展改革委，配合单位：市科技和信息化局、市经贸委、广州开发区管委会、越秀区政府、白云区政府、番禺区政府", "市发展和改革委员会/lead | 市科技和信息化局?/support | 市经贸委?/support | 广州开发区/support | 越秀区人民政府/support | 白云区人民政府/support | 番禺区人民政府/support"],
      ["牵头单位：市科技和信息化局，配合单位：市发展改革委、市财政局、市外经贸局、番禺区政府、白云区政府、天河区政府", "市科技和信息化局?/lead | 市发展和改革委员会/support | 市财政局/support | 市商务局/support | 番禺区人民政府/support | 白云区人民政府/support | 天河区人民政府/support"],
      ["牵头单位：市科技和信息化局，配合单位：市金融办、市发展改革委、市财政局、市国资委、市经贸委、市知识产权局、广州开发区管委会", "市科技和信息化局?/lead | 市地方金融监督管理局/support | 市发展和改革委员会/support | 市财政局/support | 市国有资产监督管理委员会/support | 市经贸委?/support | 市市场监督管理局/support | 广州开发区/support"],
      ["牵头单位：市知识产权局，配合单位：市科技和信息化局、市财政局、市质监局、市工商局", "市市场监督管理局/lead | 市科技和信息化局?/support | 市财政局/support | 市市场监督管理局/support | 市市场监督管理局/support"],
      ["牵头单位：市科技和信息化局，配合单位：市发展改革委、市经贸委、市外经贸局、市质监局、各园区", "市科技和信息化局?/lead | 市发展和改革委员会/support | 市经贸委?/support | 市商务局/support | 市市场监督管理局/support | 各园区/support"],
      ["牵头单位：市科技和信息化局，配合单位：市人口计生局、市卫生局、市食品药品监管局、市经贸委、市农业局、市公安局、市体育局、市环保局", "市科技和信息化局?/lead | 市卫生健康委员会/support | 市卫生健康委员会/support | 市市场监督管理局/support | 市经贸委?/support | 市农业农村局/support | 市公安局/support | 市体育局/support | 市生态环境局/support"],
      ["牵头单位：市科技和信息化局，配合单位：市发展改革委、市编办、市财政局、广州开发区管委会、天河区政府、白云区政府、越秀区政府、南沙区政府", "市科技和信息化局?/lead | 市发展和改革委员会/support | 市机构编制委员会办公室/support | 市财政局/support | 广州开发区/support | 天河区人民政府/support | 白云区人民政府/support | 越秀区人民政府/support | 南沙区人民政府/support"],
      ["牵头单位：市科技和信息化局，配合单位：市科技和信息化工作领导小组各成员单位、市国家创新型城市建设工作领导小组各成员单位", "市科技和信息化局?/lead | 市科技和信息化工作领导小组各成员单位/support | 市国家创新型城市建设工作领导小组各成员单位/support"],
      ["牵头单位：市财政局，配合单位：市科技和信息化局、市发展改革委", "市财政局/lead | 市科技和信息化局?/support | 市发展和改革委员会/support"],
    ],
  },
  {
    source: "GitHub SQL dump id 31843635488, offset 52000 (广州 党建创新工程 实施意见)",
    level: "市",
    cells: [
      ["牵头单位：市委宣传部，配合单位：市委党校、市委组织部", "市委宣传部/lead | 市委党校/support | 市委组织部/support"],
      ["牵头单位：市委组织部，配合单位：市委党校、市人力资源和社会保障局、市国资委、市科技和信息化局、市卫生局、市教育局", "市委组织部/lead | 市委党校/support | 市人力资源和社会保障局/support | 市国有资产监督管理委员会/support | 市科技和信息化局?/support | 市卫生健康委员会/support | 市教育局/support"],
      ["牵头单位：市委组织部", "市委组织部/lead"],
      ["牵头单位：市委组织部，配合单位：市国资委、市教育局", "市委组织部/lead | 市国有资产监督管理委员会/support | 市教育局/support"],
      ["牵头单位：市委组织部，配合单位：市人力资源和社会保障局", "市委组织部/lead | 市人力资源和社会保障局/support"],
      ["牵头单位：市委组织部，配合单位：市“两新”组织党工委、市国资委、市直机关工委、市教育局、市委老干部局、市民政局、市农业局、市编办、市非公有制经济组织党工委、市社会组织党工委", "市委组织部/lead | 市“两新”组织党工委?/support | 市国有资产监督管理委员会/support | 市直属机关工作委员会/support | 市教育局/support | 市委老干部局/support | 市民政局/support | 市农业农村局/support | 市机构编制委员会办公室/support | 市非公有制经济组织党工委?/support | 市社会组织党工委?/support"],
      ["牵头单位：市委组织部，配合单位：市民政局、市农业局、市非公有制经济组织党工委、市社会组织党工委", "市委组织部/lead | 市民政局/support | 市农业农村局/support | 市非公有制经济组织党工委?/support | 市社会组织党工委?/support"],
      ["牵头单位：市委组织部，配合单位：市民政局、市财政局、市农业局", "市委组织部/lead | 市民政局/support | 市财政局/support | 市农业农村局/support"],
      ["牵头单位：市委组织部，配合单位：市人力资源和社会保障局、市总工会、市民政局、市农业局、市非公有制经济组织党工委、市社会组织党工委", "市委组织部/lead | 市人力资源和社会保障局/support | 市总工会/support | 市民政局/support | 市农业农村局/support | 市非公有制经济组织党工委?/support | 市社会组织党工委?/support"],
      ["牵头单位：市委组织部，配合单位：市财政局、市民政局、市农业局、市人力资源和社会保障局、市非公有制经济组织党工委、市社会组织党工委", "市委组织部/lead | 市财政局/support | 市民政局/support | 市农业农村局/support | 市人力资源和社会保障局/support | 市非公有制经济组织党工委?/support | 市社会组织党工委?/support"],
      ["牵头单位：市委组织部，配合单位：市直机关工委、市民政局、市非公有制经济组织党工委、市社会组织党工委", "市委组织部/lead | 市直属机关工作委员会/support | 市民政局/support | 市非公有制经济组织党工委?/support | 市社会组织党工委?/support"],
      ["牵头单位：市委组织部，配合单位：市民政局、市农业局、市教育局", "市委组织部/lead | 市民政局/support | 市农业农村局/support | 市教育局/support"],
      ["牵头单位：市“两新”组织党工委，配合单位：市非公有制经济组织党工委、市社会组织党工委", "市“两新”组织党工委?/lead | 市非公有制经济组织党工委?/support | 市社会组织党工委?/support"],
      ["牵头单位：市委组织部，配合单位：市“两新”组织党工委、市人力资源和社会保障局", "市委组织部/lead | 市“两新”组织党工委?/support | 市人力资源和社会保障局/support"],
      ["牵头单位：市委组织部，配合单位：广州广播电视台、市直机关工委、市教育局、市非公有制经济组织党工委、市社会组织党工委", "市委组织部/lead | 广播电视台/support | 市直属机关工作委员会/support | 市教育局/support | 市非公有制经济组织党工委?/support | 市社会组织党工委?/support"],
      ["牵头单位：市委组织部，配合单位：市人力资源和社会保障局、市民政局、市农业局、市财政局", "市委组织部/lead | 市人力资源和社会保障局/support | 市民政局/support | 市农业农村局/support | 市财政局/support"],
      ["牵头单位：市委组织部，配合单位：市直机关工委、市国资委、市教育局、市农业局、市非公有制经济组织党工委、市社会组织党工委", "市委组织部/lead | 市直属机关工作委员会/support | 市国有资产监督管理委员会/support | 市教育局/support | 市农业农村局/support | 市非公有制经济组织党工委?/support | 市社会组织党工委?/support"],
      ["牵头单位：市委组织部，配合单位：市纪委、市委办公厅", "市委组织部/lead | 市纪律检查委员会/support | 市委办公厅/support"],
      ["牵头单位：市委组织部，配合单位：市直机关工委、市教育局、市国资委、市民政局、市非公有制经济组织党工委、市社会组织党工委", "市委组织部/lead | 市直属机关工作委员会/support | 市教育局/support | 市国有资产监督管理委员会/support | 市民政局/support | 市非公有制经济组织党工委?/support | 市社会组织党工委?/support"],
      ["牵头单位：市委组织部，配合单位：市民政局、市农业局", "市委组织部/lead | 市民政局/support | 市农业农村局/support"],
      ["牵头单位：市委组织部，配合单位：市民政局、市农业局、市社工委", "市委组织部/lead | 市民政局/support | 市农业农村局/support | 市社工委?/support"],
      ["牵头单位：市直机关工委，配合单位：市委党校、市委宣传部、市委组织部", "市直属机关工作委员会/lead | 市委党校/support | 市委宣传部/support | 市委组织部/support"],
      ["牵头单位：市直机关工委，配合单位：市委办公厅、市委组织部", "市直属机关工作委员会/lead | 市委办公厅/support | 市委组织部/support"],
      ["牵头单位：市直机关工委，配合单位：市委组织部", "市直属机关工作委员会/lead | 市委组织部/support"],
      ["牵头单位：市直机关工委", "市直属机关工作委员会/lead"],
      ["牵头单位：市直机关工委，配合单位：市纪委、市委办公厅、市委组织部、市政府办公厅、市人力资源和社会保障局", "市直属机关工作委员会/lead | 市纪律检查委员会/support | 市委办公厅/support | 市委组织部/support | 市政府办公厅/support | 市人力资源和社会保障局/support"],
      ["牵头单位：市纪委，配合单位：市委组织部", "市纪律检查委员会/lead | 市委组织部/support"],
      ["牵头单位：市纪委，配合单位：市委组织部、市委宣传部、市直机关工委、市民政局、市教育局", "市纪律检查委员会/lead | 市委组织部/support | 市委宣传部/support | 市直属机关工作委员会/support | 市民政局/support | 市教育局/support"],
    ],
  },
  {
    source: "GitHub SQL dump id 31843635488, offset 68000 (广州 民主法治建设 实施意见)",
    level: "市",
    cells: [
      ["牵头单位：市委办公厅，配合单位：市委政研室", "市委办公厅/lead | 市委政策研究室/support"],
      ["牵头单位：市政府办公厅，配合单位：市政府研究室、市法制办", "市政府办公厅/lead | 市政府研究室/support | 市司法局/support"],
      ["牵头单位：市委办公厅，配合单位：市政府办公厅、市政协办公厅", "市委办公厅/lead | 市政府办公厅/support | 市政协办公厅/support"],
      ["牵头单位：市委办公厅，配合单位：市政府办公厅", "市委办公厅/lead | 市政府办公厅/support"],
      ["牵头单位：市委办公厅，配合单位：市人大常委会办公厅、市政府办公厅、市政协办公厅", "市委办公厅/lead | 市人大常委会办公厅/support | 市政府办公厅/support | 市政协办公厅/support"],
      ["牵头单位：市信访局，配合单位：市社工委", "市信访局/lead | 市社工委?/support"],
      ["牵头单位：市委统战部，配合单位：市政府办公厅、市民族宗教局", "市委统战部/lead | 市政府办公厅/support | 市民族宗教事务局/support"],
      ["牵头单位：市总工会、团市委、市妇联", "市总工会/lead | 市团委/lead | 市妇联/lead"],
    ],
  },
  {
    source: "GitHub SQL dump id 31843635488, offset 84000 (广州 民主法治建设 实施意见, continued)",
    level: "市",
    cells: [
      ["牵头单位：市民政局，配合单位：市委组织部、市社工委", "市民政局/lead | 市委组织部/support | 市社工委?/support"],
      ["牵头单位：市总工会，配合单位：市国资委、市人力资源和社会保障局、市经贸委、市工商联", "市总工会/lead | 市国有资产监督管理委员会/support | 市人力资源和社会保障局/support | 市经贸委?/support | 市工商联/support"],
      ["牵头单位：市民政局", "市民政局/lead"],
      ["牵头单位：市人大常委会法工委，配合单位：市法制办", "市人大常委会法工委?/lead | 市司法局/support"],
      ["牵头单位：市法制办，配合单位：市政府办公厅、市监察局", "市司法局/lead | 市政府办公厅/support | 市监察委员会/support"],
      ["牵头单位：市委政法委，配合单位：市法院、市检察院", "市委政法委/lead | 市人民法院/support | 市人民检察院/support"],
      ["牵头单位：市委政法委，配合单位：市发展改革委、市工商局", "市委政法委/lead | 市发展和改革委员会/support | 市市场监督管理局/support"],
      ["牵头单位：市司法局，配合单位：市法院、市财政局、市工商局", "市司法局/lead | 市人民法院/support | 市财政局/support | 市市场监督管理局/support"],
      ["牵头单位：市司法局", "市司法局/lead"],
      ["牵头单位：市财政局，配合单位：市政府办公厅、市法制办", "市财政局/lead | 市政府办公厅/support | 市司法局/support"],
      ["牵头单位：市编办，配合单位：市政府办公厅、市财政局", "市机构编制委员会办公室/lead | 市政府办公厅/support | 市财政局/support"],
      ["牵头单位：市法制办，配合单位：市政府办公厅、市工商局", "市司法局/lead | 市政府办公厅/support | 市市场监督管理局/support"],
      ["牵头单位：市政府办公厅，配合单位：市财政局、市监察局等部门", "市政府办公厅/lead | 市财政局/support | 市监察委员会/support"],
      ["牵头单位：市委宣传部", "市委宣传部/lead"],
      ["牵头单位：市政府办公厅", "市政府办公厅/lead"],
      ["牵头单位：市公安局", "市公安局/lead"],
      ["牵头单位：市卫生局", "市卫生健康委员会/lead"],
      ["牵头单位：市人力资源和社会保障局，配合单位：市财政局", "市人力资源和社会保障局/lead | 市财政局/support"],
    ],
  },
  {
    source: "GitHub id 57399812797 (浙江省人工智能高质量发展工作图谱, owner=牵头 / co=配合 fields, 省 level)",
    level: "省",
    cells: [
      ["省发展改革委", "省发展和改革委员会/responsible"],
      ["省经信厅、省科技厅", "省工业和信息化厅/responsible | 省科学技术厅/responsible"],
      ["省经信厅", "省工业和信息化厅/responsible"],
      ["省发展改革委、省科技厅", "省发展和改革委员会/responsible | 省科学技术厅/responsible"],
      ["省科技厅", "省科学技术厅/responsible"],
      ["省经信厅、省科技厅、省财政厅、省国资委，杭州市政府", "省工业和信息化厅/responsible | 省科学技术厅/responsible | 省财政厅/responsible | 省国有资产监督管理委员会/responsible | 杭州市人民政府/responsible"],
      ["省经信厅、省科技厅按职责分工负责", "省工业和信息化厅/responsible | 省科学技术厅/responsible"],
      ["省经信厅、省能源局、省通信管理局", "省工业和信息化厅/responsible | 省能源局/responsible | 省通信管理局/responsible"],
      ["省能源局、省通信管理局", "省能源局/responsible | 省通信管理局/responsible"],
      ["杭州市政府", "杭州市人民政府/responsible"],
      ["省经信厅、省国防科工办、之江实验室", "省工业和信息化厅/responsible | 省国防科工办?/responsible | 之江实验室?/responsible"],
      ["省通信管理局", "省通信管理局/responsible"],
      ["省发展改革委、省经信厅、省能源局", "省发展和改革委员会/responsible | 省工业和信息化厅/responsible | 省能源局/responsible"],
      ["省发展改革委、之江实验室", "省发展和改革委员会/responsible | 之江实验室?/responsible"],
      ["省能源局", "省能源局/responsible"],
      ["省发展改革委、省电力公司", "省发展和改革委员会/responsible | 供电公司/responsible"],
      ["省财政厅", "省财政厅/responsible"],
      ["省数据局", "省数据局/responsible"],
      ["省委网信办", "省委网信办/responsible"],
      ["省数据局、省公安厅", "省数据局/responsible | 省公安厅/responsible"],
      ["无", ""],
      ["省卫生健康委、省发展改革委、省市场监管局（省知识产权局）、之江实验室", "省卫生健康委员会/responsible | 省发展和改革委员会/responsible | 省市场监督管理局/responsible | 省市场监督管理局/responsible | 之江实验室?/responsible"],
      ["省市场监管局（省知识产权局）", "省市场监督管理局/responsible | 省市场监督管理局/responsible"],
      ["省财政厅、省数据局", "省财政厅/responsible | 省数据局/responsible"],
      ["省经信厅、省数据局", "省工业和信息化厅/responsible | 省数据局/responsible"],
      ["省发展改革委、省市场监管局（省知识产权局）", "省发展和改革委员会/responsible | 省市场监督管理局/responsible | 省市场监督管理局/responsible"],
      ["省市场监管局（省知识产权局）、省数据局", "省市场监督管理局/responsible | 省市场监督管理局/responsible | 省数据局/responsible"],
      ["省数据局、省市场监管局（省知识产权局）", "省数据局/responsible | 省市场监督管理局/responsible | 省市场监督管理局/responsible"],
      ["省数据局、省经信厅", "省数据局/responsible | 省工业和信息化厅/responsible"],
      ["省经信厅、省市场监管局（省知识产权局）", "省工业和信息化厅/responsible | 省市场监督管理局/responsible | 省市场监督管理局/responsible"],
      ["省科技厅、杭州市", "省科学技术厅/responsible | 杭州市人民政府/responsible"],
      ["省发展改革委、省财政厅、省市场监管局（省知识产权局）", "省发展和改革委员会/responsible | 省财政厅/responsible | 省市场监督管理局/responsible | 省市场监督管理局/responsible"],
      ["省委宣传部、省经信厅、省科技厅、省财政厅、省自然资源厅、省文化广电和旅游厅、省卫生健康委、省应急管理厅", "省委宣传部/responsible | 省工业和信息化厅/responsible | 省科学技术厅/responsible | 省财政厅/responsible | 省自然资源厅/responsible | 省文化和旅游厅/responsible | 省卫生健康委员会/responsible | 省应急管理厅/responsible"],
      ["省卫生健康委、省经信厅、省自然资源厅、省市场监管局（省知识产权局）、省数据局、之江实验室、莫干山地信实验室、杭州市政府", "省卫生健康委员会/responsible | 省工业和信息化厅/responsible | 省自然资源厅/responsible | 省市场监督管理局/responsible | 省市场监督管理局/responsible | 省数据局/responsible | 之江实验室?/responsible | 莫干山地信实验室?/responsible | 杭州市人民政府/responsible"],
      ["省商务厅", "省商务厅/responsible"],
      ["省经信厅、省科技厅、杭州市", "省工业和信息化厅/responsible | 省科学技术厅/responsible | 杭州市人民政府/responsible"],
      ["省外办、省数据局、省委网信办、省经信厅、省科技厅、省贸促会、杭州市", "省外事办公室/responsible | 省数据局/responsible | 省委网信办/responsible | 省工业和信息化厅/responsible | 省科学技术厅/responsible | 省贸促会/responsible | 杭州市人民政府/responsible"],
      ["省经信厅、杭州市政府", "省工业和信息化厅/responsible | 杭州市人民政府/responsible"],
      ["省委宣传部、省经信厅、省教育厅、省财政厅、省交通运输厅、省农业农村厅、省海洋经济厅、省商务厅、省文化广电和旅游厅、省卫生健康委、省应急管理厅、省国资委", "省委宣传部/responsible | 省工业和信息化厅/responsible | 省教育厅/responsible | 省财政厅/responsible | 省交通运输厅/responsible | 省农业农村厅/responsible | 省海洋经济厅?/responsible | 省商务厅/responsible | 省文化和旅游厅/responsible | 省卫生健康委员会/responsible | 省应急管理厅/responsible | 省国有资产监督管理委员会/responsible"],
      ["省农业农村厅", "省农业农村厅/responsible"],
      ["省国资委", "省国有资产监督管理委员会/responsible"],
      ["省发展改革委、省科技厅、省数据局", "省发展和改革委员会/responsible | 省科学技术厅/responsible | 省数据局/responsible"],
      ["省经信厅、省财政厅", "省工业和信息化厅/responsible | 省财政厅/responsible"],
      ["省发展改革委、省国资委", "省发展和改革委员会/responsible | 省国有资产监督管理委员会/responsible"],
      ["省发展改革委、省政法委", "省发展和改革委员会/responsible | 省委政法委/responsible"],
      ["省委组织部、省人力社保厅", "省委组织部/responsible | 省人力资源和社会保障厅/responsible"],
      ["省经信厅、省教育厅、省科技厅", "省工业和信息化厅/responsible | 省教育厅/responsible | 省科学技术厅/responsible"],
    ],
  },
  {
    source: "GitHub id 17689429326 (数字广东 2025 工作要点 departments field, 省 level; later names written without 省)",
    level: "省",
    cells: [
      ["省科技厅、工业和信息化厅按职责分工负责，各地级以上市人民政府结合实际落实", "省科学技术厅/responsible | 省工业和信息化厅/responsible | 各地级以上市人民政府/responsible"],
      ["省工业和信息化厅牵头", "省工业和信息化厅/lead"],
      ["省政务和数据局牵头", "省政务和数据局/lead"],
      ["省政务和数据局牵头，省国资委等单位按职责分工负责", "省政务和数据局/lead | 省国有资产监督管理委员会/support"],
      ["省工业和信息化厅、科技厅、政务和数据局等单位按职责分工负责", "省工业和信息化厅/responsible | 省科学技术厅/responsible | 省政务和数据局/responsible"],
      ["省工业和信息化厅牵头，各有关单位按职责分工负责", "省工业和信息化厅/lead | 各有关单位/support"],
      ["省工业和信息化厅牵头，省科技厅按职责分工负责", "省工业和信息化厅/lead | 省科学技术厅/support"],
      ["省发展改革委牵头，省工业和信息化厅按职责分工负责", "省发展和改革委员会/lead | 省工业和信息化厅/support"],
      ["省工业和信息化厅、广电局牵头", "省工业和信息化厅/lead | 省广播电视局/lead"],
      ["省科技厅牵头", "省科学技术厅/lead"],
      ["省工业和信息化厅牵头，省委宣传部、文化和旅游厅、广电局、体育局按职责分工负责", "省工业和信息化厅/lead | 省委宣传部/support | 省文化和旅游厅/support | 省广播电视局/support | 省体育局/support"],
      ["省工业和信息化厅牵头，省政务和数据局按职责分工负责", "省工业和信息化厅/lead | 省政务和数据局/support"],
      ["省发展改革委牵头，省工业和信息化厅、政务和数据局按职责分工负责", "省发展和改革委员会/lead | 省工业和信息化厅/support | 省政务和数据局/support"],
      ["省农业农村厅牵头，省商务厅、供销社按职责分工负责", "省农业农村厅/lead | 省商务厅/support | 省供销社/support"],
      ["省商务厅、交通运输厅按职责分工负责", "省商务厅/responsible | 省交通运输厅/responsible"],
      ["人民银行广东省分行牵头，省委金融办，广东金融监管局、中国证监会广东监管局按职责分工负责", "中国人民银行/lead | 省委金融办/support | 金融监管局/support | 证监局/support"],
      ["省政务和数据局牵头，省工业和信息化厅、统计局按职责分工负责", "省政务和数据局/lead | 省工业和信息化厅/support | 省统计局/support"],
      ["省政务和数据局牵头，各有关单位按职责分工负责", "省政务和数据局/lead | 各有关单位/support"],
      ["省发展改革委、商务厅、政务和数据局，省税务局按职责分工负责", "省发展和改革委员会/responsible | 省商务厅/responsible | 省政务和数据局/responsible | 省税务局/responsible"],
      ["省发展改革委、财政厅、政务和数据局、统计局按职责分工负责", "省发展和改革委员会/responsible | 省财政厅/responsible | 省政务和数据局/responsible | 省统计局/responsible"],
      ["省自然资源厅、住房城乡建设厅、农业农村厅、市场监管局，省海洋综合执法总队按职责分工负责", "省自然资源厅/responsible | 省住房和城乡建设厅/responsible | 省农业农村厅/responsible | 省市场监督管理局/responsible | 省海洋综合执法总队?/responsible"],
      ["省自然资源厅、生态环境厅按职责分工负责", "省自然资源厅/responsible | 省生态环境厅/responsible"],
      ["省政务和数据局牵头，省各有关单位按职责分工负责", "省政务和数据局/lead | 省各有关单位/support"],
    ],
  },
  {
    source: "GitHub id 17689429326, offset 32000 (数字广东 2025, continued)",
    level: "省",
    cells: [
      ["省公安厅、交通运输厅、政务和数据局按职责分工负责", "省公安厅/responsible | 省交通运输厅/responsible | 省政务和数据局/responsible"],
      ["海关总署广东分署、广东海事局按职责分工负责", "海关/responsible | 海事局/responsible"],
      ["省委网信办，省政务和数据局按职责分工负责", "省委网信办/responsible | 省政务和数据局/responsible"],
      ["省政务和数据局牵头，省科技厅、工业和信息化厅、交通运输厅、体育局按职责分工负责", "省政务和数据局/lead | 省科学技术厅/support | 省工业和信息化厅/support | 省交通运输厅/support | 省体育局/support"],
      ["省教育厅牵头", "省教育厅/lead"],
      ["省卫生健康委、医保局按职责分工负责", "省卫生健康委员会/responsible | 省医疗保障局/responsible"],
      ["省民政厅牵头", "省民政厅/lead"],
      ["省人力资源社会保障厅牵头", "省人力资源和社会保障厅/lead"],
      ["省应急管理厅牵头", "省应急管理厅/lead"],
      ["省委政法委牵头", "省委政法委/lead"],
      ["省法院、检察院按职责分工负责", "省人民法院/responsible | 省人民检察院/responsible"],
      ["省生态环境厅、林业局、能源局按职责分工负责", "省生态环境厅/responsible | 省林业局/responsible | 省能源局/responsible"],
      ["省文化和旅游厅牵头", "省文化和旅游厅/lead"],
      ["省工业和信息化厅、住房城乡建设厅、交通运输厅按职责分工负责", "省工业和信息化厅/responsible | 省住房和城乡建设厅/responsible | 省交通运输厅/responsible"],
      ["省政务和数据局、农业农村厅按职责分工负责", "省政务和数据局/responsible | 省农业农村厅/responsible"],
      ["省发展改革委、工业和信息化厅，省通信管理局按职责分工负责", "省发展和改革委员会/responsible | 省工业和信息化厅/responsible | 省通信管理局/responsible"],
      ["省政务和数据局牵头，省发展改革委、工业和信息化厅、能源局，省通信管理局等按职责分工负责", "省政务和数据局/lead | 省发展和改革委员会/support | 省工业和信息化厅/support | 省能源局/support | 省通信管理局/support"],
      ["省政务和数据局牵头，省通信管理局按职责分工负责", "省政务和数据局/lead | 省通信管理局/support"],
      ["省教育厅、工业和信息化厅、住房城乡建设厅、商务厅、文化和旅游厅、卫生健康委、能源局等按职责分工负责", "省教育厅/responsible | 省工业和信息化厅/responsible | 省住房和城乡建设厅/responsible | 省商务厅/responsible | 省文化和旅游厅/responsible | 省卫生健康委员会/responsible | 省能源局/responsible"],
      ["省委网信办，省保密局、密码管理局，省公安厅、政务和数据局，省通信管理局按职责分工负责", "省委网信办/responsible | 省保密局/responsible | 省密码管理局/responsible | 省公安厅/responsible | 省政务和数据局/responsible | 省通信管理局/responsible"],
      ["省委金融办，省发展改革委、财政厅、政务和数据局，人民银行广东省分行、广东金融监管局按职责分工负责", "省委金融办/responsible | 省发展和改革委员会/responsible | 省财政厅/responsible | 省政务和数据局/responsible | 中国人民银行/responsible | 金融监管局/responsible"],
      ["省教育厅、人力资源社会保障厅、政务和数据局按职责分工负责", "省教育厅/responsible | 省人力资源和社会保障厅/responsible | 省政务和数据局/responsible"],
      ["省有关部门按职责分工负责", "省有关部门/responsible"],
    ],
  },
];


describe('department cells of real documents from other places', () => {
  for (const g of GROUPS) {
    it(g.source, () => {
      for (const [cell, expected] of g.cells) expect([cell, brief(cell, g.level)]).toEqual([cell, expected]);
    });
  }

  it('every unknown department is named in a located warning, and known ones in none', () => {
    for (const g of GROUPS) {
      for (const [cell] of g.cells) {
        const res = parse(cell, g.level);
        const warned = res.diagnostics.filter((d) => d.code === 'unknown-department');
        const unknown = res.value.filter((d) => !d.known);
        expect(warned.length).toBe(unknown.length);
        for (const d of unknown) expect(warned.some((w) => w.message.includes(`"${d.name}"`))).toBe(true);
        for (const w of warned) expect(w).toMatchObject({ severity: 'warning', documentId: 'doc', location: { table: 1, row: 2, column: 3 } });
      }
    }
  });

  it('at most one department in eight is unknown over all these cells', () => {
    let total = 0;
    let unknown = 0;
    for (const g of GROUPS) {
      for (const [cell] of g.cells) {
        for (const d of parse(cell, g.level).value) {
          total++;
          if (!d.known) unknown++;
        }
      }
    }
    expect(total).toBeGreaterThan(900);
    expect(unknown / total).toBeLessThan(0.125);
  });
});

describe('rules the real cells needed, and where they stop', () => {
  it('各区、县级市政府 stays one group; a run followed by a department name is split as before', () => {
    expect(brief('各区、县级市政府', '市')).toBe('各县（市、区）人民政府/responsible');
    expect(brief('各县区、市发改委', '市')).toBe('各县（市、区）人民政府/responsible | 市发展和改革委员会/responsible');
    expect(brief('各县、市、区人民政府，市财政局', '市')).toBe('各县（市、区）人民政府/responsible | 市财政局/responsible');
  });

  it('a bare place is its government, but a zone or a half name is not', () => {
    expect(brief('越秀区、杭州市', '市')).toBe('越秀区人民政府/responsible | 杭州市人民政府/responsible');
    expect(brief('县级市', '市')).toBe('县级市?/responsible');
    expect(brief('通州湾示范区', '市')).toBe('通州湾示范区/responsible'); // a zone, named as written
    expect(brief('苏州工业园区管委会', '市')).toBe('苏州工业园区/responsible');
  });

  it('负责 marks a lead only next to units without it', () => {
    expect(brief('市财政局、市税务局负责', '市')).toBe('市财政局/responsible | 市税务局/responsible');
    expect(brief('市市场监管局负责，市发改委', '市')).toBe('市市场监督管理局/lead | 市发展和改革委员会/support');
    expect(brief('市财政局、市税务局牵头', '市')).toBe('市财政局/lead | 市税务局/lead');
  });

  it('vertically managed units lose their place, a bank branch keeps a role word after it', () => {
    expect(brief('人民银行广东省分行牵头，广东金融监管局、广东海事局', '省')).toBe('中国人民银行/lead | 金融监管局/support | 海事局/support');
    expect(brief('团县委、县委编办', '县')).toBe('县团委/responsible | 县机构编制委员会办公室/responsible');
  });
});
