import { describe, expect, it } from 'vitest';
import { communeMapOption, legendRowWidth, pieceOf } from '../indices/charts/communeMapOption.ts';
import { SUBMISSION_HEX } from '../reports/labels.ts';
import {
  communeStateAreas,
  communeStatePieces,
  rateMapOption,
  stackedStatusOption,
} from './chartOptions.ts';

const zero = { not_started: 0, in_progress: 0, done: 0, done_late: 0, overdue: 0, cancelled: 0 };

describe('monitoring chart options', () => {
  it('stacks one series per status, overdue first, aligned with the rows', () => {
    const option = stackedStatusOption(
      [
        { label: 'D1', byStatus: { ...zero, overdue: 2, done: 1 } },
        { label: 'D2', byStatus: { ...zero, in_progress: 3 } },
      ],
      (s) => s.toUpperCase(),
      String,
    ) as { series: { name: string; stack: string; data: number[] }[]; yAxis: { data: string[] } };
    expect(option.yAxis.data).toEqual(['D1', 'D2']);
    expect(option.series.map((s) => s.name)).toEqual([
      'OVERDUE',
      'NOT_STARTED',
      'IN_PROGRESS',
      'DONE_LATE',
      'DONE',
      'CANCELLED',
    ]);
    expect(option.series[0]!.data).toEqual([2, 0]);
    expect(option.series[2]!.data).toEqual([0, 3]);
    expect(new Set(option.series.map((s) => s.stack)).size).toBe(1);
  });

  it('colours provinces by code, leaves unknown rates blank and labels the archipelagos', () => {
    const option = rateMapOption({
      mapName: 'vn',
      areas: [
        { code: '14', name: 'Sơn La', rate: 75, tooltip: 'Sơn La 75%' },
        { code: '01', name: 'Hà Nội', rate: null, tooltip: 'Hà Nội' },
      ],
      archipelagos: [{ name: 'Quần đảo Hoàng Sa', coord: [112, 16.5] }],
      compact: false,
    }) as { series: { data: { name: string; value: unknown }[] }[]; geo: { nameProperty: string } };
    expect(option.geo.nameProperty).toBe('code');
    expect(option.series[0]!.data[0]).toEqual({ name: '14', value: 75 });
    expect(Number.isNaN(option.series[0]!.data[1]!.value)).toBe(true);
    expect(option.series[1]!.data[0]!.name).toBe('Quần đảo Hoàng Sa');
  });
});

describe('commune map options', () => {
  const features = new Map([
    ['03646', 'Tô Hiệu'],
    ['03647', 'Chiềng An'],
    ['03650', 'Chiềng Cơi'],
  ]);
  const reporters = [
    { unit: { code: '03646', level: 'commune' }, state: 'late' as const },
    { unit: { code: '03647', level: 'commune' }, state: 'on_time' as const },
    { unit: { code: '14', level: 'province' }, state: 'missing' as const },
  ];

  it('colours each commune by the state of its report, with the tiles’ colours', () => {
    const pieces = communeStatePieces((s) => s);
    const areas = communeStateAreas(reporters, (r) => `${r.unit.code}:${r.state}`);
    expect(areas.map((a) => a.code)).toEqual(['03646', '03647']);
    expect(areas.map((a) => pieceOf(pieces, a.value)?.color)).toEqual([
      SUBMISSION_HEX.late,
      SUBMISSION_HEX.on_time,
    ]);
    expect(pieces.map((p) => p.label)).toEqual(['on_time', 'late', 'missing', 'pending']);
  });

  type Built = {
    series: { data: { name: string; value: number }[] }[];
    geo: { nameProperty: string; top: number; bottom: number };
    visualMap: { orient: string; pieces: unknown[] };
    tooltip: { formatter: (p: { name?: string }) => string };
  };
  const build = (width: number) =>
    communeMapOption({
      mapName: 'communes-14',
      features,
      areas: communeStateAreas(reporters, (r) => `${r.unit.code}:${r.state}`),
      pieces: communeStatePieces((s) => `Trạng thái ${s}`),
      noDataTooltip: (name) => `${name}: none`,
      width,
    }) as Built;

  it('gives every commune of the map an entry and a tooltip, grey without data', () => {
    const option = build(340);
    expect(option.geo.nameProperty).toBe('code');
    expect(option.series[0]!.data.map((d) => d.name)).toEqual(['03646', '03647', '03650']);
    expect(option.series[0]!.data[2]!.value).toBeNaN();
    expect(option.tooltip.formatter({ name: '03650' })).toBe('Chiềng Cơi: none');
    expect(option.tooltip.formatter({ name: '03646' })).toBe('03646:late');
    expect(option.visualMap.pieces).toHaveLength(4);
  });

  it('lays the legend in one row when it fits, else one item a line, the map above it', () => {
    const wide = build(1000);
    expect(wide.visualMap.orient).toBe('horizontal');
    expect(wide.geo.bottom).toBeGreaterThanOrEqual(30);
    const narrow = build(340);
    expect(narrow.visualMap.orient).toBe('vertical');
    // Four lines of ~19 px: the map stops above them, and below the title row.
    expect(narrow.geo.bottom).toBeGreaterThanOrEqual(4 * 19);
    expect(narrow.geo.top).toBeGreaterThanOrEqual(30);
    expect(legendRowWidth(['Đúng hạn', 'Trễ hạn'], 12, 12)).toBeLessThan(340);
  });
});
