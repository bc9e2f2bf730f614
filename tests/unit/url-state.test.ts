import { describe, expect, it } from 'vitest';
import { checkUrlAgencies } from '../../src/lib/state/agency-check.ts';
import {
  DEFAULT_DEADLINES,
  isMonthDay,
  parseUrlState,
  serializeUrlState,
} from '../../src/lib/state/url-state.ts';

const ctx = {
  metricIds: new Set(['cases.reconsideration', 'online.full_rate', 'litigation_loss_rate']),
  defaultMetric: 'cases.reconsideration',
};

describe('URL state', () => {
  it('round-trips every field, omitting defaults', () => {
    const search =
      '?view=trends&metric=litigation_loss_rate&year=2021&level=municipal&province=湖南&sector=人民政府&agency=A' +
      '&agencies=A&agencies=B+C&doc=x.txt&span=10-20&due_dept=02-15&due_gov=03-31&sort=name&outline=2015-2020&lang=en';
    const { state, notices } = parseUrlState(search, ctx);
    expect(notices).toEqual([]);
    expect(state).toMatchObject({
      agencies: ['A', 'B C'],
      span: [10, 20],
      dueDept: '02-15',
      sort: 'name',
      outline: '2015-2020',
    });
    const again = parseUrlState(serializeUrlState(state, { metric: ctx.defaultMetric }), ctx);
    expect(again.state).toEqual(state);
    expect(serializeUrlState(parseUrlState('', ctx).state, { metric: ctx.defaultMetric })).toBe('');
  });

  it('falls back with a notice for what it cannot use', () => {
    const { state, notices } = parseUrlState(
      '?metric=nope&year=20x1&level=x&span=9-3&due_dept=02-30&view=zzz',
      ctx,
    );
    expect(state).toMatchObject({
      metric: 'cases.reconsideration',
      year: null,
      level: null,
      span: null,
      view: 'compare',
    });
    expect(state.dueDept).toBe(DEFAULT_DEADLINES.dept);
    expect(notices).toHaveLength(6);
  });

  it('validates month-days', () => {
    expect(['03-01', '02-29', '12-31'].every(isMonthDay)).toBe(true);
    expect(['3-1', '13-01', '04-31', "03-01'"].some(isMonthDay)).toBe(false);
  });

  it('drops agencies and reports the data does not know, with notices', () => {
    const known = [
      { agency: 'A', file: 'a.txt' },
      { agency: 'B', file: 'b.txt' },
    ];
    expect(checkUrlAgencies({ agency: 'A', agencies: ['B'], doc: 'a.txt' }, known)).toEqual({
      change: {},
      notices: [],
    });
    const r = checkUrlAgencies({ agency: 'Z', agencies: ['A', 'Y'], doc: 'z.txt' }, known);
    expect(r.change).toEqual({ agency: null, agencies: ['A'], doc: null, span: null });
    expect(r.notices.join(' ')).toMatch(/未找到单位 “Z”.*“Y”.*未找到报告/);
  });
});
