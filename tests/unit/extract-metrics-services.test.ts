import { describe, expect, it } from 'vitest';
import { extract } from './extract-metrics-helpers.ts';

describe('government services and licensing', () => {
  it('reads the service item list', () => {
    const r = extract('对照权责清单，梳理政务服务事项清单58项，全部在省平台挂网运行。');
    expect(r.get('services.listed')).toMatchObject({
      value: 58,
      unit: 'item',
      evidence: '梳理政务服务事项清单58项',
    });
  });

  it('reads a rate stated after its change, or raised to a value in the report year', () => {
    expect(extract('全县网上可办率较上年提高5.3个百分点，达到99.1%。').values()).toEqual({
      'online.available_rate': 99.1,
    });
    expect(extract('全程网办率由2020年的85%提高到2021年的98%。', { report_year: 2021 }).values()).toEqual({
      'online.full_rate': 98,
    });
    expect(extract('即办件占比同比提高3个百分点。').metrics).toEqual([]);
    expect(extract('力争到2025年全程网办率达到100%。', { report_year: 2021 }).metrics).toEqual([]);
    expect(extract('全程网办率由85%提高到2023年的98%。', { report_year: 2021 }).metrics).toEqual([]);
  });

  it('reads a licence named in book-title brackets', () => {
    expect(extract('共核发《食品经营许可证》2876张。').get('licenses.issued')?.value).toBe(2876);
  });

  it('reads licences issued named as a list of kinds', () => {
    expect(extract('核发道路运输经营许可证、道路运输证等证照8740张。').get('licenses.issued')?.value).toBe(
      8740,
    );
    expect(extract('核发排污许可证、辐射安全许可证等证照962份。').get('licenses.issued')?.value).toBe(962);
  });

  it('leaves list numbering out of the evidence', () => {
    const r = extract('一、基本情况\n5.全市政务服务事项网上可办率达到99.8%。\n（三）即办件比例达到45%。');
    expect(r.get('online.available_rate')?.evidence).toBe('全市政务服务事项网上可办率达到99.8%');
    expect(r.get('online.immediate_rate')?.evidence).toBe('即办件比例达到45%');
  });

  it('reads a number written before the noun: 接入1200个政务服务事项', () => {
    expect(extract('平台已接入1200个政务服务事项。').get('services.listed')?.value).toBe(1200);
  });

  it('does not count sunk or online-capable items as the list', () => {
    const r = extract('整理形成下沉乡村受办事项65项，新增政务服务事项12项，网上可办政务服务事项320项。');
    expect(r.get('services.listed')).toBeUndefined();
  });

  it('reads transaction volumes with 万 and approximations', () => {
    expect(extract('政务服务大厅年办件量约16万件。').get('services.transactions')).toMatchObject({
      value: 160000,
      qualifier: 'exact',
    });
    expect(
      extract('全年办理审批服务事项20.9万余件，按期办结率100%。').get('services.transactions'),
    ).toMatchObject({
      value: 209000,
      qualifier: 'approx_lower',
    });
    expect(
      extract('截至目前，事项总数14.2万，其中即办件为4.1万件。').get('services.transactions')?.value,
    ).toBe(142000);
  });

  it("prefers the year's volume over a cumulative one", () => {
    const r = extract('全年办件量15.6万件。平台上线以来累计办件量超过120万件。');
    expect(r.get('services.transactions')?.value).toBe(156000);
    expect(r.candidates[0].reason).toMatch(/cumulative|up to now/);
  });

  it('does not count hotline tickets, enquiries or one-visit parts as transactions', () => {
    const r = extract('12345热线办理各类工单3.5万件，解答咨询2.65万件；其中“最多跑一次”办件量为1.1万件。');
    expect(r.get('services.transactions')).toBeUndefined();
  });

  it('keeps a year-on-year change out of the figure', () => {
    const r = extract('全市政务服务办件数858万件，同比增加40%。');
    expect(r.values()).toEqual({ 'services.transactions': 8580000 });
  });

  it('reads licensing applications accepted and licences issued', () => {
    const r = extract('2021年，共受理无线电台站审批业务31件，核发无线电台执照2,406份。');
    expect(r.get('licenses.accepted')).toMatchObject({
      value: 31,
      unit: 'case',
      evidence: '共受理无线电台站审批业务31件',
    });
    expect(r.get('licenses.issued')).toMatchObject({ value: 2406, unit: 'document' });
  });

  it('reads traditional script licensing figures', () => {
    const r = extract('共受理行政許可申請1,326件，核發各類許可證1,102張。');
    expect(r.values()).toEqual({ 'licenses.accepted': 1326, 'licenses.issued': 1102 });
  });

  it('reads 准予许可 as licences issued and ignores 不予许可', () => {
    const r = extract('全年受理行政许可申请520件，准予许可498件，不予许可14件。');
    expect(r.values()).toEqual({ 'licenses.accepted': 520, 'licenses.issued': 498 });
  });

  it('does not count enforcement certificates as licences', () => {
    expect(extract('为执法人员换发行政执法证件56个。').get('licenses.issued')).toBeUndefined();
  });

  it('prefers the stated total of accepted applications over a category', () => {
    const r = extract('市政设施类审批受理8件；共受理各类审批业务39件。');
    expect(r.get('licenses.accepted')?.value).toBe(39);
  });
});

describe('online service rates', () => {
  it('gives one value to every rate listed before 均达', () => {
    const r = extract('行政许可事项网上可办率、全程网办率均达100%，实现“零跑动”。');
    expect(r.values()).toEqual({ 'online.available_rate': 100, 'online.full_rate': 100 });
    expect(r.get('online.full_rate')?.evidence).toBe('行政许可事项网上可办率、全程网办率均达100%');
  });

  it('maps 分别达到 values to the rates in order', () => {
    const r = extract('全市网上可办率、全程网办率分别达到99%和95%。');
    expect(r.values()).toEqual({ 'online.available_rate': 99, 'online.full_rate': 95 });
  });

  it('reads each named rate', () => {
    const r = extract(
      '网上可办事项二级及以上的政务服务事项占比97.63%，网上办理率达到了29.84%，即办件占比42.3%。',
    );
    expect(r.values()).toEqual({
      'online.available_rate': 97.63,
      'online.processed_rate': 29.84,
      'online.immediate_rate': 42.3,
    });
  });

  it('finds the subject of a bare 占比 in the clause before it', () => {
    const r = extract('事项总数8.6万，其中即办件为3.1万件，占比36.05%。最多跑一次6.2万件，占比72.09%。');
    expect(r.get('online.immediate_rate')).toMatchObject({
      value: 36.05,
      evidence: '其中即办件为3.1万件，占比36.05%',
    });
    expect(r.get('online.one_visit_rate')).toMatchObject({
      value: 72.09,
      evidence: '最多跑一次6.2万件，占比72.09%',
    });
  });

  it('reads 占总量的 after a one-visit volume', () => {
    const r = extract('平台累计办件量2489万件，其中“最多跑一次”办件量为1377.1万件，占总量的55.32%。');
    expect(r.get('online.one_visit_rate')?.value).toBe(55.32);
  });

  it('reads a rate written as 百分之', () => {
    expect(extract('政务服务事项网上可办率达到百分之九十八。').get('online.available_rate')?.value).toBe(98);
  });

  it('does not take a sub-level share after 其中', () => {
    const r = extract('网上可办事项二级及以上占比97.63%，其中三级及以上占比63.15%。');
    expect(r.values()).toEqual({ 'online.available_rate': 97.63 });
  });

  it('ignores rates the catalog does not define', () => {
    const r = extract(
      '审批时限压减率达96.31%，处理率达到100%，学法覆盖率达100%，参考率及合格率均超过95%，差评整改率100%，群众满意率99.14%。',
    );
    expect(r.metrics).toEqual([]);
  });

  it('ignores goals', () => {
    expect(extract('力争2023年底前网上可办率达100%。').metrics).toEqual([]);
    expect(extract('推动全程网办率提升至90%以上的目标。').metrics).toEqual([]);
  });
});
