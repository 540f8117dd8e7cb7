// Header words → fields, from real header cells of the seeds and the variants other
// cities write (spaces between characters, Traditional, longer phrasings).
import { describe, expect, it } from 'vitest';
import { fieldOfHeader } from '../../pipeline/layout/header-words.ts';

describe('fieldOfHeader', () => {
  const cases: [string, string | null, string?][] = [
    // seeds
    ['序号', 'indicatorCode'],
    ['考核细则要求', 'criterion'],
    ['2017年底\n\n指标情况', 'baseline'],
    ['2019年底\n\n达到目标', 'target'],
    ['责任单位', 'departments', 'responsible'],
    ['备注', 'notes'],
    ['指标项', 'dimension'],
    ['指标内容', 'indicator'],
    ['考核评分方法', 'scoringMethod'],
    ['重点任务分解', 'task'],
    ['完成时限', 'deadline'],
    ['目标任务', 'criterion'],
    ['牵头部门', 'departments', 'lead'],
    ['配合部门', 'departments', 'support'],
    ['分值', 'indicatorPoints'],
    ['考核内容', 'criterion'],
    // other cities
    ['牵 头 部 门', 'departments', 'lead'],
    ['牽頭單位', 'departments', 'lead'],
    ['重点工作任务', 'task'],
    ['具体工作措施', 'task'],
    ['计划完成时间', 'deadline'],
    ['责任单位（部门）', 'departments', 'responsible'],
    ['协办单位', 'departments', 'support'],
    ['分值（分）', 'indicatorPoints'],
    ['一级指标', 'dimension'],
    ['二级指标', 'subdimension'],
    // body text is not a header
    ['市住房城乡建设局、各市（区）政府', null],
    ['组织开展小微企业质量负责人培训活动，推动企业采用先进质量管理方法', null],
    ['2018年12月', null],
  ];
  for (const [text, field, role] of cases) {
    it(`${text.replace(/\n/g, '⏎')} → ${field ?? 'none'}${role ? `/${role}` : ''}`, () => {
      const f = fieldOfHeader(text);
      expect(f?.field ?? null).toBe(field);
      if (role) expect(f?.role).toBe(role);
    });
  }
});
