import { AGENCY_KINDS } from '@papi/contracts/paths';
import type { MessageKey } from '../../i18n/index.ts';
import type { Agency } from './api.ts';

export const KIND_LABEL_KEYS: Record<Agency['kind'], MessageKey> = {
  ubnd: 'agencies.kind.ubnd',
  so: 'agencies.kind.so',
  ban_nganh: 'agencies.kind.ban_nganh',
  phong: 'agencies.kind.phong',
  mttq: 'agencies.kind.mttq',
  doan_the: 'agencies.kind.doan_the',
  toa_an: 'agencies.kind.toa_an',
  vien_kiem_sat: 'agencies.kind.vien_kiem_sat',
  cong_an: 'agencies.kind.cong_an',
  khac: 'agencies.kind.khac',
};

export { AGENCY_KINDS };

export function isAgencyKind(value: string): value is Agency['kind'] {
  return (AGENCY_KINDS as readonly string[]).includes(value);
}
