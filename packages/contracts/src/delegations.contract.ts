import { z } from 'zod';
import { defineRoute } from './route.ts';
import { ZBodyId, ZId, ZIdParams, ZIsoDate, ZTimestamp } from './common.ts';

const TAG = 'Ủy quyền';

/**
 * A coordinator's explicit grant to an officer of the same unit: draft the unit's plans
 * and/or its own report, until the end date (inclusive) or revocation.
 */
export const ZDelegation = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  user: z.object({
    id: z.number().int(),
    username: z.string(),
    fullName: z.string(),
    agencyName: z.string().nullable(),
  }),
  plans: z.boolean(),
  reports: z.boolean(),
  endsOn: ZIsoDate.nullable(),
  grantedBy: z.string(),
  grantedAt: ZTimestamp,
  revokedBy: z.string().nullable(),
  revokedAt: ZTimestamp.nullable(),
  /** On today's date (the server's clock): in force, past its end date, or revoked. */
  status: z.enum(['active', 'expired', 'revoked']),
});
export type TDelegation = z.infer<typeof ZDelegation>;

export const listDelegations = defineRoute({
  method: 'get',
  path: '/api/delegations',
  summary: 'Ủy quyền soạn kế hoạch, báo cáo của một đơn vị (mặc định: đơn vị của mình)',
  tag: TAG,
  query: z.object({ unitId: ZId.optional() }),
  response: z.object({ items: z.array(ZDelegation) }),
});

export const createDelegation = defineRoute({
  method: 'post',
  path: '/api/delegations',
  summary:
    'Ủy quyền cho một cán bộ của đơn vị soạn kế hoạch và/hoặc báo cáo của đơn vị (thay ủy quyền cũ)',
  tag: TAG,
  body: z
    .object({
      userId: ZBodyId,
      plans: z.boolean(),
      reports: z.boolean(),
      /** Last day the grant holds; null: until revoked. */
      endsOn: ZIsoDate.nullable().default(null),
    })
    .refine((b) => b.plans || b.reports, {
      message: 'Chọn ít nhất một quyền: soạn kế hoạch hoặc soạn báo cáo.',
      path: ['plans'],
    }),
  response: ZDelegation,
  status: 201,
});

export const revokeDelegation = defineRoute({
  method: 'post',
  path: '/api/delegations/:id/revoke',
  summary: 'Thu hồi ủy quyền',
  tag: TAG,
  params: ZIdParams,
  response: ZDelegation,
});
