import type { viDelegations } from '../vi/delegations.ts';

export const enDelegations: Record<keyof typeof viDelegations, string> = {
  'admin.delegations': 'Delegations',
  'delegations.explain':
    'Besides the coordinators, only the officers delegated below may draft the plans and reports of {unit}. A delegation ends after its end date or when revoked.',
  'delegations.intro': 'An officer of {unit} drafts on behalf of the unit:',
  'delegations.officer': 'Delegated officer',
  'delegations.noOfficer': 'The unit has no officer yet',
  'delegations.plans': "Draft the unit's plans",
  'delegations.reports': "Draft the unit's reports",
  'delegations.pickRight': 'Choose at least one right.',
  'delegations.rights': 'Rights',
  'delegations.endsOn': 'Until (inclusive)',
  'delegations.endsOnHint': 'Empty: until revoked',
  'delegations.untilRevoked': 'Until revoked',
  'delegations.grant': 'Delegate',
  'delegations.grantTitle': 'Delegate drafting of plans and reports',
  'delegations.grantedBy': 'Granted by',
  'delegations.revoke': 'Revoke',
  'delegations.revokeNamed': 'Revoke the delegation of {username}',
  'delegations.revokeConfirm':
    'Revoke the delegation of {name}? They will no longer be able to draft.',
  'delegations.none': 'No delegations yet.',
  'delegations.status.active': 'In force',
  'delegations.status.expired': 'Expired',
  'delegations.status.revoked': 'Revoked',
};
