import { GROUPS, GROUP_LABELS } from '@papi/domain';
import type { PerformanceGroup } from '@papi/domain';
import type { Lang } from '../../i18n/index.ts';

export { GROUPS };
export type { PerformanceGroup };

/**
 * ColorBrewer RdYlBu, 4 classes: diverging, colour-blind safe and legible in greyscale
 * (dark – light – light – dark with different hues). Same everywhere: badges, map, scatter.
 */
export const GROUP_COLORS: Record<PerformanceGroup, string> = {
  highest: '#2c7bb6',
  high_average: '#abd9e9',
  low_average: '#fdae61',
  lowest: '#d7191c',
};

/** Text colour that keeps at least 4.5:1 contrast on each group colour. */
export const GROUP_TEXT: Record<PerformanceGroup, string> = {
  highest: '#ffffff',
  high_average: '#1a1a1a',
  low_average: '#1a1a1a',
  lowest: '#ffffff',
};

/** Shapes so the groups stay distinguishable without colour (scatter points). */
export const GROUP_SYMBOLS: Record<PerformanceGroup, string> = {
  highest: 'circle',
  high_average: 'diamond',
  low_average: 'triangle',
  lowest: 'rect',
};

export const NO_DATA_COLOR = '#d9d9d9';

export function groupLabel(group: PerformanceGroup, lang: Lang): string {
  return GROUP_LABELS[group][lang];
}
