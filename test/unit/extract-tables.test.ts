import { describe, expect, it } from 'vitest';
import { line, run, table, value } from './extract-helpers';

const H = ['序号', '指标', '单位', '2023年', '2024年'];

describe('standard tables', () => {
  it('maps rows to ids and reads each year column, skipping dashes', () => {
    const x = run([
      table([H, ['1', '全日制在校生人数*', '人', '29605', '29304'], ['2', '年生均财政拨款水平', '元', '-', '9280.02']], '表6 落实政策表'),
    ]);
    expect(value(x, 'enrollment_total', 2023)).toBe(29605);
    expect(value(x, 'enrollment_total', 2024)).toBe(29304);
    expect(value(x, 'appropriation_per_student', 2023)).toBeUndefined();
    expect(value(x, 'appropriation_per_student', 2024)).toBe(9280.02);
    const ind = x.indicators.find((i) => i.id === 'enrollment_total')!;
    expect(ind.source).toBe('table');
    expect(ind.quote).toContain('29304');
    expect(ind.confidence).toBeGreaterThan(0.8);
  });

  it('lets the parent row decide: 其中：在校生数 under 中外合作办学专业数 is not enrollment', () => {
    const x = run([
      table([H, ['6', '中外合作办学专业数', '个', '2', '3'], ['', '其中：在校生数', '人', '80', '120']], '表5 国际影响表'),
    ]);
    expect(value(x, 'sino_foreign_majors', 2024)).toBe(3);
    expect(x.indicators.some((i) => i.id === 'enrollment_total')).toBe(false);
  });

  it('reads the 学时 row under a 门 row as the hours indicator, never as the course count', () => {
    const x = run([
      table([H, ['5', '教学计划内课程总数*', '门', '1864', '2054'], ['', '', '学时', '250207', '305633']]),
    ]);
    expect(value(x, 'courses_total', 2024)).toBe(2054);
    expect(value(x, 'courses_total_hours', 2024)).toBe(305633);
  });

  it('ignores the respondents column after the year columns', () => {
    const x = run([
      table([
        ['序号', '指标', '单位', '2023年', '2024年', '调查人数', '调查方式'],
        ['1', '毕业生满意度', '%', '89.94', '89.19', '15108', '问卷调查'],
      ]),
    ]);
    expect(value(x, 'satisfaction_graduates', 2024)).toBe(89.19);
  });

  it('reads transposed tables (years as rows)', () => {
    const x = run([
      table([
        ['年份', '单位', '学校数', '公办学校', '民办学校'],
        ['2022—2023学年', '所', '12', '11', '1'],
        ['2023-2024学年', '所', '13', '11', '2'],
      ]),
    ]);
    expect(value(x, 'school_count', 2023)).toBe(12);
    expect(value(x, 'school_count', 2024)).toBe(13);
    expect(value(x, 'school_count_private', 2024)).toBe(2);
  });

  it('reads PDF text rows with labels broken across lines', () => {
    const x = run([
      line('附表2：满意度调查表'),
      line('序号 指标 单位 2023 年 2024年'),
      line('公共基础课（不含思想政治课）'),
      line('教学满意度*'),
      line('% 90.44 89.14'),
    ]);
    expect(value(x, 'satisfaction_public_course', 2023)).toBe(90.44);
    expect(value(x, 'satisfaction_public_course', 2024)).toBe(89.14);
  });

  it('re-reads a block of rows visibly shifted by one row, with a warning and low confidence', () => {
    const x = run([
      line('附表6：落实政策表'),
      line('序号 指标 单位 2023年 2024年'),
      line('1 全日制在校生人数* 人 44483 57017'),
      line('5 参加国家学生体质健康标准测试人数 人 850 1174'),
      line('其中：学生体质测评合格率 % 36126 49083'),
      line('6 职业技能等级证书（含职业资格证书）获取人数 人 91.74 91.06'),
      line('7 企业提供的校内实践教学设备值* 万元 4841 10748'),
      line('8 与企业共建开放型区域产教融合实践中心数量 个 2591.10 4635.00'),
      line('9 聘请行业导师人数* 人 60 100'),
    ]);
    expect(value(x, 'fitness_test_participants', 2024)).toBe(49083);
    expect(value(x, 'fitness_pass_rate', 2024)).toBe(91.06);
    expect(value(x, 'skill_cert_holders', 2024)).toBe(10748);
    expect(value(x, 'enterprise_equipment_value', 2023)).toBe(2591.1);
    const shifted = x.indicators.find((i) => i.id === 'fitness_pass_rate')!;
    expect(shifted.confidence).toBeLessThan(0.6);
    expect(shifted.warnings.map((w) => w.message).join(' ')).toMatch(/shifted/);
    expect(x.warnings.map((w) => w.message).join(' ')).toMatch(/shifted/);
    expect(value(x, 'enrollment_total', 2024)).toBe(57017);
  });

  it('never emits a percentage above 100 silently', () => {
    const x = run([table([H, ['6', '自主创业率', '%', '1.04', '127.5'], ['7', '毕业三年晋升比例', '%', '26.10', '28.20']])]);
    expect(value(x, 'self_employment_rate', 2024)).toBeUndefined();
    expect(value(x, 'self_employment_rate', 2023)).toBe(1.04);
    expect(x.warnings.find((w) => w.code === 'dropped_implausible')?.params.id).toBe('self_employment_rate');
  });
});

describe('table variants', () => {
  it('reads a single 数值 column as the report year, and a unit printed in the label', () => {
    const x = run([table([['序号', '指标', '数值'], ['1', '全日制在校生人数（人）', '29304'], ['2', '年生均财政拨款水平（万元）', '1.2']])]);
    expect(value(x, 'enrollment_total', 2024)).toBe(29304);
    expect(value(x, 'appropriation_per_student', 2024)).toBe(12000);
  });
  it('reads 学年 header columns by their second year', () => {
    const x = run([table([['指标', '单位', '2022-2023学年', '2023-2024学年'], ['专任教师总数', '人', '1870', '1903']])]);
    expect(value(x, 'fulltime_teachers', 2023)).toBe(1870);
    expect(value(x, 'fulltime_teachers', 2024)).toBe(1903);
  });
});

describe('table scope', () => {
  it('skips a table captioned for one city inside a province report', () => {
    const x = run(
      [
        line('表3 兰州市中等职业学校办学规模'),
        table([['序号', '指标', '单位', '2024年'], ['1', '全日制在校生人数', '人', '21725']]),
        line('表6 落实政策表'),
        table([['序号', '指标', '单位', '2024年'], ['1', '全日制在校生人数', '人', '159689']]),
      ],
      '甘肃省中等职业教育质量年度报告（2024）',
    );
    expect(value(x, 'enrollment_total', 2024)).toBe(159689);
    expect(x.indicators.find((i) => i.id === 'enrollment_total')!.alternatives).toEqual([]);
  });
});

describe('shift detection is not fooled by one typo', () => {
  it('drops a single impossible figure without re-reading the rows below', () => {
    const x = run([
      line('序号 指标 单位 2023年 2024年'),
      line('1 毕业生人数* 人 12267 16214'),
      line('2 毕业去向落实人数 人 11784.5 14634'),
      line('其中：毕业生升学人数 人 7823 10220'),
      line('升入本科人数 人 35 29'),
    ]);
    expect(value(x, 'graduates_placed', 2023)).toBeUndefined();
    expect(value(x, 'graduates_placed', 2024)).toBe(14634);
    expect(value(x, 'graduates_further_study', 2024)).toBe(10220);
    expect(value(x, 'graduates_to_undergrad', 2024)).toBe(29);
  });
});
