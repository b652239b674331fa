import type { MessageKey } from '../../i18n/index.ts';
import type { Unit } from './api.ts';

export const LEVEL_LABEL_KEYS: Record<Unit['level'], MessageKey> = {
  country: 'units.level.country',
  province: 'units.level.province',
  district: 'units.level.district',
  commune: 'units.level.commune',
};

/** mergeType is a free string in the contract; the two known values get a label. */
export function mergeTypeKey(mergeType: string): MessageKey | null {
  if (mergeType === 'full') return 'units.merge.full';
  if (mergeType === 'partial') return 'units.merge.partial';
  return null;
}
