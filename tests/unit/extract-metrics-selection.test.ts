import { describe, expect, it } from 'vitest';
import { extract } from './extract-metrics-helpers.ts';

describe('one value per metric, chosen by explicit rules', () => {
  it("prefers the jurisdiction's figure over a named city's inside a national report", () => {
    const text =
      '上半年，全国环境行政处罚案件共下达处罚决定书65230份，罚没款金额为480210.5万元。1-6月份，临沂市共立案查处环境违法行为1015起，处罚金额5242.04万元。';
    const r = extract(text);
    expect(r.values()).toEqual({ 'cases.penalty': 65230, 'cases.penalty_amount': 4802105000 });
    const national = extract(text, { agency: '生态环境部', level: 'national' });
    expect(national.values()).toEqual({ 'cases.penalty': 65230, 'cases.penalty_amount': 4802105000 });
  });

  it('blocks a named place that is not the reporting entity once the document says where it is from', () => {
    const text = '西湖区共办理行政处罚案件300起，罚没款80万元。';
    const r = extract(text, { agency: '杭州市上城区市场监督管理局', province: '浙江', city: '杭州' });
    expect(r.metrics).toEqual([]);
    expect(r.candidates.map((c) => c.reason)).toEqual(['another entity: 西湖区', 'another entity: 西湖区']);
  });

  it("keeps the reporting entity's own place name", () => {
    const r = extract('西平县乡镇人民政府权责清单共计203项。', { agency: '西平县人民政府', city: '驻马店' });
    expect(r.get('powers.total')?.value).toBe(203);
  });

  it('uses an unknown named place when nothing better is stated', () => {
    const r = extract('铁岭两级法院新收一审行政案件240件，全市行政复议机关新收案件709件。');
    expect(r.values()).toEqual({ 'cases.litigation': 240, 'cases.reconsideration': 709 });
  });

  it('does not mistake a figure after 根据《…》要求 for a cited document', () => {
    const r = extract('根据《法治政府建设与责任落实督察工作规定》要求，全年共办理行政复议案件12件。');
    expect(r.get('cases.reconsideration')?.value).toBe(12);
  });

  it('keeps a regional branch named in full, but not its central body', () => {
    const branch = {
      agency: '国家税务总局十堰市税务局',
      level: 'municipal',
      province: '湖北',
      city: '十堰',
    } as const;
    const own = extract('国家税务总局十堰市税务局共作出行政处罚决定156件，罚没款金额共计356万元。', branch);
    expect(own.values()).toEqual({ 'cases.penalty': 156, 'cases.penalty_amount': 3560000 });
    const central = extract('国家税务总局全年共作出行政处罚决定9.6万件。', branch);
    expect(central.metrics).toEqual([]);
    expect(central.candidates[0].reason).toBe('a higher body: 国家税务总局');
  });

  it('reads a case kind that is the agency’s own field as its whole caseload', () => {
    const text = '全年共立案查处环境违法案件286件，罚没款金额2356.8万元。';
    expect(extract(text, { agency: '十堰市生态环境局' }).values()).toEqual({
      'cases.penalty': 286,
      'cases.penalty_amount': 23568000,
    });
    expect(extract(text, { agency: '十堰市市场监督管理局' }).metrics).toEqual([]);
  });

  it('never takes an unnamed other entity (某县)', () => {
    const r = extract('某县共立案查处违法案件300起，罚款50万元。');
    expect(r.metrics).toEqual([]);
    expect(r.candidates[0].reason).toBe('another entity: 某县');
  });

  it('skips every figure of a 分别 list of other entities', () => {
    const r = extract('济南、临沂、菏泽受理行政一审案件数分别为3595件、3125件、2655件。');
    expect(r.metrics).toEqual([]);
    expect(r.candidates.every((c) => c.reason.includes('分别'))).toBe(true);
  });

  it('blocks 其中 parts of a stated total', () => {
    const r = extract('全年共受理各类办件22.6万件，其中窗口受理1.4万件，统一平台受理各类办件1.2万件。');
    expect(r.get('services.transactions')?.value).toBe(226000);
    expect(r.candidates.map((c) => c.reason)).toEqual(['part of a larger total (其中)']);
  });

  it('prefers the report year when figures for several years are given', () => {
    const r = extract('2020年共办理行政处罚案件180件，2021年共办理行政处罚案件210件。', {
      report_year: 2021,
    });
    expect(r.get('cases.penalty')?.value).toBe(210);
    expect(r.candidates[0].reason).toBe('figure for 2020, not the report year');
  });

  it('keeps the first mention when two figures are equally good, with a reason', () => {
    const r = extract('行政诉讼案件3件。行政诉讼案件5件。');
    expect(r.get('cases.litigation')?.value).toBe(3);
    expect(r.candidates[0]).toMatchObject({ value: 5, reason: 'a later mention; the first figure was kept' });
  });

  it('marks a repeated value as such', () => {
    const r = extract('共下达处罚决定书72192份。全国共下达处罚决定书72192份。');
    expect(r.candidates[0].reason).toBe('same value stated again');
  });

  it('keeps every candidate evidence equal to the original text slice', () => {
    const text = '\uFEFF一、總體情況\r\n全年共受理行政復議申請１１５件，共收到行政復議申請１２８件。\r\n';
    const r = extract(text);
    expect(r.get('cases.reconsideration')).toMatchObject({
      value: 128,
      evidence: '共收到行政復議申請１２８件',
    });
    expect(r.candidates).toHaveLength(1);
  });
});

describe('jurisdiction above the reporting entity', () => {
  it("prefers the city's own figure over a national one quoted for context", () => {
    const text = '2022年，全国各级行政复议机关共收到行政复议申请28.6万件。我市共收到行政复议申请1,203件。';
    const r = extract(text, { agency: '某某市司法局', level: 'municipal', city: '某某' });
    expect(r.get('cases.reconsideration')?.value).toBe(1203);
    expect(r.candidates[0].reason).toBe('a higher level: 全国');
  });
});
