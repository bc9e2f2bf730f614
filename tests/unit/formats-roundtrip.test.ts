// The same report in every input format must give the same metrics, document metadata and mandated parts.
import { beforeAll, describe, expect, it } from 'vitest';
import { extractReport } from '../../src/lib/extract/index.ts';
import { decodeReport } from '../../src/lib/formats/index.ts';
import type { Extraction } from '../../src/lib/schema/records.ts';
import { buildDocx, buildPdf, buildWebPage, encodeGb18030, encodeUtf16 } from '../fixtures/report-formats.ts';
import { goldRows, seedText } from '../fixtures/seeds.ts';

const SEEDS = ['000_e36c637ad0aad88b.txt', '003_88a41170995715d1.txt', '004_3e9d2480cf461b51.txt'];
const DOC_FIELDS = ['agency', 'level', 'province', 'city', 'sector', 'report_year', 'doc_type'] as const;

const metricKeys = (ex: Extraction) =>
  ex.metrics.map((m) => `${m.metric_id}=${m.value}/${m.qualifier}`).sort();
const docFields = (ex: Extraction) => Object.fromEntries(DOC_FIELDS.map((f) => [f, ex.document[f]]));
const parts = (ex: Extraction) => ex.parts.map((p) => `${p.part}:${p.present}:${p.heading ?? ''}`);

const variants: Record<string, (text: string) => Uint8Array> = {
  'gb18030.txt': encodeGb18030,
  'utf16le.txt': (t) => encodeUtf16(t, 'le'),
  'utf16be.txt': (t) => encodeUtf16(t, 'be'),
  'page.html': (t) => new TextEncoder().encode(buildWebPage(t)),
  'gbk.html': (t) => encodeGb18030(buildWebPage(t, 'gbk')),
  'report.docx': buildDocx,
  'report.pdf': buildPdf,
};

describe.each(SEEDS)('seed %s in every format', (seed) => {
  const text = seedText(seed);
  const reference = extractReport(text, seed);
  const gold = goldRows('seeds-documents.csv').find((r) => r.file === seed);
  const decoded = new Map<string, Extraction>();

  beforeAll(async () => {
    for (const [suffix, build] of Object.entries(variants)) {
      const report = await decodeReport(build(text), seed.replace('.txt', `.${suffix}`));
      decoded.set(suffix, extractReport(report.text, seed));
    }
  }, 60_000);

  it('the .txt seed has the gold metadata', () => {
    expect(gold).toBeDefined();
    for (const f of DOC_FIELDS) expect(String(reference.document[f] ?? ''), f).toBe(gold?.[f]);
  });

  it.each(Object.keys(variants))('%s gives the metrics, metadata and parts of the .txt', (suffix) => {
    const ex = decoded.get(suffix);
    expect(ex).toBeDefined();
    if (!ex) return;
    expect(metricKeys(ex)).toEqual(metricKeys(reference));
    expect(docFields(ex)).toEqual(docFields(reference));
    expect(parts(ex)).toEqual(parts(reference));
  });
});
