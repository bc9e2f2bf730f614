import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** A value planted in a generated report, which extraction must find again. */
export interface PlantedMetric {
  metric_id: string;
  value: number;
}

export interface GeneratedReport {
  file: string;
  text: string;
  agency: string;
  year: number;
  planted: PlantedMetric[];
}

/** Deterministic PRNG (mulberry32) so the same seed always gives the same corpus. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REGIONS = [
  '河源市',
  '常德市',
  '竹山县',
  '海安市',
  '宁国市',
  '台州市',
  '黄石市',
  '湖州市',
  '安康市',
  '石嘴山市',
  '铁岭市',
  '泸州市',
];
const DEPARTMENTS = [
  '司法局',
  '市场监督管理局',
  '生态环境局',
  '交通运输局',
  '工业和信息化局',
  '行政审批服务局',
  '人力资源和社会保障局',
  '自然资源和规划局',
  '住房和城乡建设局',
  '商务局',
];

type Rand = () => number;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

/** One template: a sentence with planted values. Phrasings follow the catalog's cues, in 公文 style. */
type Template = (r: Rand, year: number) => { sentence: string; planted: PlantedMetric[] };

const TEMPLATES: readonly Template[] = [
  (r, year) => {
    const v = [
      int(r, 3, 40),
      int(r, 10, 300),
      int(r, 1, 20),
      int(r, 5, 80),
      int(r, 1, 9),
      int(r, 1, 12),
      int(r, 1, 30),
    ];
    return {
      sentence: `${year}年，共梳理行政许可${v[0]}项、行政处罚${v[1]}项、行政强制${v[2]}项、行政检查${v[3]}项、行政征收${v[4]}项、行政确认${v[5]}项、其他行政职权${v[6]}项，并在门户网站公开。`,
      planted: [
        { metric_id: 'powers.licensing', value: v[0] },
        { metric_id: 'powers.penalty', value: v[1] },
        { metric_id: 'powers.coercion', value: v[2] },
        { metric_id: 'powers.inspection', value: v[3] },
        { metric_id: 'powers.levy', value: v[4] },
        { metric_id: 'powers.confirmation', value: v[5] },
        { metric_id: 'powers.other', value: v[6] },
      ],
    };
  },
  (r, year) => {
    const upheld = int(r, 1, 30);
    const overturned = int(r, 1, 5);
    return {
      sentence: `${year}年，依法办理行政复议案件${upheld + overturned}件（其中${upheld}件驳回申请人复议请求，${overturned}件被撤销）。`,
      planted: [
        { metric_id: 'cases.reconsideration', value: upheld + overturned },
        { metric_id: 'cases.reconsideration.upheld', value: upheld },
        { metric_id: 'cases.reconsideration.overturned', value: overturned },
      ],
    };
  },
  (r) => {
    const n = int(r, 1, 60);
    return {
      sentence: `全年发生行政诉讼案件${n}件，均依法出庭应诉。`,
      planted: [{ metric_id: 'cases.litigation', value: n }],
    };
  },
  (r) => {
    const n = int(r, 8, 400);
    return {
      sentence: `全局有${n}人持执法资格证，做到持证上岗、亮证执法。`,
      planted: [{ metric_id: 'staff.enforcement_certified', value: n }],
    };
  },
  (r) => {
    const n = int(r, 5, 300);
    return {
      sentence: `法律顾问全年共出具法律意见书${n}份。`,
      planted: [{ metric_id: 'advisor.opinions', value: n }],
    };
  },
  (r) => {
    const kept = int(r, 2, 60);
    const gone = int(r, 1, 30);
    return {
      sentence: `组织开展规范性文件清理，经清理，继续保留文件${kept}份，废止文件${gone}份。`,
      planted: [
        { metric_id: 'docs.normative_retained', value: kept },
        { metric_id: 'docs.normative_abolished', value: gone },
      ],
    };
  },
  (r) => {
    const n = int(r, 10, 900);
    return {
      sentence: `对照权责清单，梳理政务服务事项清单${n}项，均已挂网发布。`,
      planted: [{ metric_id: 'services.listed', value: n }],
    };
  },
  (r) => {
    const p = int(r, 6000, 10000) / 100;
    return {
      sentence: `行政许可事项网上可办率达${p}%。`,
      planted: [{ metric_id: 'online.available_rate', value: p }],
    };
  },
  (r) => {
    const a = int(r, 1, 40);
    const b = int(r, 1, 40);
    return {
      sentence: `自觉接受人大和政协监督，全年办理人大代表建议${a}件、政协委员提案${b}件，办复率100%。`,
      planted: [
        { metric_id: 'proposals.npc_suggestions', value: a },
        { metric_id: 'proposals.cppcc_proposals', value: b },
      ],
    };
  },
  (r) => {
    const n = int(r, 10, 3000);
    return {
      sentence: `全年共办理行政处罚案件${n}件，案卷评查合格率持续提升。`,
      planted: [{ metric_id: 'cases.penalty', value: n }],
    };
  },
];

const HAS_FIGURE = /[0-9０-９]|[一二两三四五六七八九十百千万]+(?:件|项|份|人|个|次|余|多)/;

/** Figure-free sentences from the seeds, used as filler prose around the planted ones. */
export async function loadFillerSentences(seedDir: string): Promise<string[]> {
  const sentences: string[] = [];
  for (const name of (await readdir(seedDir)).sort()) {
    const text = await readFile(path.join(seedDir, name), 'utf8');
    for (const s of text.split(/(?<=。)|\n/)) {
      const t = s.trim();
      if (t.length >= 12 && t.endsWith('。') && !HAS_FIGURE.test(t) && !/报告|方案|如下/.test(t))
        sentences.push(t);
    }
  }
  return sentences;
}

/** Builds report `index` of a corpus: a titled report of filler paragraphs with planted metric sentences. */
export function generateReport(index: number, filler: readonly string[], seed = 1): GeneratedReport {
  const r = prng(seed * 1_000_003 + index);
  const year = int(r, 2016, 2024);
  const agency = `${pick(r, REGIONS)}${pick(r, DEPARTMENTS)}`;
  const chosen = [...TEMPLATES].sort(() => r() - 0.5).slice(0, int(r, 3, 7));
  const planted: PlantedMetric[] = [];
  const paragraphs: string[] = [];
  for (const [i, template] of chosen.entries()) {
    const prose = Array.from({ length: int(r, 3, 8) }, () => pick(r, filler));
    const { sentence, planted: values } = template(r, year);
    planted.push(...values);
    prose.splice(int(r, 0, prose.length), 0, sentence);
    paragraphs.push(
      `（${'一二三四五六七八九十'[i]}）${pick(r, ['加强组织领导', '深化放管服改革', '严格规范执法', '强化监督制约', '化解矛盾纠纷'])}`,
      prose.join(''),
    );
  }
  const text = [
    `${agency}关于${year}年度法治政府建设情况的报告`,
    `${year}年，${agency}坚持以习近平法治思想为指导，深入推进依法行政。现将有关情况报告如下：`,
    `一、${year}年度法治政府建设主要举措和成效`,
    ...paragraphs,
    '二、存在的不足和原因',
    ...Array.from({ length: 3 }, () => pick(r, filler)),
    `三、${year + 1}年工作安排`,
    ...Array.from({ length: 4 }, () => pick(r, filler)),
    agency,
    `${year + 1}年1月${int(r, 5, 28)}日`,
    '',
  ].join('\n');
  return { file: `gen_${String(index).padStart(5, '0')}.txt`, text, agency, year, planted };
}
