import { describe, expect, it } from 'vitest';
import { extract } from './extract-metrics-helpers.ts';

describe('normative documents', () => {
  it('reads documents issued, with the noun before or after the number', () => {
    expect(
      extract('2021年我局牵头制定并以市政府名义发布的规范性文件4件。').get('docs.normative_issued'),
    ).toMatchObject({
      value: 4,
      unit: 'document',
      evidence: '制定并以市政府名义发布的规范性文件4件',
    });
    expect(extract('今年共印发5件规范性文件。').get('docs.normative_issued')?.value).toBe(5);
  });

  it('sums issues by two issuers stated in one sentence', () => {
    const r = extract('全年以市政府名义印发规范性文件12件，以市政府办公室名义印发规范性文件8件。');
    expect(r.get('docs.normative_issued')).toMatchObject({ value: 20, qualifier: 'derived' });
  });

  it('does not count documents reviewed, filed or planned as issued', () => {
    expect(extract('审查各部门报送的规范性文件38件。').metrics).toEqual([]);
    expect(extract('完成规范性文件备案审查3件。').metrics).toEqual([]);
    expect(extract('全年计划制定规范性文件10件。').metrics).toEqual([]);
  });

  it('reads a clean-up: retained and abolished', () => {
    const r = extract('对现行规范性文件进行全面清理。经清理，继续保留文件26份，废止文件9份。');
    expect(r.values()).toEqual({ 'docs.normative_retained': 26, 'docs.normative_abolished': 9 });
  });

  it('sums 废止 and 宣布失效 and reads 继续有效 as retained', () => {
    const r = extract('此次共清理规范性文件120件，其中继续有效98件，废止15件，宣布失效7件，需修改3件。');
    expect(r.get('docs.normative_retained')?.value).toBe(98);
    expect(r.get('docs.normative_abolished')).toMatchObject({ value: 22, qualifier: 'derived' });
  });

  it('does not read regulations (规章) or a sentence without a clean-up', () => {
    expect(extract('清理规范性文件时一并废止规章4件。').get('docs.normative_abolished')).toBeUndefined();
    expect(extract('主动公开市政府规章13件（含废止4件）。').metrics).toEqual([]);
  });
});

describe("deputies' suggestions and members' proposals", () => {
  it('reads a combined figure', () => {
    const r = extract('2020年共办理人大代表、政协委员议案、提案及意见建议共计9件。');
    expect(r.values()).toEqual({ 'proposals.handled': 9 });
  });

  it('reads the two separately and derives the handled total', () => {
    const r = extract('今年承办市人大代表建议285件、市政协提案412件，办结率100%。');
    expect(r.get('proposals.npc_suggestions')).toMatchObject({
      value: 285,
      evidence: '承办市人大代表建议285件',
    });
    expect(r.get('proposals.cppcc_proposals')?.value).toBe(412);
    expect(r.get('proposals.handled')).toMatchObject({ value: 697, qualifier: 'derived' });
  });

  it('reads session names without taking their numerals', () => {
    const r = extract(
      '由我局承办的市六届人大三次会议议案建议共11件；市政协六届二次会议提案共计7件，其中主办提案5件。',
    );
    expect(r.values()).toEqual({
      'proposals.npc_suggestions': 11,
      'proposals.cppcc_proposals': 7,
      'proposals.handled': 18,
    });
  });

  it('reads traditional script', () => {
    const r = extract('國務院各部門辦理全國人大代表建議5120件，全國政協委員提案3208件。');
    expect(r.values()).toMatchObject({
      'proposals.npc_suggestions': 5120,
      'proposals.cppcc_proposals': 3208,
    });
  });

  it('does not count opinions adopted, replies published or other entities in a 分别 list', () => {
    expect(extract('各部门共采纳代表委员所提意见建议近3200条。').metrics).toEqual([]);
    expect(extract('全年共公开建议提案办理复文6300余件。').metrics).toEqual([]);
    expect(extract('甲部、乙部承办的建议提案分别达到668件、782件。').metrics).toEqual([]);
  });
});
