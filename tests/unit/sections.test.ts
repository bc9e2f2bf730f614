import { describe, expect, it } from 'vitest';
import { OUTLINE_AREAS, tagAreas } from '../../src/lib/extract/outline-areas.ts';
import { extractReport } from '../../src/lib/extract/index.ts';
import { normalizeText } from '../../src/lib/extract/normalize-text.ts';
import { detectMandatedParts } from '../../src/lib/extract/sections/mandated-parts.ts';
import { splitSections } from '../../src/lib/extract/sections/split-sections.ts';
import { goldRows, SEED_FILES, seedText } from '../fixtures/seeds.ts';

const sections = (text: string) => splitSections(normalizeText(text));

describe('splitSections', () => {
  it('finds the headings of seed 000 at their levels, repairing "(1)" followed by "（二）"', () => {
    const text = seedText(SEED_FILES[0]);
    const got = sections(text).map((s) => `${s.level} ${s.heading}`);
    expect(got.slice(0, 5)).toEqual([
      '1 一、2020年主要工作',
      '2 (一)加强组织领导,强化法治责任意识',
      '3 1.落实第一责任人职责',
      '3 2.全面强化法治思维',
      '2 (二)坚持科学规范,提升依法行政水平',
    ]);
    expect(got.slice(-9)).toEqual([
      '1 二、存在的不足',
      '4 一是法治观念有待进一步提升',
      '4 二是应诉压力逐年上升',
      '4 三是专业人才紧缺',
      '1 三、2021年推进法治政府建设的主要安排',
      '2 (1)  强化法治政府建设的组织领导',
      '2 (二)扎实推进行政执法三项制度',
      '2 (三)积极开展法治宣传',
      '2 (四)提升政务服务质量',
    ]);
  });

  it('gives offsets into the text, paths and ends at the next same-or-higher heading', () => {
    const text =
      '\ufeff报告\r\n一、主要工作\r\n（一）组织领导\r\n1.落实责任\r\n正文。\r\n（二）依法决策\r\n正文。\r\n二、存在的不足\r\n不足。';
    const list = sections(text);
    const norm = normalizeText(text);
    expect(list.map((s) => norm.slice(s.start, s.start + s.heading.length))).toEqual(
      list.map((s) => s.heading),
    );
    const first = list[0];
    expect(first).toMatchObject({ ordinal: 0, level: 1, path: ['一、主要工作'] });
    expect(text.slice(first.start, first.end)).toBe(
      '一、主要工作\r\n（一）组织领导\r\n1.落实责任\r\n正文。\r\n（二）依法决策\r\n正文。\r\n',
    );
    expect(list[2]).toMatchObject({
      heading: '1.落实责任',
      level: 3,
      path: ['一、主要工作', '(一)组织领导', '1.落实责任'],
    });
    expect(list[list.length - 1].end).toBe(text.length);
  });

  it('takes 一是/二是 sentences inside a paragraph as level-4 headings, in sequence only', () => {
    const list = sections(
      '二、存在的问题\n一是队伍不足。人员流动大。二是经费紧张；三是制度不全。五是跳号。这一是非问题。',
    );
    expect(list.map((s) => `${s.level} ${s.heading}`)).toEqual([
      '1 二、存在的问题',
      '4 一是队伍不足',
      '4 二是经费紧张',
      '4 三是制度不全',
    ]);
  });

  it('does not take dates, decimals, table rows or list fragments for headings', () => {
    const list = sections(
      '12.4宪法宣传日开展活动。\n2021.3月印发方案。\n1 | 2 | 3\n1.5万件已办结。\n(1)\n一、正文标题',
    );
    expect(list.map((s) => s.heading)).toEqual(['一、正文标题']);
  });

  it('cuts a long numbered paragraph at its leading sentence', () => {
    const [s] = sections(
      '1.推进政府职能协同高效。推行权责清单制度，依法梳理编制权力和责任清单并向社会公开，进一步细化法治要求。',
    );
    expect(s.heading).toBe('1.推进政府职能协同高效');
  });
});

describe('outline areas', () => {
  it('exports the 7 tasks of 2015-2020 and the 8 systems of 2021-2025 with stable ids and labels', () => {
    expect(OUTLINE_AREAS.filter((a) => a.outline === '2015-2020')).toHaveLength(7);
    expect(OUTLINE_AREAS.filter((a) => a.outline === '2021-2025')).toHaveLength(8);
    expect(new Set(OUTLINE_AREAS.map((a) => a.id)).size).toBe(15);
    expect(OUTLINE_AREAS.every((a) => a.zh && a.en)).toBe(true);
  });

  it('tags the seven main tasks of seed 002 by their headings', () => {
    const tasks = sections(seedText(SEED_FILES[2])).filter(
      (s) => s.path[0] === '二、主要任务' && s.level === 2,
    );
    expect(tasks.map((s) => s.areas.filter((a) => a.startsWith('o2015')))).toEqual([
      ['o2015.functions'],
      ['o2015.institutions'],
      ['o2015.decisions'],
      ['o2015.enforcement'],
      ['o2015.oversight'],
      ['o2015.disputes'],
      ['o2015.capacity'],
    ]);
  });

  it('tags by body density when the heading says nothing, and may tag none', () => {
    const body = '全年办理行政复议案件12件，行政应诉案件3件，信访事项20件，矛盾纠纷化解率98%，调解成功。';
    expect(tagAreas('（三）其他工作', body)).toEqual(['o2015.disputes', 'o2021.disputes']);
    expect(tagAreas('（四）其他工作', '全年工作顺利完成。')).toEqual([]);
    expect(tagAreas('（二）健全突发事件应对体系', '')).toEqual(['o2021.emergencies']);
  });
});

describe('mandated parts', () => {
  const gold = goldRows('seeds-mandated-parts.csv');
  it.each(SEED_FILES)('%s equals the gold file', (file) => {
    const parts = extractReport(seedText(file), file).parts;
    const want = gold.filter((r) => r.file === file);
    expect(parts.map((p) => [p.part, p.present])).toEqual(want.map((r) => [r.part, r.present]));
    for (const p of parts.filter((x) => x.present === 'section' || x.present === 'subsection')) {
      expect(p.heading).toBe(want.find((r) => r.part === p.part)?.evidence);
    }
  });

  it('finds thematic top-level sections as the measures part and an 其他 section', () => {
    const norm =
      '一、深入学习法治思想\n正文。\n二、严格规范执法\n正文。\n三、存在的问题\n正文。\n四、下一步工作打算\n正文。\n五、其他需要报告的情况\n无。';
    const parts = detectMandatedParts({ norm, sections: splitSections(norm), docType: 'annual_report' });
    expect(parts.map((p) => `${p.part}:${p.present}:${p.heading}`)).toEqual([
      'measures:section:一、深入学习法治思想',
      'shortcomings:section:三、存在的问题',
      'first_responsible:absent:null',
      'next_year:section:四、下一步工作打算',
      'other:section:五、其他需要报告的情况',
    ]);
    expect(
      detectMandatedParts({ norm, sections: [], docType: 'other' }).every((p) => p.present === 'n/a'),
    ).toBe(true);
  });
});
