/**
 * Plan types are data: each names the rules its plans must satisfy, with parameters. The
 * coordinator of an installation may switch rules off, change their parameters or
 * severity, or add a type, by a plain object merged over these defaults — no code change.
 */
export const TASK_FIELDS = [
  'content',
  'lead',
  'deadline',
  'expectedResult',
  'dimensions',
  'budget',
] as const;
export type TaskField = (typeof TASK_FIELDS)[number];

export type Severity = 'error' | 'warning';

export type RuleSpec =
  | { rule: 'covers_all_dimensions'; level: 'dimension' | 'sub_dimension' }
  | { rule: 'task_requires'; fields: TaskField[] }
  | { rule: 'budget_required'; requireSource: boolean }
  | { rule: 'min_tasks'; min: number }
  | { rule: 'unique_task_numbers' }
  | { rule: 'deadlines_in_period' }
  | { rule: 'agencies_active' }
  | { rule: 'dimensions_exist' }
  | { rule: 'lead_is_single_agency' }
  | { rule: 'has_responsibilities' }
  | { rule: 'document_number'; typeCode: string }
  | { rule: 'recipients_archive' }
  | { rule: 'signer_complete' };

export type RuleName = RuleSpec['rule'];

/**
 * `atIssuance`: the rule is about what issuing completes (the number); while editing the
 * plan is checked with the same severity, except that the number may still be missing.
 */
export type RuleConfig = RuleSpec & { severity: Severity; atIssuance?: boolean };

export interface PlanType {
  code: string;
  nameVi: string;
  /** Tasks are grouped under the index's dimensions (improvement plans). */
  tasksByDimension: boolean;
  rules: RuleConfig[];
}

/** Rules every issued plan shares: it is an official document first. */
const DOCUMENT_RULES: RuleConfig[] = [
  { rule: 'document_number', typeCode: 'KH', severity: 'error', atIssuance: true },
  { rule: 'recipients_archive', severity: 'error', atIssuance: true },
  { rule: 'signer_complete', severity: 'error', atIssuance: true },
];

const COMMON_TASK_RULES: RuleConfig[] = [
  { rule: 'min_tasks', min: 1, severity: 'error' },
  { rule: 'unique_task_numbers', severity: 'error' },
  { rule: 'deadlines_in_period', severity: 'error' },
  { rule: 'agencies_active', severity: 'error' },
  { rule: 'dimensions_exist', severity: 'error' },
  { rule: 'lead_is_single_agency', severity: 'warning' },
];

export const DEFAULT_PLAN_TYPES: readonly PlanType[] = [
  {
    code: 'improvement',
    nameVi: 'Kế hoạch nâng cao chỉ số',
    tasksByDimension: true,
    rules: [
      { rule: 'covers_all_dimensions', level: 'dimension', severity: 'error' },
      {
        rule: 'task_requires',
        fields: ['content', 'lead', 'deadline', 'expectedResult', 'dimensions'],
        severity: 'error',
      },
      ...COMMON_TASK_RULES,
      ...DOCUMENT_RULES,
    ],
  },
  {
    code: 'communication',
    nameVi: 'Kế hoạch tuyên truyền',
    tasksByDimension: false,
    rules: [
      { rule: 'task_requires', fields: ['content'], severity: 'error' },
      { rule: 'has_responsibilities', severity: 'error' },
      ...COMMON_TASK_RULES,
      ...DOCUMENT_RULES,
    ],
  },
  {
    code: 'programme_review',
    nameVi: 'Kế hoạch sơ kết, tổng kết chương trình',
    tasksByDimension: false,
    rules: [
      { rule: 'task_requires', fields: ['content', 'lead', 'deadline'], severity: 'error' },
      { rule: 'has_responsibilities', severity: 'warning' },
      ...COMMON_TASK_RULES,
      ...DOCUMENT_RULES,
    ],
  },
  {
    // Plans implementing a project or programme (Sơn La 2021, seed 003) list what each
    // agency does and when; cost and products are the project's own, not per task. An
    // installation that wants them per task adds budget_required / expectedResult.
    code: 'project',
    nameVi: 'Kế hoạch triển khai đề án',
    tasksByDimension: false,
    rules: [
      { rule: 'task_requires', fields: ['content'], severity: 'error' },
      { rule: 'has_responsibilities', severity: 'error' },
      ...COMMON_TASK_RULES,
      ...DOCUMENT_RULES,
    ],
  },
];

/**
 * What a type an installation adds starts from: the rules every plan shares (it is an
 * official document with tasks), each of which its override may change or switch off.
 */
const NEW_TYPE_RULES: RuleConfig[] = [
  { rule: 'task_requires', fields: ['content'], severity: 'error' },
  ...COMMON_TASK_RULES,
  ...DOCUMENT_RULES,
];

/** An installation's changes: per type code, a new name and per rule `false` or new values. */
export interface TypeOverride {
  nameVi?: string;
  tasksByDimension?: boolean;
  rules?: Record<string, false | Record<string, unknown>>;
}
export type PlanTypeOverrides = Record<string, TypeOverride>;

const RULE_NAMES: readonly RuleName[] = [
  'covers_all_dimensions',
  'task_requires',
  'budget_required',
  'min_tasks',
  'unique_task_numbers',
  'deadlines_in_period',
  'agencies_active',
  'dimensions_exist',
  'lead_is_single_agency',
  'has_responsibilities',
  'document_number',
  'recipients_archive',
  'signer_complete',
];

const isRuleName = (s: unknown): s is RuleName => RULE_NAMES.includes(s as RuleName);
const isField = (s: unknown): s is TaskField => TASK_FIELDS.includes(s as TaskField);

/** Checks a rule object (from configuration) and narrows it; a Vietnamese message otherwise. */
export function toRuleConfig(raw: Record<string, unknown>): RuleConfig | string {
  const { rule, severity, atIssuance } = raw;
  if (!isRuleName(rule)) return `Quy tắc "${String(rule)}" không tồn tại.`;
  if (severity !== 'error' && severity !== 'warning')
    return `Quy tắc ${rule}: mức độ phải là error hoặc warning.`;
  const base: { severity: Severity; atIssuance?: boolean } = {
    severity,
    ...(atIssuance === true ? { atIssuance: true } : {}),
  };
  switch (rule) {
    case 'covers_all_dimensions': {
      const level = raw.level ?? 'dimension';
      if (level !== 'dimension' && level !== 'sub_dimension')
        return `Quy tắc ${rule}: cấp độ không hợp lệ.`;
      return { rule, level, ...base };
    }
    case 'task_requires': {
      const fields = raw.fields;
      if (!Array.isArray(fields) || !fields.every(isField))
        return `Quy tắc ${rule}: danh sách trường không hợp lệ.`;
      return { rule, fields, ...base };
    }
    case 'budget_required':
      return { rule, requireSource: raw.requireSource !== false, ...base };
    case 'min_tasks': {
      const min = raw.min ?? 1;
      if (typeof min !== 'number' || !Number.isInteger(min) || min < 0)
        return `Quy tắc ${rule}: số tối thiểu không hợp lệ.`;
      return { rule, min, ...base };
    }
    case 'document_number': {
      const typeCode = raw.typeCode ?? 'KH';
      if (typeof typeCode !== 'string' || typeCode === '')
        return `Quy tắc ${rule}: thiếu ký hiệu loại văn bản.`;
      return { rule, typeCode, ...base };
    }
    default:
      // The remaining rules take no parameters; TS does not distribute the union here.
      return { rule, ...base } as RuleConfig;
  }
}

/** Defaults with an installation's overrides applied; problems list rejected entries. */
export function resolvePlanTypes(
  overrides: PlanTypeOverrides = {},
  defaults: readonly PlanType[] = DEFAULT_PLAN_TYPES,
): { types: PlanType[]; problems: string[] } {
  const problems: string[] = [];
  const codes = new Set([...defaults.map((t) => t.code), ...Object.keys(overrides)]);
  const types: PlanType[] = [];
  for (const code of codes) {
    const base = defaults.find((t) => t.code === code);
    const ov = overrides[code] ?? {};
    if (!base && !ov.nameVi) {
      problems.push(`Loại kế hoạch mới "${code}" cần có tên.`);
      continue;
    }
    const ruleOv = ov.rules ?? {};
    const rules: RuleConfig[] = [];
    const baseRules = base?.rules ?? NEW_TYPE_RULES;
    for (const r of baseRules) {
      const o = ruleOv[r.rule];
      if (o === false) continue;
      const merged = o ? toRuleConfig({ ...r, ...o, rule: r.rule }) : r;
      if (typeof merged === 'string') {
        problems.push(`Loại ${code}: ${merged}`);
        rules.push(r);
      } else rules.push(merged);
    }
    for (const [name, o] of Object.entries(ruleOv)) {
      if (o === false || baseRules.some((r) => r.rule === name)) continue;
      const added = toRuleConfig({ severity: 'error', ...o, rule: name });
      if (typeof added === 'string') problems.push(`Loại ${code}: ${added}`);
      else rules.push(added);
    }
    types.push({
      code,
      nameVi: ov.nameVi ?? base?.nameVi ?? code,
      tasksByDimension: ov.tasksByDimension ?? base?.tasksByDimension ?? false,
      rules,
    });
  }
  return { types, problems };
}

export function findPlanType(types: readonly PlanType[], code: string): PlanType | null {
  return types.find((t) => t.code === code) ?? null;
}
