import { describe, expect, it } from 'vitest';
import { extract } from './extract-metrics-helpers.ts';

describe('power list (权责清单) rules', () => {
  it('reads each category of an enumeration and derives the total when the list is complete', () => {
    const r = extract(
      '2022年，我委动态调整权力清单，共梳理行政许可9项、行政处罚57项、行政强制4项、行政检查12项、行政确认3项、其他行政职权5项。',
    );
    expect(r.values()).toEqual({
      'powers.licensing': 9,
      'powers.penalty': 57,
      'powers.coercion': 4,
      'powers.inspection': 12,
      'powers.confirmation': 3,
      'powers.other': 5,
      'powers.total': 90,
    });
    expect(r.get('powers.licensing')?.evidence).toBe('共梳理行政许可9项');
    expect(r.get('powers.penalty')?.evidence).toBe('行政处罚57项');
    expect(r.get('powers.total')?.qualifier).toBe('derived');
    expect(r.get('powers.total')?.rule).toBe('powers.total.derived_sum');
  });

  it('uses a stated total instead of deriving one', () => {
    const r = extract(
      '本次公布的县级权责清单共计1,087项，其中行政许可168项、行政处罚624项、行政征收9项、行政裁决3项、行政奖励12项、其他权力事项111项。',
    );
    expect(r.get('powers.total')).toMatchObject({ value: 1087, qualifier: 'exact' });
    expect(r.values()).toMatchObject({
      'powers.licensing': 168,
      'powers.penalty': 624,
      'powers.levy': 9,
      'powers.adjudication': 3,
      'powers.reward': 12,
      'powers.other': 111,
    });
  });

  it('does not derive a total from a partial list (no 其他 category)', () => {
    const r = extract('共梳理行政许可事项128项，行政处罚事项1024项，行政强制事项36项。');
    expect(r.get('powers.total')).toBeUndefined();
    expect(r.values()).toEqual({ 'powers.licensing': 128, 'powers.penalty': 1024, 'powers.coercion': 36 });
  });

  it('reads the current size from 由A项精简到B项 and derives the removed count', () => {
    const r = extract('对部门权责清单进行全面梳理，权责事项由215项精简至187项。');
    expect(r.get('powers.total')).toMatchObject({
      value: 187,
      qualifier: 'exact',
      evidence: '权责事项由215项精简至187项',
    });
    expect(r.get('powers.removed')).toMatchObject({ value: 28, qualifier: 'derived' });
  });

  it('prefers a stated removal over the derived difference', () => {
    const r = extract('取消权责事项9项，下放3项，权力事项由120项调整为108项。');
    expect(r.get('powers.removed')).toMatchObject({
      value: 9,
      qualifier: 'exact',
      evidence: '取消权责事项9项',
    });
    expect(r.get('powers.total')?.value).toBe(108);
    expect(r.candidates.find((c) => c.metric_id === 'powers.removed')?.value).toBe(12);
  });

  it('reads a number written before the category: 确定152项行政许可事项', () => {
    const r = extract('编制并公布《区行政许可事项清单》，确定152项行政许可事项。');
    expect(r.get('powers.licensing')).toMatchObject({ value: 152, evidence: '确定152项行政许可事项' });
  });

  it('reads a total with 权责总数 and a space before the number', () => {
    const r = extract('截至年底，全区权责总数 1203项，履行权责 980项。');
    expect(r.values()).toEqual({ 'powers.total': 1203 });
  });

  it('does not take changes to the list as category counts', () => {
    const r = extract('承接省级下放行政许可事项6项，调整行政处罚事项2项，取消行政审批项目4项。');
    expect(r.get('powers.licensing')).toBeUndefined();
    expect(r.get('powers.penalty')).toBeUndefined();
    expect(r.get('powers.removed')).toMatchObject({ value: 4, evidence: '取消行政审批项目4项' });
  });

  it('does not read 其他行政职权 as the total', () => {
    const r = extract('梳理其他行政职权6项。');
    expect(r.values()).toEqual({ 'powers.other': 6 });
  });

  it('does not take the contents of a cited document as the agency list', () => {
    const r = extract(
      '《关于印发乡镇权力清单的通知》（某政办发〔2021〕3号）涉及权责清单事项116项，已按要求完成。',
    );
    expect(r.get('powers.total')).toBeUndefined();
  });

  it('reads traditional script', () => {
    const r = extract('共梳理行政許可8項、行政處罰41項、行政檢查6項、其他行政職權2項。');
    expect(r.values()).toEqual({
      'powers.licensing': 8,
      'powers.penalty': 41,
      'powers.inspection': 6,
      'powers.other': 2,
      'powers.total': 57,
    });
  });

  it('keeps the first list when a notice publishes two', () => {
    const r = extract(
      '乡镇权责清单共计203项，其中行政许可11项、行政处罚122项。\n街道权责清单共计170项，其中行政许可8项、行政处罚115项。',
    );
    expect(r.values()).toEqual({ 'powers.total': 203, 'powers.licensing': 11, 'powers.penalty': 122 });
    expect(r.candidates.filter((c) => c.metric_id === 'powers.total').map((c) => c.value)).toEqual([170]);
  });
});
