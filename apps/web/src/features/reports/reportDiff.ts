/**
 * What changed between two versions of a report: indicator values, narrative sections and
 * the frozen task statuses. Pure, so the version history can say it in words.
 */
import type { TReportContent, TReportVersion } from '@papi/contracts';
import type { NarrativeSection } from '@papi/domain';

export type ReportChange =
  | { kind: 'indicator'; code: string; before: number | null; after: number | null }
  | {
      kind: 'narrative';
      dimensionCode: string;
      section: NarrativeSection;
      before: string;
      after: string;
    }
  | { kind: 'status'; status: string; before: number; after: number };

const SECTIONS: NarrativeSection[] = ['results', 'shortcomings', 'proposals'];

function indicatorChanges(a: TReportContent, b: TReportContent): ReportChange[] {
  const before = new Map(a.indicators.map((i) => [i.code, i.value]));
  const after = new Map(b.indicators.map((i) => [i.code, i.value]));
  const codes = [...new Set([...before.keys(), ...after.keys()])];
  return codes
    .filter((code) => (before.get(code) ?? null) !== (after.get(code) ?? null))
    .map((code) => ({
      kind: 'indicator',
      code,
      before: before.get(code) ?? null,
      after: after.get(code) ?? null,
    }));
}

function narrativeChanges(a: TReportContent, b: TReportContent): ReportChange[] {
  const key = (n: TReportContent['narratives'][number]) => n.dimensionCode;
  const before = new Map(a.narratives.map((n) => [key(n), n]));
  const after = new Map(b.narratives.map((n) => [key(n), n]));
  const codes = [...new Set([...before.keys(), ...after.keys()])].sort();
  const out: ReportChange[] = [];
  for (const code of codes) {
    for (const section of SECTIONS) {
      const x = (before.get(code)?.[section] ?? '').trim();
      const y = (after.get(code)?.[section] ?? '').trim();
      if (x !== y)
        out.push({ kind: 'narrative', dimensionCode: code, section, before: x, after: y });
    }
  }
  return out;
}

function statusChanges(a: TReportVersion, b: TReportVersion): ReportChange[] {
  if (!a.snapshot || !b.snapshot) return [];
  const before = a.snapshot.counts as Record<string, number>;
  const after = b.snapshot.counts as Record<string, number>;
  return Object.keys(after)
    .filter((s) => (before[s] ?? 0) !== (after[s] ?? 0))
    .map((s) => ({ kind: 'status', status: s, before: before[s] ?? 0, after: after[s] ?? 0 }));
}

/** Changes from `previous` to `next` (next is the later version). */
export function diffVersions(previous: TReportVersion, next: TReportVersion): ReportChange[] {
  return [
    ...indicatorChanges(previous.content, next.content),
    ...narrativeChanges(previous.content, next.content),
    ...statusChanges(previous, next),
  ];
}

/** Versions newest first, each with what changed since the one before it. */
export function versionHistory(versions: readonly TReportVersion[]) {
  const ordered = [...versions].sort((a, b) => a.versionNo - b.versionNo);
  return ordered
    .map((version, i) => ({
      version,
      changes: i === 0 ? null : diffVersions(ordered[i - 1]!, version),
    }))
    .reverse();
}
