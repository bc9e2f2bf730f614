import { describe, expect, it } from 'vitest';
import { extractDocumentMeta } from '../../src/lib/extract/metadata/index.ts';
import { findPlaceMentions, lookupPlace } from '../../src/lib/extract/metadata/gazetteer.ts';
import { parseSignatureDate } from '../../src/lib/extract/metadata/document-lines.ts';
import { normalizeText } from '../../src/lib/extract/normalize-text.ts';
import type { DocumentMeta } from '../../src/lib/schema/records.ts';
import { goldRows, SEED_FILES, seedText } from '../fixtures/seeds.ts';

const meta = (text: string): DocumentMeta =>
  extractDocumentMeta({ text, norm: normalizeText(text), file: 'x.txt' });

describe('seed documents match the gold metadata', () => {
  const gold = goldRows('seeds-documents.csv');
  it.each(SEED_FILES)('%s', (file) => {
    const row = gold.find((r) => r.file === file);
    const m = meta(seedText(file));
    const got = Object.fromEntries(
      (['agency', 'level', 'province', 'city', 'sector', 'report_year', 'doc_type'] as const).map((f) => [
        f,
        String(m[f] ?? ''),
      ]),
    );
    expect(got).toEqual({
      agency: row?.agency,
      level: row?.level,
      province: row?.province,
      city: row?.city,
      sector: row?.sector,
      report_year: row?.report_year,
      doc_type: row?.doc_type,
    });
  });

  it('dates seed 003 by its signature and reads seed 004’s garbled one as 2021-01-14', () => {
    expect(meta(seedText(SEED_FILES[3]))).toMatchObject({
      report_date: '2022-01-12',
      report_date_source: 'signature',
    });
    expect(meta(seedText(SEED_FILES[4]))).toMatchObject({
      report_date: '2021-01-14',
      report_date_source: 'signature',
    });
    expect(meta(seedText(SEED_FILES[0])).title).toBe('湖南省通信管理局关于2020年度法治政府建设情况的报告');
  });
});

describe('agency and jurisdiction', () => {
  it('gives 我局 its full name from the signature and the place names in the body', () => {
    const m = meta(
      '市司法局2022年法治政府建设年度报告\n2022年，我局在市委、市政府的正确领导下，围绕建设法治泉州的目标推进依法行政。\n' +
        '一、主要举措和成效\n我局全年办理行政复议案件15件，福建省司法厅部署的任务逐项落实。\n二、存在的不足和原因\n队伍力量薄弱。\n' +
        '三、下一年度工作安排\n继续深化改革。\n泉州市司法局\n2023年1月20日',
    );
    expect(m).toMatchObject({
      agency: '泉州市司法局',
      level: 'municipal',
      province: '福建',
      city: '泉州',
      sector: '司法行政',
    });
    expect(m).toMatchObject({ report_year: 2022, doc_type: 'annual_report', report_date: '2023-01-20' });
  });

  it('names a county government from 县人民政府 and the county in the body', () => {
    const m = meta(
      '县人民政府2021年法治政府建设工作报告\n一、主要工作\n今年以来，竹山县各乡镇全面推进依法行政，全县共办理行政复议案件6件。',
    );
    expect(m).toMatchObject({
      agency: '竹山县人民政府',
      level: 'county',
      province: '湖北',
      city: '十堰',
      sector: '人民政府',
    });
  });

  it('puts a district of 天津 at county level with the municipality as city', () => {
    const m = meta(
      '天津市河西区司法局2023年法治政府建设年度报告\n2023年，区司法局在区委、区政府领导下开展工作。',
    );
    expect(m).toMatchObject({
      agency: '天津市河西区司法局',
      level: 'county',
      province: '天津',
      city: '天津',
    });
  });

  it('resolves 朝阳区 to 北京 or 长春 by the other place names', () => {
    const title = '朝阳区市场监督管理局2022年法治政府建设年度报告\n';
    expect(meta(title + '2022年，我局服务首都发展，北京市朝阳区营商环境持续优化。')).toMatchObject({
      province: '北京',
      city: '北京',
    });
    expect(meta(title + '2022年，我局服务长春市发展，吉林省各项任务圆满完成。')).toMatchObject({
      province: '吉林',
      city: '长春',
    });
  });

  it('treats a county-level city as county level', () => {
    const m = meta(
      '海安市人民政府2022年法治政府建设情况报告\n发布时间：2023-02-15 09:30 来源：海安市司法局\n2022年，市政府坚持依法行政。',
    );
    expect(m).toMatchObject({ level: 'county', province: '江苏', city: '南通', report_year: 2022 });
    expect(m).toMatchObject({ report_date: '2023-02-15', report_date_source: 'published' });
  });

  it('puts a ministry at national level without region', () => {
    const m = meta(
      '生态环境部2020年法治政府建设年度报告\n2020年，生态环境部深入推进依法行政，全国共下达处罚决定书12.61万份。',
    );
    expect(m).toMatchObject({
      agency: '生态环境部',
      level: 'national',
      province: null,
      city: null,
      sector: '生态环境',
    });
  });

  it('dates a report on 上一年度 to the year before its signature', () => {
    const m = meta(
      '德阳市交通运输局法治政府建设年度报告\n发布时间：2024-03-15 10:21:07  来源：德阳市交通运输局\n根据《德阳市2024年法治政府建设工作要点》要求，现将我局上一年度法治政府建设情况报告如下：\n一、主要工作\n全年办理行政处罚案件1032件。\n二、2024年工作打算\n德阳市交通运输局\n2024年2月28日',
    );
    expect(m).toMatchObject({ report_year: 2023, doc_type: 'annual_report', agency: '德阳市交通运输局' });
  });

  it('keeps a place written without its suffix as written in the name', () => {
    expect(
      meta('大连经济技术开发区管理委员会2022年度法治政府建设情况报告\n2022年，管委会坚持依法行政。'),
    ).toMatchObject({
      agency: '大连经济技术开发区管理委员会',
      level: 'municipal',
      province: '辽宁',
      city: '大连',
    });
    expect(meta('青岛海关关于2021年度法治政府建设情况的报告\n2021年，青岛海关坚持依法行政。')).toMatchObject({
      agency: '青岛海关',
      province: '山东',
    });
  });

  it('puts a police branch named after a district at county level', () => {
    expect(meta('北京市公安局朝阳分局2022年法治政府建设年度报告\n2022年，分局坚持依法行政。')).toMatchObject({
      agency: '北京市公安局朝阳分局',
      level: 'county',
      province: '北京',
      city: '北京',
    });
    expect(
      meta('杭州市公安局萧山区分局2021年度法治政府建设工作报告\n2021年，分局坚持依法行政。'),
    ).toMatchObject({
      level: 'county',
      city: '杭州',
    });
    expect(
      meta('杭州市公安局交通警察支队2021年度法治政府建设工作报告\n2021年，支队坚持依法行政。'),
    ).toMatchObject({
      level: 'municipal',
    });
  });

  it('names a sub-district office with its district and city', () => {
    const m = meta(
      '合肥市蜀山区南七街道办事处2023年度法治政府建设工作情况报告\n2023年，南七街道坚持依法行政。',
    );
    expect(m).toMatchObject({
      agency: '合肥市蜀山区南七街道办事处',
      level: 'county',
      province: '安徽',
      city: '合肥',
    });
  });

  it('joins a title wrapped before its last word', () => {
    const m = meta('平江县市场监督管理局2023年度法治政府建设工作\n报告\n2023年，我局坚持依法行政。');
    expect(m).toMatchObject({
      doc_type: 'annual_report',
      report_year: 2023,
      title: '平江县市场监督管理局2023年度法治政府建设工作报告',
    });
  });

  it('reads the deepest place of a title led by a chain of places as the government', () => {
    expect(meta('常州市武进区2022年法治政府建设年度报告\n2022年，武进区坚持依法行政。')).toMatchObject({
      agency: '常州市武进区人民政府',
      level: 'county',
      province: '江苏',
      city: '常州',
    });
    expect(
      meta('内蒙古自治区鄂尔多斯市达拉特旗2023年法治政府建设年度报告\n2023年，全旗依法行政。'),
    ).toMatchObject({ level: 'county', province: '内蒙古', city: '鄂尔多斯' });
  });

  it('names a central body’s regional branch in full, at the region’s level', () => {
    const m = meta(
      '国家税务总局十堰市税务局关于2022年度法治政府建设情况的报告\n2022年，市税务局认真贯彻落实上级部署。',
    );
    expect(m).toMatchObject({
      agency: '国家税务总局十堰市税务局',
      level: 'municipal',
      province: '湖北',
      city: '十堰',
      sector: '税务',
    });
    const county = meta('国家税务总局竹山县税务局2023年法治政府建设工作报告\n2023年，我局依法治税。');
    expect(county).toMatchObject({ agency: '国家税务总局竹山县税务局', level: 'county', city: '十堰' });
  });

  it('reads traditional script and a signature date in Chinese numerals', () => {
    const m = meta(
      '廣東省司法廳2021年法治政府建設年度報告\n發佈時間：2022-03-01\n2021年，省司法廳認真貫徹落實黨中央決策部署，全省行政復議案件同比增長。\n二〇二二年二月二十八日',
    );
    expect(m).toMatchObject({
      agency: '广东省司法厅',
      level: 'provincial',
      province: '广东',
      city: null,
      report_year: 2021,
    });
    expect(m).toMatchObject({
      doc_type: 'annual_report',
      report_date: '2022-02-28',
      report_date_source: 'signature',
    });
  });

  it('completes 自治区 and 州 prefixes from the body', () => {
    const region = meta(
      '自治区司法厅2021年法治政府建设年度报告\n2021年，自治区司法厅推动宁夏回族自治区法治政府建设。',
    );
    expect(region).toMatchObject({ agency: '宁夏回族自治区司法厅', level: 'provincial', province: '宁夏' });
    const prefecture = meta(
      '州市场监督管理局2021年法治政府建设工作报告\n2021年，在州委、州政府的领导下，我局推动红河哈尼族彝族自治州市场环境持续改善。',
    );
    expect(prefecture).toMatchObject({
      level: 'municipal',
      province: '云南',
      city: '红河',
      sector: '市场监管',
    });
  });

  it('ignores superiors named in a leadership phrase and news sources', () => {
    const m = meta(
      '2022年，在区委、区政府的坚强领导下，汉滨区行政审批服务局持续深化改革，办理审批事项20万件。',
    );
    expect(m).toMatchObject({
      agency: '汉滨区行政审批服务局',
      level: 'county',
      province: '陕西',
      city: '安康',
    });
    const news = meta(
      '某市举行新闻发布会\n时间：2024-05-06 来源：司法部\n本报讯 记者 近日，铁岭市司法局发布2023年度行政复议情况。',
    );
    expect(news).toMatchObject({ level: 'municipal', province: '辽宁', city: '铁岭', report_year: 2023 });
  });

  it('reads a region leading the title as its government, and a web portal 来源 as the publisher', () => {
    expect(
      meta('珠海市2021年法治政府建设年度报告\n2021年，全市各级行政机关深入推进依法行政。'),
    ).toMatchObject({
      agency: '珠海市人民政府',
      level: 'municipal',
      city: '珠海',
      doc_type: 'annual_report',
    });
    const news = meta(
      '平江县召开政务服务改革推进会\n发布时间：2022-06-10 来源：岳阳市人民政府网\n6月8日，平江县召开推进会，全县政务服务办件量同比增长，“一网通办”持续深化，政务服务好差评满意率99%。',
    );
    expect(news).toMatchObject({ agency: '平江县人民政府', level: 'county', province: '湖南', city: '岳阳' });
    expect(news).toMatchObject({ sector: '政务服务', report_year: 2022, report_date: '2022-06-10' });
  });

  it('falls back to scope words when no agency is named', () => {
    expect(meta('2020年，全市法院共受理行政案件800件，审结780件。')).toMatchObject({
      level: 'municipal',
      agency: null,
    });
    expect(meta('我省再次取消一批行政审批项目\n省政府日前公布取消事项26项。')).toMatchObject({
      level: 'provincial',
    });
  });
});

describe('year and document type', () => {
  it('classifies plans and takes their year only when the title states one', () => {
    expect(meta('某市2021年法治政府建设工作要点\n现提出如下工作要点。')).toMatchObject({
      doc_type: 'implementation_plan',
      report_year: 2021,
    });
    expect(meta('某市法治政府建设实施方案（2021—2025年）\n一、总体要求')).toMatchObject({
      doc_type: 'implementation_plan',
      report_year: null,
    });
  });

  it('calls statistics annuals, enforcement reports and notices other', () => {
    expect(meta('市商务局2022年度行政执法统计年报\n本年度，宁波市商务局共实施行政检查120次。').doc_type).toBe(
      'other',
    );
    const notice = meta(
      '各县区人民政府，市政府各部门：\n根据2019年国务院决定，现将有关事项通知如下。\n某某市人民政府\n2020年3月2日',
    );
    expect(notice).toMatchObject({ doc_type: 'other', report_year: 2020, report_date: '2020-03-02' });
  });

  it('prefers the year reported on over the publication date', () => {
    const m = meta('某局2020年法治政府建设年度报告\n发布时间：2021-03-15\n2020年，我局推进依法行政。');
    expect(m).toMatchObject({
      report_year: 2020,
      report_date: '2021-03-15',
      report_date_source: 'published',
    });
    expect(
      meta('市政务服务中心运行一周年\n2015-12-29 14:23 来源：\n截止今年10月底，累计受理业务5万件。')
        .report_year,
    ).toBe(2015);
  });

  it('parses signature dates, garbled ones included', () => {
    expect(parseSignatureDate('2022年1月12日')).toBe('2022-01-12');
    expect(parseSignatureDate('20211月14')).toBe('2021-01-14');
    expect(parseSignatureDate('二〇二〇年十二月三十一日')).toBe('2020-12-31');
    expect(parseSignatureDate('2022年13月1日')).toBeNull();
  });
});

describe('gazetteer', () => {
  it('indexes full names and the short forms reports use', () => {
    expect(lookupPlace('海西').map((e) => e.place.name)).toEqual(['海西蒙古族藏族自治州']);
    expect(lookupPlace('金平县').map((e) => e.place.name)).toEqual(['金平苗族瑶族傣族自治县']);
    expect(lookupPlace('朝阳区')).toHaveLength(2);
    expect(lookupPlace('西藏')[0].place).toMatchObject({ kind: 'province', short: '西藏' });
  });

  it('scans longest names first without overlaps', () => {
    const norm = '天津市西青区与无锡市新吴区';
    expect(findPlaceMentions(norm).map((m) => norm.slice(m.start, m.end))).toEqual([
      '天津市',
      '西青区',
      '无锡市',
      '新吴区',
    ]);
  });
});
