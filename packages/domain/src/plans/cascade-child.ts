/**
 * What a child plan started from an obligation gets besides the parent's tasks: its own title
 * ("… trên địa bàn phường Mộc Châu năm 2027") and a lead for each task that a drafter can keep
 * or change, so a fresh child plan does not open with one error per task.
 */
import { foldVietnamese } from '../text/fold.ts';
import type { AgencyRef, PlanTask } from './plan.ts';

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The parent's title without "Kế hoạch", its unit's name, "trên địa bàn …" and its year. */
function titleCore(parentTitle: string, parentUnitFullName: string): string {
  let core = parentTitle.trim().replace(/^kế hoạch\s+/i, '');
  core = core.replace(
    /\s*(?:-|–)?\s*(?:giai đoạn\s+)?(?:năm\s+)?\d{4}(?:\s*[-–]\s*\d{4})?\s*$/iu,
    '',
  );
  const unit = escape(lowerFirst(parentUnitFullName));
  core = core.replace(new RegExp(`\\s*(?:trên địa bàn|của|tại)?\\s*${unit}`, 'iu'), '');
  core = core.replace(/\s*(?:trên địa bàn|của|tại)\s*$/iu, '').trim();
  if (!core) core = 'Thực hiện nâng cao Chỉ số PAPI';
  return `${core.charAt(0).toUpperCase()}${core.slice(1)}`;
}

/**
 * The parent's title made the child unit's: the parent unit's name, "trên địa bàn …" and
 * the year are dropped, then "trên địa bàn {child unit} năm {year}" is added.
 */
export function childPlanTitle(
  parentTitle: string,
  parentUnitFullName: string,
  childUnitFullName: string,
  year: number,
): string {
  const core = titleCore(parentTitle, parentUnitFullName);
  return `${core} trên địa bàn ${lowerFirst(childUnitFullName)} năm ${year}`;
}

/** The same for a sở/ban/ngành obliged by its province: "… của Sở Nội vụ năm 2026". */
export function agencyPlanTitle(
  parentTitle: string,
  parentUnitFullName: string,
  agencyName: string,
  year: number,
): string {
  return `${titleCore(parentTitle, parentUnitFullName)} của ${agencyName} năm ${year}`;
}

/**
 * A department's name as its own header prints it, under its People's Committee: "Sở Tư
 * pháp tỉnh Sơn La" → "Sở Tư pháp" (the line above already names the province).
 */
export function agencyHeaderName(agencyName: string, unitFullName: string): string {
  const tail = new RegExp(`\\s+${escape(unitFullName)}$`, 'iu');
  return agencyName.trim().replace(tail, '') || agencyName.trim();
}

/**
 * The symbol a sở/ban/ngành numbers its plans under: its short name when the catalogue has
 * one, else the initials of its name ("Sở Khoa học và Công nghệ" → "KH-SKHCN").
 */
export function agencySymbol(agency: { name: string; shortName?: string | null }): string {
  const short = agency.shortName?.trim();
  if (short) return `KH-${short.toLocaleUpperCase('vi')}`;
  const initials = foldVietnamese(agency.name)
    .split(/[^a-z0-9]+/)
    .filter((w) => w && w !== 'va')
    .map((w) => w[0]!.toUpperCase())
    .join('');
  return `KH-${initials || 'CQ'}`;
}

export interface UnitAgency {
  id: string;
  name: string;
  /** 'ubnd' for the People's Committee; other kinds are its offices and departments. */
  kind: string;
}

/**
 * The lead a child task starts with: the unit's agency the parent task names directly (as
 * lead, else among the cooperating), else the unit's People's Committee; null when the unit
 * has none. Always one of the unit's own agencies, never the parent's lead.
 */
export function childLead(task: PlanTask, unitAgencies: readonly UnitAgency[]): AgencyRef | null {
  const named = [task.lead, ...task.cooperating].flatMap((r) =>
    r && r.kind === 'agency' ? [r.id] : [],
  );
  const own =
    named.map((id) => unitAgencies.find((a) => a.id === id)).find((a) => a !== undefined) ??
    unitAgencies.find((a) => a.kind === 'ubnd') ??
    unitAgencies.find((a) => /^uy ban nhan dan/.test(foldVietnamese(a.name)));
  return own ? { kind: 'agency', id: own.id, name: own.name } : null;
}
