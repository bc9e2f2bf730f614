import { describe, expect, it } from 'vitest';
import { extract } from './extract-metrics-helpers.ts';

describe('certified enforcement staff', () => {
  it.each([
    ['全局有31人持行政执法证，4人持执法监督证。', 31],
    ['全县持证行政执法人员共计1,520名。', 1520],
    ['在岗行政执法持证人员212人。', 212],
    ['其中持有有效执法证件人员 24 名。', 24],
    ['执法证持有人员38人，执证率达95%。', 38],
    ['我委现有持证人员45人，均参加了年度执法培训。', 45],
    ['行政执法人员共计215人，均持有行政执法证件。', 215],
    ['全局持有执法证42人。', 42],
    ['具有执法资格的人员56名。', 56],
    ['全系统共有执法证件人员7800人。', 7800],
  ])('%s -> %d', (text, value) => {
    expect(extract(text).get('staff.enforcement_certified')).toMatchObject({ value, unit: 'person' });
  });

  it('does not read staff without certificates, or changes in the stock', () => {
    expect(extract('现有在编干部职工48人，辅助执法人员15名。').metrics).toEqual([]);
    expect(extract('今年新增持证执法人员6人，注销行政执法证件3人，有2名持证人员调离。').metrics).toEqual([]);
    expect(extract('15名执法人员新领行政执法证。').metrics).toEqual([]);
    expect(extract('新增申领执法证件人员560人，注销执法证件人员120人。').metrics).toEqual([]);
  });

  it('does not read the certification rate as a head count', () => {
    expect(extract('持证率达100%。').metrics).toEqual([]);
    expect(extract('保持应持证人员持证率达100%。').metrics).toEqual([]);
  });

  it('does not read people counted for training or exams', () => {
    expect(extract('组织全局43名干部参加在线普法学习和测试，全员通过。').metrics).toEqual([]);
  });
});

describe('legal advisers', () => {
  it('reads the fee written after the number: (5万顾问费)', () => {
    const r = extract('聘请律师事务所担任法律顾问（8万顾问费），为重大决策把关。');
    expect(r.get('advisor.fee')).toMatchObject({ value: 80000, unit: 'yuan', evidence: '8万顾问费' });
  });

  it('reads the fee named before the number', () => {
    expect(extract('全年支付法律顾问服务费12万元。').get('advisor.fee')?.value).toBe(120000);
    expect(extract('法律顾问费用预算为15万元。').get('advisor.fee')?.value).toBe(150000);
  });

  it('reads a budget that pays for the advisers hired in the same sentence', () => {
    const r = extract('2021申请财政预算（9万元）经费，聘请律师团队担任常年法律顾问。');
    expect(r.get('advisor.fee')).toMatchObject({ value: 90000, evidence: '2021申请财政预算（9万元）经费' });
  });

  it('does not take general rule-of-law funds as adviser fees', () => {
    expect(extract('全年法治工作经费开支共计25万余元。').metrics).toEqual([]);
    expect(extract('安排普法经费20万元，聘请律师开展法律讲座。').metrics).toEqual([]);
  });

  it('reads legal opinions with 余 and with the noun after the number', () => {
    expect(extract('2020年共出具法律意见书100余份。').get('advisor.opinions')).toMatchObject({
      value: 100,
      qualifier: 'approx_lower',
      unit: 'document',
      evidence: '共出具法律意见书100余份',
    });
    expect(extract('全年提出法律意见建议120条。').get('advisor.opinions')?.value).toBe(120);
    expect(extract('为重大决策出具56份法律意见书。').get('advisor.opinions')?.value).toBe(56);
    expect(extract('出具法律审查意见86份。').get('advisor.opinions')?.value).toBe(86);
  });

  it('does not count opinions the agency asked for or contracts reviewed', () => {
    expect(extract('全年征求法律意见35条，审查合同120份。').metrics).toEqual([]);
  });
});
