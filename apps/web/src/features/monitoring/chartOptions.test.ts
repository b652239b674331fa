import { describe, expect, it } from 'vitest';
import { rateMapOption, stackedStatusOption } from './chartOptions.ts';

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
