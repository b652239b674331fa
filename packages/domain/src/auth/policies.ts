import { ROLES, type Role } from './roles.ts';
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
  /** The kind of that agency ('ubnd' = the unit's People's Committee, 'so', …). */
  agencyKind?: string | null;
  /**
   * Drafting rights a coordinator of the actor's own unit delegated to them explicitly,
   * in force today (not revoked, end date not passed): the unit's plans, its own report.
   */
  delegated?: Delegated;
}

export interface Delegated {
  plans: boolean;
  reports: boolean;
}

/** What they ask about: the unit path the record belongs to (and its agency, if any). */
export interface Target {
  unitPath: string;
  agencyId?: number | null;
  userId?: number;
  /** The target user's role (account writes compare it with the actor's). */
  role?: Role;
  /** The actor is a named member of the target's body (the year's emulation council). */
  member?: boolean;
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
/** The target names the actor's own agency (lead or cooperating agency of a task). */
const ownAgency: Rule = (a, t) =>
  a.agencyId !== null && t.agencyId !== undefined && t.agencyId === a.agencyId;
/** The target is the actor's own unit itself, not a unit below it. */
const ownUnit: Rule = (a, t) => t.unitPath === a.scopePaths[0];
const noAgency: Rule = (_a, t) => t.agencyId === undefined || t.agencyId === null;
const working = roles('admin', 'coordinator', 'leader', 'officer');
/**
 * The actor may speak for their unit: its managers, or staff of its People's Committee.
 * A sở/ban/ngành officer acts for their agency only (its tasks and its own report).
 */
const forUnit: Rule = (a) => actsForUnit(a);
/** A right the unit's coordinator delegated to the actor (`ownUnit` narrows it to that unit). */
const delegated =
  (right: keyof Delegated): Rule =>
  (a) =>
    a.delegated?.[right] === true;
/**
 * An account below the actor, or one of a lower role in the actor's own unit: a
 * coordinator never changes a peer coordinator or anyone above them. Admins change all.
 */
const beneath: Rule = (a, t) =>
  a.role === 'admin' ||
  (t.unitPath !== a.scopePaths[0]
    ? t.role !== 'admin'
    : t.role !== undefined && ROLES.indexOf(t.role) > ROLES.indexOf(a.role));

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
  // Changing an existing account (password reset included) also needs it to be beneath them.
  'user.manage': all(roles('admin', 'coordinator'), inScope, any(self, beneath)),
  // Delegating the drafting of a unit's plans or report: only its own coordinators and
  // admins, to officers of that very unit (never beyond it, never by an officer).
  'delegation.read': all(roles('admin', 'coordinator'), inScope),
  'delegation.write': all(roles('admin', 'coordinator'), ownUnit),
  'audit.read': all(roles('admin'), inScope),
  'settings.write': all(roles('admin'), inScope),
  // Backups hold every password hash and every unit's evidence: the target is the
  // installation root, and only its own admins make, list or download them.
  'backup.manage': all(roles('admin'), ownUnit),
  // A unit's yearly index targets: everyone in scope reads them, its managers set them.
  'target.read': inScope,
  'target.write': all(roles('admin', 'coordinator', 'leader'), inScope),
  // What moved in a unit's index results and which of its tasks targeted it: read in scope.
  'impact.read': inScope,
  // Official index results are national data, one set per installation: the target is the
  // installation root and only its own admins and coordinators import them.
  'index.import': all(roles('admin', 'coordinator'), ownUnit),
  // Plans (Kế hoạch): read in scope; drafted by admins and coordinators in scope, by the
  // officers of the unit's own People's Committee (not a sở's officer on the unit's plans),
  // by the users of the unit its coordinator delegated, and by a sở's officers on the plan
  // the sở issues in its own name (target agencyId); issued by leaders (the signature is theirs). The
  // workflow narrows to the issuing unit.
  'plan.read': inScope,
  'plan.write': any(
    all(roles('admin', 'coordinator'), inScope),
    all(roles('officer'), ownUnit, forUnit),
    all(roles('officer'), ownUnit, delegated('plans')),
    // A sở/ban/ngành's own plan (one the province plan obliged it to issue): its officers.
    all(roles('officer'), inScope, ownAgency),
  ),
  'plan.issue': all(roles('leader'), inScope),
  // Task execution: everyone in scope of the task's unit reads it, and so do the agencies it
  // names (a commune's UBND leading a task of the province plan). Only the lead agency's
  // staff record progress, completion and cancellation; cooperating agencies contribute.
  'task.read': any(inScope, ownAgency),
  'task.report': all(working, ownAgency),
  'task.contribute': all(working, ownAgency),
  // Reporting regimes are set by a unit for its subtree and read by everyone they apply to.
  'regime.read': any(inScope, within),
  'regime.write': all(roles('admin', 'coordinator'), inScope),
  // A report is written by its own unit (or, for a sở/ban/ngành's report, by that agency)
  // and reviewed by the receiving level: coordinators, leaders, admins of the receiver.
  'report.read': any(inScope, ownAgency),
  'report.write': all(
    working,
    any(
      ownAgency,
      all(noAgency, ownUnit, any(forUnit, all(roles('officer'), delegated('reports')))),
    ),
  ),
  'report.review': all(roles('admin', 'coordinator', 'leader'), inScope),
  // Monitoring boards and the inbox of a unit: anyone in scope.
  'monitoring.read': inScope,
  // Holidays: the target is the calendar's unit — the installation root (applies everywhere)
  // or a province (its own days off); only the admins of that very unit change it.
  'holiday.write': all(roles('admin'), ownUnit),
  // Plan-type rules are one set per installation, like index imports: the target is the
  // installation root, and only its own admins and coordinators change them.
  'plan.configure': all(roles('admin', 'coordinator'), ownUnit),
  // What the public transparency page (/cong-khai) shows is one choice per installation:
  // the target is the installation root, its own admins and coordinators decide.
  'public.configure': all(roles('admin', 'coordinator'), ownUnit),
  // Reminding obliged units belongs to the managers of the unit that issued the parent plan.
  'plan.remind': all(roles('admin', 'coordinator', 'leader'), inScope),
  // From the overdue board, the same managers remind the unit (or agency) owing a report
  // or a task; the target is the owing unit.
  'work.remind': all(roles('admin', 'coordinator', 'leader'), inScope),
  // The solution library: a unit's own solutions are read in its subtree and by the units
  // it sits under (a province reads its communes', a commune its province's); coordinators
  // and admins write them in scope. Shipped solutions have no unit and are read by all.
  'solution.read': any(inScope, within),
  'solution.write': all(roles('admin', 'coordinator'), inScope),
  // Survey instruments are installation-wide, like index frameworks: everyone reads them,
  // the installation root's admins and coordinators write and publish them (target: root).
  'survey.instrument.read': any(inScope, within),
  'survey.instrument.write': all(roles('admin', 'coordinator'), ownUnit),
  // A unit's survey runs and their scores: read in scope; its coordinators and admins (and
  // those above) run them. Responses are entered by working staff in scope of the stratum's
  // commune (or of the run's unit for a stratum that is not a unit).
  'survey.run.read': inScope,
  'survey.run.write': all(roles('admin', 'coordinator'), inScope),
  'survey.respond': all(working, inScope),
  // Raw answers (free text even masked) go to analysts only: the run's coordinators and
  // admins (and those above); every download is audited.
  'survey.answers.read': all(roles('admin', 'coordinator'), inScope),
  // Emulation (thi đua) of a unit's year: read in scope and by the units it scores (a
  // commune or an agency sees only its own row unless it manages the unit); criteria set
  // by its coordinators; computed and lists edited by managers; approved by its leaders;
  // council criteria marked only by the named members of the year's council.
  'emulation.read': any(inScope, within),
  'emulation.read.all': all(roles('admin', 'coordinator', 'leader'), inScope),
  'emulation.configure': all(roles('admin', 'coordinator'), inScope),
  'emulation.compute': all(roles('admin', 'coordinator', 'leader'), inScope),
  'emulation.lists': all(roles('admin', 'coordinator', 'leader'), inScope),
  'emulation.approve': all(roles('leader'), inScope),
  'emulation.score': all(working, (_a, t) => t.member === true),
  // Multi-year programmes and their review: read in scope; set up, assigned, reviewed and
  // compiled by the unit's admins and coordinators (and those above).
  'programme.read': inScope,
  'programme.write': all(roles('admin', 'coordinator'), inScope),
  // A review report (target: its unit and agency) is read by the programme's managers and
  // leaders in scope, and otherwise only by its own agency (a sở's officers see no other
  // sở's report) or, for a subordinate unit's report, by the staff speaking for that unit; it is
  // written by its agency's staff, or the unit's own staff speaking for the unit.
  'review.report.read': any(
    all(roles('admin', 'coordinator', 'leader'), inScope),
    ownAgency,
    all(noAgency, ownUnit, forUnit),
  ),
  'review.report.write': all(working, any(ownAgency, all(noAgency, ownUnit, forUnit))),
  // Citizen feedback (phản ánh, kiến nghị): the target is the unit the case now belongs to
  // (the assignee agency's unit, else the commune concerned, else the receiving unit) and
  // the assignee agency. Managers and viewers in scope read it (it carries the citizen's
  // contact), and so does the assignee agency's staff — not every officer in scope; the
  // coordinators route it; the assignee's staff (or a coordinator) draft the answer or pass
  // it on; the unit's leaders approve what is published. Settings: the unit's own managers.
  'feedback.read': any(all(roles('admin', 'coordinator', 'leader', 'viewer'), inScope), ownAgency),
  'feedback.assign': all(roles('admin', 'coordinator'), inScope),
  'feedback.answer': any(all(working, ownAgency), all(roles('admin', 'coordinator'), inScope)),
  'feedback.approve': all(roles('leader'), inScope),
  'feedback.configure': all(roles('admin', 'coordinator'), ownUnit),
} satisfies Record<string, Rule>;

export type Action = keyof typeof POLICIES;

/** Whether a user drafts their own unit's plans: they speak for it, or were delegated to. */
export function draftsUnitPlans(
  user: Parameters<typeof actsForUnit>[0] & Pick<Actor, 'delegated'>,
): boolean {
  return actsForUnit(user) || (user.role === 'officer' && user.delegated?.plans === true);
}

/** Whether a user speaks for their unit (managers, People's Committee staff), not one agency. */
export function actsForUnit(user: { role: Role | string; agencyKind?: string | null }): boolean {
  if (user.role === 'admin' || user.role === 'coordinator' || user.role === 'leader') return true;
  return user.role === 'officer' && user.agencyKind === 'ubnd';
}

export function can(actor: Actor, action: Action, target: Target): boolean {
  return POLICIES[action](actor, target);
}
