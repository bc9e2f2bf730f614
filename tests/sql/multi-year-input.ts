import { copyFile, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../helpers/run-script.ts';

/** A seed report rewritten as another year's report of the same agency, with known figure changes. */
interface Rewrite {
  from: string;
  to: string;
  replace: [string, string][];
}

export const HUNAN = '000_e36c637ad0aad88b.txt';
export const TIBET = '004_3e9d2480cf461b51.txt';

// 湖南省通信管理局 gets a 2019 report with 2 reconsideration cases (1 overturned) instead of 4 (1 overturned);
// 西藏 gets a 2021 report with exactly 120 legal opinions instead of "100余".
export const REWRITES: Rewrite[] = [
  {
    from: HUNAN,
    to: '100_hunan_2019.txt',
    replace: [
      ['关于2020年度法治政府建设', '关于2019年度法治政府建设'],
      ['一、2020年主要工作', '一、2019年主要工作'],
      [
        '2020年，依法办理行政复议案件4件（其中3件驳回申请人复议请求',
        '2019年，依法办理行政复议案件2件（其中1件驳回申请人复议请求',
      ],
      ['三、2021年推进', '三、2020年推进'],
    ],
  },
  {
    from: TIBET,
    to: '101_tibet_2021.txt',
    replace: [
      ['经济和信息化厅2020年法治政府建设', '经济和信息化厅2021年法治政府建设'],
      ['2020年共出具法律意见书100余份', '2021年共出具法律意见书120份'],
    ],
  },
];

/** data/raw plus the rewritten reports, in a temp directory to ingest. */
export async function multiYearInput(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'fazhi-multiyear-'));
  const raw = path.join(ROOT, 'data/raw');
  for (const f of await readdir(raw)) await copyFile(path.join(raw, f), path.join(dir, f));
  for (const r of REWRITES) {
    let text = await readFile(path.join(raw, r.from), 'utf8');
    for (const [a, b] of r.replace) {
      if (!text.includes(a)) throw new Error(`${r.from}: fixture text not found: ${a}`);
      text = text.replace(a, b);
    }
    await writeFile(path.join(dir, r.to), text);
  }
  return dir;
}
