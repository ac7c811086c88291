import { describe, expect, it } from 'vitest';
import { p, run, value } from './extract-helpers';

describe('prose', () => {
  it('reads region-wide scale, teacher and employment sentences', () => {
    const x = run([
      p('2023-2024学年，全市中等职业教育在校生57017人。'),
      p('全市共有专任教师3006人，生师比16.27:1。'),
      p('2024届毕业生就业率为97.78%。'),
    ]);
    expect(value(x, 'enrollment_total', 2024)).toBe(57017);
    expect(value(x, 'fulltime_teachers', 2024)).toBe(3006);
    expect(value(x, 'student_teacher_ratio', 2024)).toBe(16.27);
    expect(value(x, 'employment_rate', 2024)).toBe(97.78);
    const e = x.indicators.find((i) => i.id === 'enrollment_total')!;
    expect(e.source).toBe('prose');
    expect(e.quote).toContain('57017人');
  });

  it('keeps 约/余 figures, flagged approximate', () => {
    const x = run([p('全年完成中职招生2.2万余人。')]);
    const n = x.indicators.find((i) => i.id === 'new_enrollment')!;
    expect(n.value).toBe(22000);
    expect(n.approximate).toBe(true);
  });

  it('never takes a case study, a single school or a sub-region', () => {
    const x = run(
      [
        p('案例 2 【某某职业学校】 物流专业建设'),
        p('该专业现有专任教师19人，在校生520人。'),
        p('3.1 服务地方'),
        p('兰州市中等职业学校在校生21725人。'),
        p('甘肃省张掖市职业学校专任教师800人。'),
      ],
      '甘肃省中等职业教育质量年度报告（2024）',
    );
    expect(x.report.region).toBe('甘肃省');
    expect(x.indicators.filter((i) => ['fulltime_teachers', 'enrollment_total'].includes(i.id))).toEqual([]);
  });

  it('never takes a change or a subset as the figure', () => {
    const x = run([
      p('去向落实率较上一学年相比，上升4.25%。'),
      p('与上一年相比，全日制在校生数增加1162人。'),
      p('其中：公办中职校在校生人数30514人。'),
    ]);
    expect(x.indicators).toEqual([]);
  });
});
