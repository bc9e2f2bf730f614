import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../helpers/chromium.ts';
import { openParquetDb } from '../helpers/node-duckdb.ts';
import {
  configure,
  download,
  inspectSvg,
  openChart,
  openExportDialog,
  pickViews,
  serveHarness,
} from './export-helpers.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;
let views: Awaited<ReturnType<typeof pickViews>>;
let harness: (c: string) => string;

beforeAll(async () => {
  browser = await launchChromium();
  const db = await openParquetDb(path.join(inject('distDir'), 'data'));
  views = await pickViews(db);
  db.close();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  harness = await serveHarness(context, baseUrl);
});
afterAll(async () => {
  await browser?.close();
});

const LONG_TITLE =
  '关于全面推进依法行政、加快建设法治政府，深化行政执法体制改革，完善行政复议与行政应诉工作机制，' +
  '提升各级行政机关依法决策、依法管理和依法服务能力的年度报告主要指标对比分析（2020—2021年度，市直各部门）';

describe('export edge cases', { timeout: 120_000 }, () => {
  it('an empty chart cannot be exported or pinned, and says why', async () => {
    const page = await openChart(context, harness('empty'));
    await expect(page.getAttribute('[data-testid=pin-quick]', 'disabled')).resolves.not.toBeNull();
    await openExportDialog(page);
    await expect(page.textContent('[data-testid=export-blocked]')).resolves.toBe(
      '所选条件下没有数据，无法导出。',
    );
    await expect(page.getAttribute('[data-testid=export-open]', 'title')).resolves.toBe(
      '所选条件下没有数据，无法导出。',
    );
    for (const id of ['export-png', 'export-svg', 'export-copy', 'export-pin']) {
      await expect(page.isDisabled(`[data-testid=${id}]`), id).resolves.toBe(true);
    }
    await page.close();
  });

  it('a very long Chinese title wraps onto several lines within the width, never clipped', async () => {
    const page = await openChart(context, baseUrl + views.busy);
    await openExportDialog(page);
    await configure(page, { title: LONG_TITLE, preset: 'square', scale: 1, theme: 'light' });
    const svg = (await download(page, 'export-svg')).bytes.toString('utf8');
    // Measure the real rendered widths with the embedded font, in the page.
    const view = await context.newPage();
    await view.setContent(
      `<!doctype html><body style="margin:0">${svg.replace(/^<\?xml[^>]*>\s*/, '')}</body>`,
    );
    const lines = await view.evaluate(async () => {
      await document.fonts.ready;
      const root = document.querySelector('svg') as SVGSVGElement;
      const spans = [...root.querySelectorAll('[data-role=title] tspan')] as SVGTSpanElement[];
      const chart = root.querySelector('[data-role=chart] > svg') as SVGSVGElement;
      return {
        width: root.width.baseVal.value,
        chartTop: chart.y.baseVal.value,
        spans: spans.map((s) => {
          const box = s.getBBox();
          return {
            text: s.textContent,
            left: box.x,
            right: box.x + box.width,
            top: box.y,
            bottom: box.y + box.height,
          };
        }),
      };
    });
    expect(lines.spans.length).toBeGreaterThanOrEqual(3);
    expect(lines.spans.map((s) => s.text).join('')).toBe(LONG_TITLE);
    for (const s of lines.spans) {
      expect(s.left).toBeGreaterThanOrEqual(0);
      expect(s.right, s.text ?? '').toBeLessThanOrEqual(lines.width);
      expect(s.top).toBeGreaterThanOrEqual(0);
      expect(s.bottom).toBeLessThanOrEqual(lines.chartTop);
    }
    // No line starts with closing punctuation.
    for (const s of lines.spans.slice(1)) expect(s.text).not.toMatch(/^[，。、；：）]/);
    await page.close();
    await view.close();
  });

  it('30 bars with long agency names at A4: labels neither collide nor get cut, context travels in the footer', async () => {
    const page = await openChart(context, harness('many'));
    await openExportDialog(page);
    await configure(page, { preset: 'a4-portrait', scale: 1, theme: 'light' });
    await page.check('[data-testid=export-timestamp]');
    const svg = (await download(page, 'export-svg')).bytes.toString('utf8');
    const doc = await inspectSvg(page, svg);
    const footer = doc.roles.footer.join('');
    expect(footer).toMatch(/^数据来源：各单位法治政府建设年度报告（2021—2023年；[^；]+等 30 家单位）/);
    expect(footer).toContain('筛选条件：层级：市级；省份：广东省、湖南省');
    expect(footer).toContain('≥ 表示原文为约数');
    expect(footer).toContain('未披露：岳阳市司法局、益阳市司法局');
    expect(footer).toMatch(/导出时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    const view = await context.newPage();
    await view.setContent(
      `<!doctype html><body style="margin:0">${svg.replace(/^<\?xml[^>]*>\s*/, '')}</body>`,
    );
    const report = await view.evaluate(async () => {
      await document.fonts.ready;
      const root = document.querySelector('svg') as SVGSVGElement;
      const outer = root.getBoundingClientRect();
      const boxes = [...root.querySelectorAll('text')]
        .filter((t) => (t.textContent ?? '').trim() !== '')
        .flatMap((t) => {
          const spans = t.querySelectorAll('tspan');
          return (spans.length > 0 ? [...spans] : [t]).map((el) => ({
            text: el.textContent ?? '',
            r: el.getBoundingClientRect(),
          }));
        });
      const overlaps: string[] = [];
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i].r;
          const b = boxes[j].r;
          const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (w > 1 && h > Math.min(a.height, b.height) * 0.25)
            overlaps.push(`${boxes[i].text} × ${boxes[j].text}`);
        }
      const outside = boxes
        .filter(
          ({ r }) =>
            r.left < outer.left || r.right > outer.right || r.top < outer.top || r.bottom > outer.bottom,
        )
        .map((b) => b.text);
      const labels = [...root.querySelectorAll('[data-role=chart] text')].map((t) => t.textContent ?? '');
      return { overlaps, outside, labels };
    });
    expect(report.overlaps).toEqual([]);
    expect(report.outside).toEqual([]);
    // The longest names (26 characters) are written out in full, not cut with …
    expect(report.labels).toContain('岳阳市农业农村和乡村振兴及海洋渔业综合执法监督管理局');
    expect(report.labels.filter((l) => l.endsWith('…'))).toEqual([]);
    await page.close();
    await view.close();
  });
});
