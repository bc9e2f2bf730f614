import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DecodeError, decodeReport } from '../../src/lib/formats/index.ts';
import { detectFormat } from '../../src/lib/formats/detect-format.ts';
import { decodeEntities } from '../../src/lib/formats/html-entities.ts';
import { htmlToText } from '../../src/lib/formats/html-to-text.ts';
import { foldRadicals, layoutPdfText, type PdfTextItem } from '../../src/lib/formats/pdf-layout.ts';
import {
  buildCMapPdf,
  buildDocx,
  buildEncryptedPdf,
  buildPdf,
  buildWebPage,
  encodeGb18030,
  encodeUtf16,
} from '../fixtures/report-formats.ts';

const REPORT =
  '某某县司法局2021年法治政府建设年度报告\r\n一、主要举措和成效\r\n全年办理行政复议案件12件，同比增长20%。\r\n';
const utf8 = (s: string) => new TextEncoder().encode(s);

async function decodeError(bytes: Uint8Array, file: string): Promise<DecodeError> {
  const err = await decodeReport(bytes, file).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DecodeError);
  return err as DecodeError;
}

describe('plain text encodings', () => {
  it('keeps UTF-8 text, its BOM and \\r\\n exactly as in the file', async () => {
    const decoded = await decodeReport(utf8('\ufeff' + REPORT), 'a.txt');
    expect(decoded).toEqual({ text: '\ufeff' + REPORT, format: 'txt', encoding: 'utf-8' });
  });

  it('detects GB18030 / GBK without being told', async () => {
    const decoded = await decodeReport(encodeGb18030(REPORT), 'a.txt');
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text).toBe(REPORT);
  });

  it.each(['le', 'be'] as const)('reads UTF-16 %s with a BOM, and UTF-16 LE without one', async (order) => {
    expect((await decodeReport(encodeUtf16(REPORT, order), 'a.txt')).text).toBe(REPORT);
    if (order === 'le')
      expect((await decodeReport(encodeUtf16(REPORT, 'le', false), 'a.txt')).text).toBe(REPORT);
  });

  it('tolerates a UTF-8 file cut inside its last character', async () => {
    const bytes = utf8(REPORT + '根据');
    const decoded = await decodeReport(bytes.subarray(0, bytes.length - 1), 'cut.txt');
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text.startsWith(REPORT + '根')).toBe(true);
  });
});

describe('format detection', () => {
  it('trusts magic bytes over the extension', () => {
    expect(detectFormat(strToU8('%PDF-1.7\n'), 'report.txt')).toBe('pdf');
    expect(detectFormat(zipSync({ a: strToU8('x') }), 'report.txt')).toBe('docx');
    expect(detectFormat(utf8('  <!DOCTYPE html><html>'), 'report.txt')).toBe('html');
    expect(detectFormat(utf8('正文'), 'report.htm')).toBe('html');
    expect(detectFormat(utf8('正文'), 'report')).toBe('txt');
    expect(detectFormat(utf8('<html><body>正文'), 'saved-from-site.doc')).toBe('html');
    expect(detectFormat(utf8('正文'), 'old.doc')).toEqual({
      unsupported: 'legacy Word .doc; save it as .docx',
    });
  });
});

describe('errors name the file and the reason', () => {
  it('rejects an empty file', async () => {
    const err = await decodeError(new Uint8Array(0), 'empty.txt');
    expect(err.message).toBe('empty.txt: empty file');
  });

  it('rejects binary content', async () => {
    const bytes = Uint8Array.from({ length: 512 }, (_, i) => (i * 37) % 256);
    expect((await decodeError(bytes, 'blob.txt')).reason).toMatch(/binary/);
  });

  it('rejects legacy Word and images with advice', async () => {
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect((await decodeError(ole, 'old.doc')).reason).toMatch(/unsupported format: .*\.docx/);
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect((await decodeError(png, 'scan.png')).reason).toMatch(/OCR/);
  });

  it('rejects a corrupt docx and a zip that is not a Word document', async () => {
    const docx = buildDocx(REPORT);
    const corrupt = await decodeError(docx.subarray(0, docx.length >> 1), 'broken.docx');
    expect(corrupt.file).toBe('broken.docx');
    expect(corrupt.reason).toMatch(/corrupt \.docx/);
    const xlsx = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') });
    expect((await decodeError(xlsx, 'sheet.docx')).reason).toMatch(/word\/document\.xml/);
  });

  it('rejects an encrypted pdf', async () => {
    const err = await decodeError(buildEncryptedPdf(), 'locked.pdf');
    expect(err.message).toBe('locked.pdf: encrypted pdf (password required)');
  });

  it('rejects a truncated pdf', async () => {
    const pdf = buildPdf(REPORT);
    const err = await decodeError(pdf.subarray(0, 600), 'cut.pdf');
    expect(err.message).toMatch(/^cut\.pdf: /);
    expect(err.reason).toMatch(/truncated|no text layer|corrupt/);
  });
});

describe('html', () => {
  it('drops navigation, scripts and a footer holding hotline, ICP and visit numbers', async () => {
    const decoded = await decodeReport(utf8(buildWebPage(REPORT)), 'page.html');
    expect(decoded.format).toBe('html');
    expect(decoded.text.split('\n')).toEqual([
      '某某县司法局2021年法治政府建设年度报告',
      '一、主要举措和成效',
      '全年办理行政复议案件12件，同比增长20%。',
    ]);
    expect(decoded.text).not.toMatch(/12345|ICP|8866|0731|浏览次数|首页|分享到|visits/);
  });

  it('reads a gb2312 page by its meta charset', async () => {
    const decoded = await decodeReport(encodeGb18030(buildWebPage(REPORT, 'gb2312')), 'page.htm');
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text).toContain('全年办理行政复议案件12件');
  });

  it('decodes entities, turns blocks into lines and keeps tables as rows', () => {
    const html =
      '<div>行政复议&nbsp;&ldquo;案件&rdquo;&#x31;&#50;件&amp;<br>第二行</div><p>跨行\n文字</p>' +
      '<table><tr><td>行政许可</td><td>6项</td></tr><tr><td>行政处罚</td><td>32项</td></tr></table>';
    expect(htmlToText(html).split('\n')).toEqual([
      '行政复议 “案件”12件&',
      '第二行',
      '跨行文字',
      '行政许可 | 6项',
      '行政处罚 | 32项',
    ]);
    expect(decodeEntities('&lt;&unknown;&#0;&copy')).toBe('<&unknown;\ufffd©');
  });

  it('keeps the article when a junk container is left open', () => {
    const html = '<div class="footer"><p>网站地图</p><div><p>全年共办理行政复议案件12件。</p>';
    expect(htmlToText(html)).toContain('全年共办理行政复议案件12件。');
  });
});

describe('docx', () => {
  it('reads paragraphs and drops [bookmark: …] artefacts', async () => {
    const decoded = await decodeReport(
      buildDocx('[bookmark: _Toc1]一、主要工作\n共梳理行政许可6项。'),
      'r.docx',
    );
    expect(decoded).toMatchObject({ format: 'docx', text: '一、主要工作\n共梳理行政许可6项。' });
  });
});

describe('pdf', () => {
  it('reads Chinese set in a non-embedded font through pdfjs character maps', async () => {
    const decoded = await decodeReport(buildCMapPdf('行政复议案件12件'), 'song.pdf');
    expect(decoded).toMatchObject({ format: 'pdf', text: '行政复议案件12件' });
  });
});

describe('pdf layout', () => {
  const item = (str: string, x: number, y: number): PdfTextItem => ({
    str,
    x,
    y,
    width: str.length * 10,
    size: 10,
  });

  it('joins lines broken by the page width and drops page numbers and running headers', () => {
    const page = (n: number, body: PdfTextItem[]) => ({
      items: [item('某某县司法局年度报告', 100, 800), ...body, item(`- ${n} -`, 250, 40)],
    });
    const text = layoutPdfText([
      page(1, [
        item('一、主要工作', 50, 700),
        item('全年办理行政复议案件', 50, 680),
        item('12件，同比增长。', 50, 660),
      ]),
      page(2, [item('二、存在的不足', 50, 700), item('人员力量不足', 50, 680)]),
    ]);
    expect(text).toBe('一、主要工作\n全年办理行政复议案件12件，同比增长。\n二、存在的不足\n人员力量不足');
  });

  it('maps Kangxi and supplement radicals from CJK fonts back to ideographs', () => {
    expect(foldRadicals('⾏政复议⻅⾯')).toBe('行政复议见面');
  });
});
