import { describe, expect, it } from 'vitest';
import { extract } from './extract-metrics-helpers.ts';

// Each sentence holds numbers next to metric words that are still not metric values.
describe('numbers that are never metrics', () => {
  it.each([
    [
      'document numbers',
      '根据《关于印发行政复议工作规则的通知》（某政办发〔2020〕49号）和津滨党编字【2019】100号文件，办理行政复议案件。',
    ],
    [
      'dates',
      '2020年4月16日召开行政复议工作会议，2018年11月起行政处罚案件全部网上办理，7月组织持证人员培训。',
    ],
    [
      'years and plan periods',
      '落实《法治政府建设实施纲要（2021—2025年）》和2015-2020年规划中关于行政处罚案件的要求。',
    ],
    ['session names and meeting ordinals', '学习十九届五中全会精神，第18次厅党组会议研究行政复议案件。'],
    ['slogans', '落实行政执法三项制度，增强“四个意识”，做到“两个维护”，实施“1+1+9”部署，推行权责清单。'],
    [
      'hotlines and phone numbers',
      '畅通12345、12315热线和12300申诉渠道，受理行政复议申请电话0731-84567890。',
    ],
    ['section numbering', '一、行政复议案件\n（一）行政处罚案件\n1.政务服务事项\n(2)持证执法人员'],
    ['holiday dates', '在“3·15”“12·4”“5.17世界电信日”期间宣传行政许可事项。'],
    [
      'year-on-year changes',
      '行政复议案件同比增加40%，行政处罚案件同比上升3%，较上年增长，普通程序立案数量增加17起，持证人员减少6人。',
    ],
    ['stray OCR digits', '将我的常德APP定位为总门户35,缩35短审批时限，办件量显著提升。'],
    [
      'counts of things the catalog does not define',
      '召开行政复议工作会议2次，培训执法人员3期，开展普法活动10余次，抽查24个企业，建设信息系统5个，注册用户10112个。',
    ],
    [
      'goals and plans',
      '力争行政许可事项网上可办率达100%，确保全年办理行政复议案件办结率100%，计划制定规范性文件5件。',
    ],
    [
      'comparison bases',
      '行政处罚案件数量较2021年的244件减少11.5%。全市法院共受理行政诉讼案件（2019年6593件）。',
    ],
    ['multi-year totals', '近三年累计查处行政处罚案件1,500起，三年来共办理行政复议案件320件。'],
    [
      'a period written after the figure',
      '全区累计办理行政复议案件1,203件（2018-2022年），出具法律意见书412份（2019年以来）。',
    ],
  ])('%s', (_kind, text) => {
    expect(extract(text).metrics).toEqual([]);
  });

  it('keeps figures of a next-year section out', () => {
    const text =
      '一、2021年工作情况\n全年办理行政复议案件6件。\n三、2022年推进法治政府建设的主要安排\n（一）办理行政复议案件确保零纠错，全年计划出具法律意见书100份。\n持证执法人员达到60人。';
    const r = extract(text, { report_year: 2021 });
    expect(r.values()).toEqual({ 'cases.reconsideration': 6 });
  });

  it('recognises a 下一步 section without a report year', () => {
    const text =
      '一、主要做法\n共办理行政处罚案件12件。\n三、下一步工作打算\n争取办理行政处罚案件20件。\n法律顾问出具法律意见书30份。';
    expect(extract(text).values()).toEqual({ 'cases.penalty': 12 });
  });

  it('does not mistake a document title with a plan period for a next-year heading', () => {
    const text = '（二）认真学习《法治政府建设实施纲要（2021-2025年）》\n梳理政务服务事项清单46项。';
    expect(extract(text, { report_year: 2021 }).values()).toEqual({ 'services.listed': 46 });
  });

  it('yields nothing for an implementation plan', () => {
    const r = extract('到2020年，全部取消非行政许可审批事项，网上可办率达100%，办理行政复议案件。', {
      doc_type: 'implementation_plan',
    });
    expect(r.metrics).toEqual([]);
    expect(r.candidates).toEqual([]);
  });

  it('does not read non-catalog money as a metric', () => {
    const r = extract('注册用户10112个，办理业务813个，涉及中介服务费48852.4万元。');
    expect(r.metrics).toEqual([]);
  });
});

describe("figures that are not the agency's own count for the year", () => {
  it('blocks a named sub-unit after 其中, even with no total before it', () => {
    const r = extract('其中涪城区分局办理行政处罚案件5234件，游仙区分局办理行政处罚案件3121件。', {
      agency: '绵阳市公安局',
      province: '四川',
      city: '绵阳',
    });
    expect(r.metrics).toEqual([]);
    expect(r.candidates.map((c) => c.reason)).toEqual(['another entity: 涪城区', 'another entity: 游仙区']);
  });

  it.each([
    ['hotline tickets passed on', '办理12345平台转办件862件，受理12345热线诉求3.6万件。'],
    ["the previous year's figure", '上年度全县收到行政复议申请52件。上年同期办理行政诉讼案件56件。'],
    ['a count up to now', '截至目前，累计清理规范性文件300件，废止45件。'],
    ['a vague amount', '全县行政复议申请数十件，行政诉讼案件上百件。'],
    ['work done for another body', '协助市生态环境局办理行政处罚案件15件。'],
    ['cases discussed at a meeting', '召开行政复议委员会会议5次，审议重大疑难行政复议案件12件。'],
  ])('%s', (_kind, text) => {
    expect(extract(text, { report_year: 2021 }).metrics).toEqual([]);
  });

  it("prefers the agency's own stated zero over a system-wide count", () => {
    const r = extract('本局全年未收到行政复议申请。全市人社系统行政复议案件31件。', {
      agency: '长沙市人力资源和社会保障局',
    });
    expect(r.get('cases.reconsideration')).toMatchObject({ value: 0, qualifier: 'zero_stated' });
    expect(r.candidates[0].reason).toMatch(/system-wide/);
  });

  it("takes a department's sector total for its enforcement output, as the dev labels do, never mixing levels", () => {
    const text =
      '全省生态环境部门共下达行政处罚决定书5612件，罚没款金额4.3亿元。厅本级直接办理行政处罚案件18件，罚没款356万元。';
    const r = extract(text, { agency: '湖北省生态环境厅', level: 'provincial' });
    expect(r.values()).toEqual({ 'cases.penalty': 5612, 'cases.penalty_amount': 430000000 });
    expect(r.candidates.map((c) => c.reason)).toContain(
      "the department's own level (本级); its sector's total was preferred",
    );
    const government = '全市各级行政机关共收到行政复议申请200件。市政府本级收到行政复议申请30件。';
    expect(extract(government, { agency: '十堰市人民政府', level: 'municipal' }).values()).toEqual({
      'cases.reconsideration': 200,
    });
  });

  it('blocks the figures of a region above the reporting entity, named or as 全市/全县', () => {
    const county = { agency: '信丰县行政审批局', level: 'county', province: '江西', city: '赣州' } as const;
    const r = extract(
      '赣州市政务服务事项网上可办率为96.1%，信丰县网上可办率达99.2%。全市办件量120万件，全县办件量38.6万件。',
      county,
    );
    expect(r.values()).toEqual({ 'online.available_rate': 99.2, 'services.transactions': 386000 });
    const town = { agency: '来安县大英镇人民政府', level: 'county', province: '安徽', city: '滁州' } as const;
    const t = extract('全县共办理行政复议案件45件。我镇未发生行政复议案件。', town);
    expect(t.get('cases.reconsideration')).toMatchObject({ value: 0, qualifier: 'zero_stated' });
    const city = { agency: '海安市人民政府', level: 'county', province: '江苏', city: '南通' } as const;
    expect(extract('全市共收到行政复议申请75件。', city).get('cases.reconsideration')?.value).toBe(75);
  });

  it('does not sum a breakdown into a total when a different total is stated before it', () => {
    const r = extract(
      '我局承接权责事项共计468项，其中行政许可19项、行政处罚398项、行政强制13项、其他行政职权16项。',
    );
    expect(r.get('powers.total')).toBeUndefined();
    expect(r.get('powers.penalty')?.value).toBe(398);
  });

  it('reads a table of the power list as powers, never as case counts', () => {
    const text =
      '我局权力清单事项如下：\n| 权力类型 | 事项数（项） |\n| --- | --- |\n| 行政许可 | 38 |\n| 行政处罚 | 201 |\n| 其他行政权力 | 16 |\n| 合计 | 255 |\n全年作出行政处罚决定41件。';
    expect(extract(text).values()).toEqual({
      'powers.licensing': 38,
      'powers.penalty': 201,
      'powers.other': 16,
      'powers.total': 255,
      'cases.penalty': 41,
    });
  });
});

describe('years that date the documents, not the figure', () => {
  it('reads a clean-up of documents issued since an earlier year as the report year’s', () => {
    const r = extract(
      '对2015年以来制发的规范性文件开展全面清理，共清理152件，保留118件，废止21件，宣布失效13件。',
      {
        report_year: 2020,
      },
    );
    expect(r.values()).toEqual({ 'docs.normative_retained': 118, 'docs.normative_abolished': 34 });
  });

  it('still blocks a count made since an earlier year', () => {
    const r = extract('2015年以来累计废止规范性文件60件。', { report_year: 2020 });
    expect(r.metrics).toEqual([]);
  });
});

describe('a third probe: shares, subsets, ranges and periods', () => {
  const department = {
    agency: '九江市市场监督管理局',
    level: 'municipal',
    province: '江西',
    city: '九江',
  } as const;

  it("never takes the whole jurisdiction's total when a department states its own part (其中我局)", () => {
    const text = [
      '全市共有持证行政执法人员5600人，其中我局128人。',
      '全市市场监管系统共办理行政处罚案件3200件，其中市局本级办理86件。',
      '全市共办理人大代表建议386件、政协提案412件，其中我局主办人大代表建议12件、政协提案9件。',
    ].join('');
    const r = extract(text, department);
    expect(r.get('staff.enforcement_certified')).toBeUndefined();
    expect(r.get('cases.penalty')?.value).toBe(3200);
    expect(r.get('proposals.npc_suggestions')).toBeUndefined();
    expect(r.get('proposals.cppcc_proposals')?.value).toBe(9);
    expect(r.get('proposals.handled')).toBeUndefined();
    const government = extract('全市共有持证行政执法人员5600人，其中市本级1280人。', {
      agency: '九江市人民政府',
      level: 'municipal',
    });
    expect(government.get('staff.enforcement_certified')?.value).toBe(5600);
  });

  it.each([
    ['a cumulative figure before the year’s', '累计办理人大代表建议和政协提案120余件，本年度办理情况良好。'],
    ['a plan period', '“十三五”期间累计取消行政权力事项42项。'],
    ['cases not penalised', '对首次轻微违法的市场主体免予处罚案件112件，依法办理从轻、减轻处罚案件41件。'],
    ['proposals handled as 主办件/会办件', '其中主办件6件，会办件13件，全部按期办复。'],
    ['one end of a range', '对当事人处以罚款1.5万元至3万元不等。'],
    ['cases a lawyer represented', '法律顾问全年代理行政诉讼案件4件。'],
    [
      'cases a lawyer represented, named earlier in the sentence',
      '政府法律顾问全年审查各类合同协议126份，提出修改完善建议300余条，代理行政诉讼案件4件。',
    ],
  ])('%s', (_kind, text) => {
    expect(extract(text, { report_year: 2022 }).metrics).toEqual([]);
  });

  it('sums removals named by category', () => {
    expect(extract('本年度取消行政许可事项2项、取消行政检查事项4项。').get('powers.removed')).toMatchObject({
      value: 6,
      qualifier: 'derived',
    });
  });
});

describe('a fourth probe: long reports of less common agencies', () => {
  it("reads an agency's whole field as its caseload, and a named kind inside it as a part", () => {
    const emergency = {
      agency: '重庆市渝北区应急管理局',
      level: 'county',
      province: '重庆',
      city: '重庆',
    } as const;
    const r = extract(
      '全年立案查处安全生产违法行为312起，罚款836.4万元。全年办理野外违规用火行政处罚案件11起。',
      emergency,
    );
    expect(r.values()).toEqual({ 'cases.penalty': 312, 'cases.penalty_amount': 8364000 });
    expect(extract('全年办理野外违规用火行政处罚案件11起。', emergency).metrics).toEqual([]);
  });

  it('does not read a leniency list as a power list', () => {
    const text = '公布“四张清单”，涵盖不予处罚、减轻处罚、从轻处罚和免予行政强制事项1,380项。';
    expect(extract(text).metrics).toEqual([]);
  });

  it.each([
    ['全市一审行政诉讼案件新收1043件。', 'cases.litigation', 1043],
    ['全年我局被申请行政复议3件。', 'cases.reconsideration', 3],
    ['其中取得行政执法证件的4689名。', 'staff.enforcement_certified', 4689],
    ['其中持有重庆市行政执法证61名。', 'staff.enforcement_certified', 61],
    ['厅政务服务窗口全年受理各类行政许可申请4,826件。', 'licenses.accepted', 4826],
    ['核发超限运输车辆通行证3.17万张。', 'licenses.issued', 31700],
    ['“一趟不用跑”和“最多跑一趟”事项占比达到98.5%。', 'online.one_visit_rate', 98.5],
  ])('%s', (text, metric, value) => {
    expect(extract(text).get(metric)?.value).toBe(value);
  });

  it('does not take staff newly certified as the stock', () => {
    expect(extract('全年新取得行政执法证件的15名。').metrics).toEqual([]);
  });
});

describe('a fifth probe: departments and units inside the jurisdiction', () => {
  const county = { agency: '霍山县人民政府', level: 'county', province: '安徽', city: '六安' } as const;

  it("does not take one department's or township's figure as the county's", () => {
    const text = [
      '县市场监管局全年查处各类违法案件213件，罚没款186.4万元。',
      '但家庙镇综合执法队全年办理行政处罚案件14件。',
      '衡山镇便民服务中心全年办理各类事项1.26万件。',
    ].join('');
    expect(extract(text, county).metrics).toEqual([]);
  });

  it("keeps the county's service centre, justice bureau and petitions bureau as the jurisdiction", () => {
    const text =
      '县政务服务中心全年共受理各类办件48.6万件。县司法局共收到行政复议申请36件。县信访局办理信访复查案件6件。';
    expect(extract(text, county).values()).toEqual({
      'services.transactions': 486000,
      'cases.reconsideration': 36,
      'cases.petition_review': 6,
    });
  });

  it("keeps a department's own short name as itself, and towns as a generic word", () => {
    const own = { agency: '霍山县市场监督管理局', level: 'county', province: '安徽', city: '六安' } as const;
    expect(extract('县市场监管局全年办理行政处罚案件213件。', own).get('cases.penalty')?.value).toBe(213);
    expect(
      extract('西平县乡镇人民政府权责清单共计203项。', { agency: '西平县人民政府', city: '驻马店' }).get(
        'powers.total',
      )?.value,
    ).toBe(203);
  });

  it('does not read suggestions raised by deputies, or suggestions handled online, as catalog figures', () => {
    expect(extract('市人大代表共提出建议586件，代表建议网上办理率达到100%。').metrics).toEqual([]);
  });
});

describe('a sixth probe: regional styles', () => {
  it.each([
    ['全年县行政服务中心共受理各类办件38.6万件。', 'services.transactions', 386000],
    ['本局作为被申请人的行政复议案件收到486件，受理431件。', 'cases.reconsideration', 486],
    ['制定发布规范性文件7件，废止规范性文件4件。', 'docs.normative_abolished', 4],
  ])('%s', (text, metric, value) => {
    const county = { agency: '龙游县人民政府', level: 'county', province: '浙江', city: '衢州' } as const;
    expect(extract(text, county).get(metric)?.value).toBe(value);
  });

  it('does not read the abolition of regulations as normative documents', () => {
    expect(extract('废止地方性法规规范性文件3件。').get('docs.normative_abolished')).toBeUndefined();
  });
});

describe('a seventh probe: bulletins and news', () => {
  const bureau = {
    agency: '邯郸市丛台区行政审批局',
    level: 'county',
    province: '河北',
    city: '邯郸',
  } as const;

  it("reads the district's service hall as the district, and the towns' halls together as sub-units", () => {
    const text =
      '8月份，区政务服务中心共受理各类办件21467件。各乡镇（街道）便民服务中心8月份受理办件6412件。';
    expect(extract(text, bureau).get('services.transactions')?.value).toBe(21467);
    expect(extract('各乡镇（街道）便民服务中心8月份受理办件6412件。', bureau).metrics).toEqual([]);
  });

  it('reads the second item of a 、 list of reconsideration and litigation counts', () => {
    expect(extract('全年发生行政复议案件2件、行政诉讼案件1件。').values()).toEqual({
      'cases.reconsideration': 2,
      'cases.litigation': 1,
    });
    expect(extract('行政复议和行政诉讼案件共9件。').metrics).toEqual([]);
  });

  it("keeps a department's own certified staff over its sector's", () => {
    const text = '全省税务系统持证执法人员2.1万人。省局机关本级持证执法人员412人。';
    const r = extract(text, { agency: '国家税务总局山西省税务局', level: 'provincial', province: '山西' });
    expect(r.get('staff.enforcement_certified')?.value).toBe(412);
  });
});
