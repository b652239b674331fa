import type { Role } from './roles.ts';
import { isWithinScope } from './scope.ts';

/**
 * Who is asking. `scopePaths[0]` is the subtree of the user's own (current) unit; the
 * others are the subtrees of the units it was formed from in the 2025 reorganisation,
 * so a merged province still reads its predecessors' history.
 */
export interface Actor {
  userId: number;
  role: Role;
  scopePaths: string[];
  agencyId: number | null;
}

/** What they ask about: the unit path the record belongs to (and its agency, if any). */
export interface Target {
  unitPath: string;
  agencyId?: number | null;
  userId?: number;
}

type Rule = (actor: Actor, target: Target) => boolean;

const inScope: Rule = (a, t) => isWithinScope(t.unitPath, a.scopePaths);
const roles =
  (...allowed: Role[]): Rule =>
  (a) =>
    allowed.includes(a.role);
const all =
  (...rules: Rule[]): Rule =>
  (a, t) =>
    rules.every((r) => r(a, t));
const any =
  (...rules: Rule[]): Rule =>
  (a, t) =>
    rules.some((r) => r(a, t));
/** The actor's own unit lies inside the target's subtree (the target is above them). */
const within: Rule = (a, t) => a.scopePaths.some((p) => p.startsWith(t.unitPath));
const self: Rule = (a, t) => t.userId !== undefined && t.userId === a.userId;

/**
 * The whole authorization table. Each action is one line; the server asks `can(...)`
 * before every read and write, and the authorization matrix test walks this table.
 */
export const POLICIES = {
  'unit.read': inScope,
  'agency.read': inScope,
  'agency.write': all(roles('admin', 'coordinator'), inScope),
  'user.read': any(self, all(roles('admin', 'coordinator', 'leader'), inScope)),
  'user.write': all(roles('admin', 'coordinator'), inScope),
  'audit.read': all(roles('admin'), inScope),
  'settings.write': all(roles('admin'), inScope),
  // A unit's yearly index targets: everyone in scope reads them, its managers set them.
  'target.read': inScope,
  'target.write': all(roles('admin', 'coordinator', 'leader'), inScope),
  // Official index results are national data, one set per installation: the target is the
  // installation root and only the role decides (any admin or coordinator, whatever unit).
  'index.import': roles('admin', 'coordinator'),
  // Plans (Kế hoạch): read in scope; drafted by admins, coordinators and officers in scope;
  // issued by leaders (the signature is theirs). The workflow narrows to the issuing unit.
  'plan.read': inScope,
  'plan.write': all(roles('admin', 'coordinator', 'officer'), inScope),
  'plan.issue': all(roles('leader'), inScope),
  // Plan-type rules are one set per installation, like index imports: the role decides.
  'plan.configure': roles('admin', 'coordinator'),
  // Reminding obliged units belongs to the managers of the unit that issued the parent plan.
  'plan.remind': all(roles('admin', 'coordinator', 'leader'), inScope),
  // The solution library: a unit's own solutions are read in its subtree and by the units
  // it sits under (a province reads its communes', a commune its province's); coordinators
  // and admins write them in scope. Shipped solutions have no unit and are read by all.
  'solution.read': any(inScope, within),
  'solution.write': all(roles('admin', 'coordinator'), inScope),
} satisfies Record<string, Rule>;

export type Action = keyof typeof POLICIES;

export function can(actor: Actor, action: Action, target: Target): boolean {
  return POLICIES[action](actor, target);
}
