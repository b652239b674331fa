/**
 * The shipped solution library, drawn from the seed plans: every solution of 001 (35, all
 * eight PAPI dimensions) and the topics of 003 that speak to one dimension. 004's tasks
 * are in an appendix its text does not contain, so it adds none. Keys are stable, so a
 * re-seed updates rather than duplicates.
 */
import { SEED_001 } from './fixtures/seed-001.ts';
import { SEED_003 } from './fixtures/seed-003.ts';
import type { Plan, PlanTask } from './plan.ts';

export interface SeedSolution {
  seedKey: string;
  frameworkCode: string;
  dimensionCode: string;
  title: string;
  content: string;
  expectedResult: string | null;
  suggestedLead: string | null;
  source: string;
}

/** 003's topics carry no dimension; these are the ones that plainly serve one. */
const SEED_003_DIMENSIONS: Record<string, string> = {
  '3': 'D1',
  '4': 'D8',
  '6': 'D2',
  '8': 'D5',
};

/** A short title: the task's own, else its first clause cut at a word near 90 letters. */
export function solutionTitle(task: Pick<PlanTask, 'title' | 'content'>): string {
  if (task.title) return task.title;
  const first = task.content.split(/[.;:](\s|$)/)[0]!.trim();
  if (first.length <= 100) return first;
  const cut = first.slice(0, 90);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

const sourceOf = (p: Plan, issuer: string) =>
  `Kế hoạch ${p.documentNumber ?? ''}${p.date ? ` (${p.date.slice(0, 4)})` : ''} của ${issuer}`.replace(
    /\s+/g,
    ' ',
  );

function fromPlan(
  p: Plan,
  key: string,
  issuer: string,
  dimensionOf: (t: PlanTask) => string | null,
): SeedSolution[] {
  return p.tasks.flatMap((t) => {
    const dimensionCode = dimensionOf(t);
    if (!dimensionCode) return [];
    return [
      {
        seedKey: `${key}-${t.number}`,
        frameworkCode: 'PAPI',
        dimensionCode,
        title: solutionTitle(t),
        content: t.content,
        expectedResult: t.expectedResult,
        suggestedLead: t.lead ? (t.lead.kind === 'agency' ? t.lead.name : t.lead.label) : null,
        source: sourceOf(p, issuer),
      },
    ];
  });
}

export const SOLUTION_SEED: readonly SeedSolution[] = [
  ...fromPlan(SEED_001, 'seed-001', 'UBND huyện Mộc Châu', (t) => t.dimensionCodes[0] ?? null),
  ...fromPlan(
    SEED_003,
    'seed-003',
    'UBND tỉnh Sơn La',
    (t) => SEED_003_DIMENSIONS[t.number] ?? null,
  ),
];
