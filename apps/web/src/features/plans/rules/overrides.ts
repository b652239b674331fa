/**
 * The rules screen edits each type's rules as a table; the server stores only what differs
 * from the shipped defaults. Pure, unit-tested.
 */
import type { PlanType } from '@papi/domain';

export interface RuleState {
  enabled: boolean;
  severity: 'error' | 'warning';
  atIssuance: boolean;
  params: Record<string, unknown>;
}
export type TypeRules = Record<string, RuleState>;

type Configured = { rule: string; severity: 'error' | 'warning'; atIssuance?: boolean } & Record<
  string,
  unknown
>;

const paramsOf = (r: Configured): Record<string, unknown> => {
  const { rule: _rule, severity: _severity, atIssuance: _at, ...params } = r;
  return params;
};

/** Every known rule for a type: its configured values, or switched off with defaults. */
export function rulesState(rules: readonly Configured[], names: readonly string[]): TypeRules {
  const out: TypeRules = {};
  for (const name of names) {
    const r = rules.find((x) => x.rule === name);
    out[name] = r
      ? {
          enabled: true,
          severity: r.severity,
          atIssuance: r.atIssuance === true,
          params: paramsOf(r),
        }
      : { enabled: false, severity: 'error', atIssuance: false, params: {} };
  }
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Per rule `false` (switched off) or the values that differ from the type's default. */
export function toOverride(
  state: TypeRules,
  base: PlanType | undefined,
): Record<string, false | Record<string, unknown>> {
  const out: Record<string, false | Record<string, unknown>> = {};
  for (const [name, s] of Object.entries(state)) {
    const def = base?.rules.find((r) => r.rule === name) as Configured | undefined;
    if (!s.enabled) {
      if (def) out[name] = false;
      continue;
    }
    if (!def) {
      out[name] = {
        severity: s.severity,
        ...(s.atIssuance ? { atIssuance: true } : {}),
        ...s.params,
      };
      continue;
    }
    const diff: Record<string, unknown> = {};
    if (s.severity !== def.severity) diff.severity = s.severity;
    if (s.atIssuance !== (def.atIssuance === true)) diff.atIssuance = s.atIssuance;
    const defParams = paramsOf(def);
    for (const [k, v] of Object.entries(s.params)) if (!same(v, defParams[k])) diff[k] = v;
    if (Object.keys(diff).length > 0) out[name] = diff;
  }
  return out;
}
