import { describe, expect, it } from 'vitest';
import { extract } from './extract-metrics-helpers.ts';

describe('statistical tables', () => {
  it('reads the total and the amount of a one-cell-per-line penalty table', () => {
    const text = [
      '表一',
      '本局2022年度行政处罚实施情况统计表',
      '行政处罚实施数量(宗)',
      '警告',
      '',
      '罚款',
      '',
      '没收违法',
      '',
      '所得、没收',
      '',
      '非法财物',
      '',
      '责令停产停业',
      '',
      '行政',
      '',
      '拘留',
      '',
      '合计(宗)',
      '',
      '罚没金额(万元)',
      '',
      '18',
      '',
      '27',
      '',
      ' ',
      '',
      ' ',
      '',
      '6',
      '',
      '51',
      '',
      '12.5',
      '',
      '',
      '说明：统计范围为全年。',
    ].join('\n');
    const r = extract(text);
    expect(r.get('cases.penalty')).toMatchObject({ value: 51, evidence: '51', rule: 'table.penalty.total' });
    expect(r.get('cases.penalty_amount')).toMatchObject({ value: 125000, evidence: '12.5' });
  });

  it('reads a single-spaced one-cell-per-line table with empty cells', () => {
    const text = [
      '行政处罚实施情况统计表',
      '警告',
      '罚款',
      '没收违法所得',
      '合计(件)',
      '罚没金额(万元)',
      '4',
      '9',
      '',
      '13',
      '2.6',
    ].join('\n');
    expect(extract(text).values()).toEqual({ 'cases.penalty': 13, 'cases.penalty_amount': 26000 });
  });

  it('reads a pipe table with a header row over one value row', () => {
    const text =
      '表2 行政许可实施情况统计表\n申请数量(件) | 受理数量(件) | 许可数量(件) | 不予许可数量(件) |\n520 | 512 | 498 | 14 |';
    const r = extract(text);
    expect(r.values()).toEqual({ 'licenses.accepted': 512, 'licenses.issued': 498 });
    expect(r.get('licenses.accepted')?.evidence).toBe('512');
  });

  it('reads key | value rows, with the row as evidence', () => {
    const text = '项目 | 数量 |\n行政处罚案件(件) | 86 |\n罚没金额(万元) | 12.5 |\n持证执法人员(人) | 40 |';
    const r = extract(text);
    expect(r.values()).toEqual({
      'cases.penalty': 86,
      'cases.penalty_amount': 125000,
      'staff.enforcement_certified': 40,
    });
    expect(r.get('cases.penalty')?.evidence).toBe('行政处罚案件(件) | 86');
  });

  it('takes only the 合计 row of a table broken down by unit', () => {
    const text =
      '单位 | 行政处罚案件(件) | 罚没金额(万元)\n局机关 | 10 | 2\n执法支队 | 20 | 3\n合计 | 30 | 5';
    expect(extract(text).values()).toEqual({ 'cases.penalty': 30, 'cases.penalty_amount': 50000 });
  });

  it('ignores rankings of provinces or districts, totals included', () => {
    const text =
      '表1：各省受理行政复议案件情况（按数量降序排列）\n省份 | 数量 | 省份 | 数量 |\n广东 | 31392 | 河北 | 7040 |\n总计 | 183489 | | |';
    expect(extract(text).metrics).toEqual([]);
    const districts =
      '各区县行政处罚情况（按案件数排序）\n区县 | 行政处罚案件 | 罚没金额(万元)\n甲区 | 120 | 30\n乙区 | 80 | 20\n合计 | 200 | 50';
    expect(extract(districts).metrics).toEqual([]);
  });

  it('ignores a table with several value rows and no total row', () => {
    const text = '年份 | 行政处罚案件(件) | 罚没金额(万元)\n2020 | 100 | 5\n2021 | 120 | 6';
    expect(extract(text).metrics).toEqual([]);
  });

  it('reads the report year’s column of a table with one column per year', () => {
    const text = [
      '主要法治指标对比',
      '| 项目 | 2019年 | 2018年 | 同比 |',
      '| --- | --- | --- | --- |',
      '| 行政复议案件（件） | 45 | 52 | -13.5% |',
      '| 败诉案件（件） | 2 | 1 | +100% |',
      '| 罚没款（万元） | 963.2 | 1025.6 | -6.1% |',
    ].join('\n');
    expect(extract(text, { report_year: 2019 }).values()).toEqual({
      'cases.reconsideration': 45,
      'cases.litigation.lost': 2,
      'cases.penalty_amount': 9632000,
    });
    expect(extract(text, { report_year: 2018 }).get('cases.reconsideration')?.value).toBe(52);
    expect(extract(text, { report_year: 2020 }).metrics).toEqual([]);
    expect(extract(text).metrics).toEqual([]);
  });

  it('reads normative documents from the standard table of a disclosure report, and no lawsuit counts', () => {
    const text = [
      '二、主动公开政府信息情况',
      '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
      '| 规章 | 0 | 0 | 0 |',
      '| 行政规范性文件 | 3 | 2 | 27 |',
      '四、政府信息公开行政复议、行政诉讼情况',
      '| 行政复议 | | | | | 行政诉讼 |',
      '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 |',
      '| 1 | 0 | 0 | 0 | 1 | 0 |',
    ].join('\n');
    expect(extract(text).values()).toEqual({ 'docs.normative_issued': 3, 'docs.normative_abolished': 2 });
  });

  it('reads a category | item | value table by its category and item, not its column header', () => {
    const text = [
      '| 执法类别 | 统计项目 | 数量 |',
      '| 行政许可 | 受理申请（件） | 1,204 |',
      '| 行政处罚 | 普通程序案件（件） | 386 |',
      '| 行政处罚 | 简易程序案件（件） | 1,022 |',
      '| 行政处罚 | 合计（件） | 1,408 |',
      '| 行政处罚 | 罚没金额（万元） | 257.3 |',
      '| 行政强制 | 强制措施（件） | 45 |',
      '| 执法人员 | 持证执法人员（人） | 142 |',
    ].join('\n');
    expect(extract(text).values()).toEqual({
      'licenses.accepted': 1204,
      'cases.penalty': 1408,
      'cases.penalty_amount': 2573000,
      'staff.enforcement_certified': 142,
    });
  });

  it('skips money columns whose unit is not stated', () => {
    expect(extract('项目 | 数量 |\n罚没金额 | 12.5 |').metrics).toEqual([]);
  });

  it('does not align a wrapped header when the 合计 check fails', () => {
    const text = [
      '处罚情况统计表',
      '警告',
      '罚',
      '款',
      '合计(件)',
      '罚没金额(万元)',
      '4',
      '9',
      '20',
      '2.6',
    ].join('\n');
    expect(extract(text).metrics).toEqual([]);
  });

  it('works with CRLF line ends', () => {
    const text = '项目 | 数量 |\r\n行政处罚案件(件) | 7 |\r\n罚没金额(万元) | 1.5 |\r\n';
    expect(extract(text).values()).toEqual({ 'cases.penalty': 7, 'cases.penalty_amount': 15000 });
  });
});
