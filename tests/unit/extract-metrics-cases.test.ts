import { describe, expect, it } from 'vitest';
import { extract } from './extract-metrics-helpers.ts';

describe('reconsideration and litigation', () => {
  it('reads a total with its breakdown in brackets', () => {
    const r = extract(
      '2022年，依法办理行政复议案件7件（其中5件维持原行政行为，2件被确认违法），行政诉讼案件3件、信访复查案件2件。',
    );
    expect(r.values()).toEqual({
      'cases.reconsideration': 7,
      'cases.reconsideration.upheld': 5,
      'cases.reconsideration.overturned': 2,
      'cases.litigation': 3,
      'cases.petition_review': 2,
    });
    expect(r.get('cases.reconsideration')?.evidence).toBe('依法办理行政复议案件7件');
    expect(r.get('cases.reconsideration.overturned')?.evidence).toBe('2件被确认违法');
  });

  it('prefers the received (收到) figure over the accepted (受理) one', () => {
    const r = extract(
      '全年共受理行政复议申请115件。全市各级行政复议机关共收到行政复议申请128件，同比增长12%。',
    );
    expect(r.get('cases.reconsideration')).toMatchObject({
      value: 128,
      evidence: '行政复议机关共收到行政复议申请128件',
    });
    const loser = r.candidates.find((c) => c.metric_id === 'cases.reconsideration');
    expect(loser?.value).toBe(115);
    expect(loser?.reason).toMatch(/受理 figure; a 收到 figure was preferred/);
  });

  it('finds the received figure after the accepted one, in brackets or past a refusal', () => {
    expect(
      extract('县政府受理行政复议申请512件（收到申请568件）。').get('cases.reconsideration')?.value,
    ).toBe(568);
    expect(
      extract('依法受理行政复议申请41件，依法不予受理6件，共收到47件。').get('cases.reconsideration')?.value,
    ).toBe(47);
    expect(
      extract('依法受理行政复议申请41件，召开听证会6场，收到47件锦旗。').get('cases.reconsideration')?.value,
    ).toBe(41);
  });

  it('never takes a concluded (审结) figure as the case count', () => {
    const r = extract('本年度共审结行政复议案件33件。');
    expect(r.get('cases.reconsideration')).toBeUndefined();
    expect(r.candidates[0].reason).toMatch(/审结/);
  });

  it('sums outcome parts stated separately in one sentence', () => {
    const r = extract('审结行政复议案件60件，其中维持41件，驳回申请9件，撤销3件，确认违法2件，责令履行1件。');
    expect(r.get('cases.reconsideration.upheld')).toMatchObject({ value: 50, qualifier: 'derived' });
    expect(r.get('cases.reconsideration.overturned')).toMatchObject({ value: 6, qualifier: 'derived' });
  });

  it('takes a stated overturned total over its parts, before or after them', () => {
    for (const text of [
      '全市共收到行政复议申请300件，直接纠错40件（撤销30件、确认违法10件）。',
      '全市共收到行政复议申请300件，其中撤销30件、确认违法10件，直接纠错40件。',
    ])
      expect(extract(text).get('cases.reconsideration.overturned')).toMatchObject({
        value: 40,
        qualifier: 'exact',
      });
  });

  it('reads petition reviews written as 信访事项复查申请, and a stated zero for overturned reconsiderations', () => {
    expect(extract('受理信访事项复查申请3件。').get('cases.petition_review')?.value).toBe(3);
    expect(
      extract('全年未发生行政复议被撤销、变更的情况。').get('cases.reconsideration.overturned'),
    ).toMatchObject({
      value: 0,
      qualifier: 'zero_stated',
    });
    expect(extract('行政诉讼案件中，未发生被法院撤销的情况。').metrics).toEqual([]);
  });

  it('does not read cases passed to the court or money at stake in lawsuits', () => {
    expect(extract('全市各级行政复议机关共向法院移送行政复议衔接案件58件。').metrics).toEqual([]);
    expect(extract('涉行政处罚类案件中涉及罚没款金额共计2.35亿元。').metrics).toEqual([]);
  });

  it('reads 均维持 / 均予以驳回 as every case upheld, but not after another figure', () => {
    expect(
      extract('全年发生行政复议案件2件，经复议机关审查均予以驳回。').get('cases.reconsideration.upheld')
        ?.value,
    ).toBe(2);
    expect(
      extract('收到行政复议申请12件，已审结10件，均维持原行政行为。').get('cases.reconsideration.upheld'),
    ).toBeUndefined();
    expect(
      extract('收到行政复议申请5件，撤销1件，其余均维持。').get('cases.reconsideration.upheld'),
    ).toBeUndefined();
  });

  it('does not read court outcomes as reconsideration outcomes', () => {
    const r = extract('行政诉讼案件审结12件，其中判决驳回原告诉讼请求8件，判决撤销2件。');
    expect(r.get('cases.reconsideration.upheld')).toBeUndefined();
    expect(r.get('cases.reconsideration.overturned')).toBeUndefined();
  });

  it('reads 均为零 as zero_stated for both', () => {
    const r = extract('2021年，我局行政复议和行政诉讼案件数均为零。');
    expect(r.get('cases.reconsideration')).toMatchObject({ value: 0, qualifier: 'zero_stated' });
    expect(r.get('cases.litigation')).toMatchObject({ value: 0, qualifier: 'zero_stated' });
    expect(r.get('cases.litigation')?.evidence).toBe('行政复议和行政诉讼案件数均为零');
  });

  it('reads 没有收到 / 无 / 未发生 statements as zero_stated', () => {
    expect(extract('全年没有收到针对本局的行政复议申请。').get('cases.reconsideration')).toMatchObject({
      value: 0,
      qualifier: 'zero_stated',
      evidence: '没有收到针对本局的行政复议申请',
    });
    const r = extract('本年度我局无行政复议案件，行政应诉案件2件。');
    expect(r.values()).toEqual({ 'cases.reconsideration': 0, 'cases.litigation': 2 });
    expect(extract('全年未发生行政诉讼案件。').get('cases.litigation')?.qualifier).toBe('zero_stated');
  });

  it('reads "no case was overturned / lost" as a stated zero outcome, never as zero cases', () => {
    expect(extract('全市行政复议案件未发生被纠错情况。').values()).toEqual({
      'cases.reconsideration.overturned': 0,
    });
    expect(extract('全年无行政诉讼败诉案件。').values()).toEqual({ 'cases.litigation.lost': 0 });
    expect(extract('收到行政复议申请6件，均维持原行政行为，无一被撤销。').values()).toEqual({
      'cases.reconsideration': 6,
      'cases.reconsideration.upheld': 6,
      'cases.reconsideration.overturned': 0,
    });
    expect(extract('本年度行政诉讼案件3件，败诉案件为零。').get('cases.litigation.lost')?.qualifier).toBe(
      'zero_stated',
    );
    expect(extract('确保全年不发生行政复议案件。').metrics).toEqual([]);
  });

  it('does not read a goal, a litigation outcome or a risk as a stated zero outcome', () => {
    expect(extract('2023年力争实现行政诉讼零败诉。').metrics).toEqual([]);
    expect(extract('努力做到无败诉案件。').metrics).toEqual([]);
    expect(extract('行政复议后起诉的案件，法院判决均未被撤销。').metrics).toEqual([]);
    expect(extract('本年度未发生败诉风险较大的案件。').metrics).toEqual([]);
  });

  it('reads a lost count written before 败诉', () => {
    expect(extract('行政诉讼案件4件，其中1件败诉（因程序瑕疵被确认违法）。').values()).toEqual({
      'cases.litigation': 4,
      'cases.litigation.lost': 1,
    });
    expect(
      extract('收到行政复议申请9件，3件败诉率较高的领域。').get('cases.litigation.lost'),
    ).toBeUndefined();
  });

  it('reads court figures for litigation and lost cases', () => {
    const r = extract('全市两级法院共新收一审行政案件1,234件，审结1,180件，行政机关败诉86件，败诉率7.3%。');
    expect(r.values()).toEqual({ 'cases.litigation': 1234, 'cases.litigation.lost': 86 });
  });

  it('does not read 行政案件 of a police report as lawsuits', () => {
    expect(extract('全年共办理治安行政案件1520起。').get('cases.litigation')).toBeUndefined();
  });

  it('does not count mixed case types or 出庭应诉 cases as lawsuits', () => {
    const r = extract(
      '全市法院共受理行政诉讼、非诉审查和国家赔偿等各类案件7976件，行政机关负责人出庭应诉案件926件。',
    );
    expect(r.get('cases.litigation')).toBeUndefined();
  });

  it('reads a verb written after the noun, or no noun at all', () => {
    expect(extract('全年行政复议案件收案35件，审结33件。').get('cases.reconsideration')).toMatchObject({
      value: 35,
      rule: 'cases.reconsideration.received',
    });
    expect(extract('全年共办理行政复议12件。').get('cases.reconsideration')?.rule).toBe(
      'cases.reconsideration.handled',
    );
    expect(extract('本局被诉行政案件6件。').get('cases.litigation')?.value).toBe(6);
  });

  it('keeps combined reconsideration-and-litigation counts out of both', () => {
    expect(extract('共办理行政复议和行政诉讼案件12件。').metrics).toEqual([]);
  });
});

describe('penalty cases and amounts', () => {
  it('reads the count and the amount in 万元, normalised to yuan', () => {
    const r = extract('全年共作出行政处罚决定317件，罚没款35.6万元。');
    expect(r.get('cases.penalty')).toMatchObject({ value: 317, evidence: '共作出行政处罚决定317件' });
    expect(r.get('cases.penalty_amount')).toMatchObject({
      value: 356000,
      unit: 'yuan',
      evidence: '罚没款35.6万元',
    });
  });

  it('reads traditional script with 萬 and full-width digits', () => {
    const r = extract('全年共下達處罰決定書１２８份，罰沒款金額為５８５０３０.７８萬元。');
    expect(r.values()).toEqual({ 'cases.penalty': 128, 'cases.penalty_amount': 5850307800 });
  });

  it('reads Chinese numerals and 余 in amounts', () => {
    const r = extract('全年共办理行政处罚案件一百零五件，罚没款三十余万元。');
    expect(r.get('cases.penalty')?.value).toBe(105);
    expect(r.get('cases.penalty_amount')).toMatchObject({ value: 300000, qualifier: 'approx_lower' });
  });

  it('prefers the stated total (总额) over its parts', () => {
    const r = extract(
      '适用简易程序案件40起，罚款11100元；适用普通程序案件2起，罚款7900元，全年罚款总额达19000元。',
    );
    expect(r.get('cases.penalty_amount')).toMatchObject({ value: 19000, evidence: '罚款总额达19000元' });
  });

  it('does not take one field or one kind of case as the total', () => {
    const r = extract(
      '全年实施行政处罚1969件。食品领域查处食品案件742件，罚没款270.67万元；查办药品、化妆品案件63件，罚没款35.48万元。',
    );
    expect(r.values()).toEqual({ 'cases.penalty': 1969 });
    expect(r.candidates.filter((c) => c.metric_id === 'cases.penalty_amount')).toHaveLength(2);
  });

  it('does not take a share of a total as a total', () => {
    const r = extract('受理案件中，公共资源交易领域行政处罚案件12件，占总量的35%。');
    expect(r.get('cases.penalty')).toBeUndefined();
  });

  it('ignores averages, single maxima and thresholds', () => {
    expect(extract('平均每件案件罚款0.8万元，最高单笔罚款50万元。').metrics).toEqual([]);
    expect(extract('对罚款数额5000元以上的案件实行法制审核。').metrics).toEqual([]);
  });

  it('takes a decision count over a filed-case (立案) count', () => {
    const r = extract('普通程序立案查处案件51起，已作出行政处罚决定42起、处罚 1690518.90元。');
    expect(r.get('cases.penalty')?.value).toBe(42);
    expect(r.get('cases.penalty_amount')?.value).toBe(1690518.9);
  });

  it('reads 作出行政处罚N件 and 罚款收入', () => {
    expect(extract('全年共作出行政处罚386件，罚款收入共计56.3万元。').values()).toEqual({
      'cases.penalty': 386,
      'cases.penalty_amount': 563000,
    });
  });

  it('continues a sentence over a hard line wrap', () => {
    const text =
      '今年城市管理综合执法支队已作出行政处罚决定42起、罚没款合计为人民币\n169万元；全部按时办结。';
    expect(extract(text).get('cases.penalty_amount')?.value).toBe(1690000);
  });

  it('reads an amount written with 人民币 and separators', () => {
    expect(extract('罚没款总额为人民币523,600元。').get('cases.penalty_amount')?.value).toBe(523600);
  });

  it('does not read a simple-procedure subset as the total', () => {
    const r = extract('办理简易程序处罚案件31起。');
    expect(r.get('cases.penalty')).toBeUndefined();
  });
});
