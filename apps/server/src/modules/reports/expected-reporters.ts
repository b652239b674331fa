import { sql, type SQL } from 'drizzle-orm';
import {
  VIETNAM_UTC_OFFSET_HOURS,
  type ReporterLevel,
  type ReportPeriod,
  type ReportStatus,
  type SubmissionState,
} from '@papi/domain';
import type { TUnitRef } from '@papi/contracts';
import { inScopeSql } from '../units/units.repository.ts';

/**
 * SQL twin of the domain's `classifySubmission` (kept equal by submission-state.test.ts):
 * timeliness on the Vietnamese calendar day of the FIRST submission, missing once `today`
 * is past the due date, pending before. The day is taken at the fixed offset the domain's
 * `vietnamDate` uses (not a time-zone name), so both agree whatever the server's zone.
 */
export const submissionStateSql = (firstSubmittedAt: SQL, dueOn: SQL, today: string): SQL =>
  sql`(case
    when ${firstSubmittedAt} is not null then
      case when ((${firstSubmittedAt} at time zone 'UTC') + ${sql.raw(`interval '${VIETNAM_UTC_OFFSET_HOURS} hours'`)})::date <= ${dueOn}
           then 'on_time' else 'late' end
    when ${today}::date > ${dueOn} then 'missing'
    else 'pending' end)`;

export interface ExpectedQuery {
  regimeId: number;
  /** The regime's levels; each period expects those it has a due date for. */
  levels: readonly ReporterLevel[];
  /** One or more periods (My work asks all started periods at once). */
  periods: readonly ReportPeriod[];
  /** Subtrees the reporters are under (predecessors' included): OR-ed prefix LIKEs. */
  paths: readonly string[];
  today: string;
}

/** A row of `expectedSql`, as the database returns it. */
export interface ExpectedRow extends Record<string, unknown> {
  period_ord: number;
  unit_id: number;
  code: string;
  name: string;
  full_name: string;
  unit_level: TUnitRef['level'];
  path: string;
  agency_id: number | null;
  agency_name: string | null;
  agency_search: string | null;
  level: ReporterLevel;
  province_id: number;
  due_on: string;
  report_id: number | null;
  status: ReportStatus | null;
  first_submitted_at: string | null;
  state: SubmissionState;
}

/**
 * Who must report for periods of a regime, within subtrees, with the report left-joined:
 * the one builder every consumer uses (monitoring counts and page, My work's owed reports,
 * the full list of reminders and consolidated reports). Units of the regime's levels that
 * existed at the window's end (a district dissolved in 2025 is expected for 2025-H1, not
 * for 2025-Y), plus the sở/ban/ngành (not People's Committees, whose report is the unit's)
 * leading tasks of plans in force in the window. Reports stay with the unit that made them,
 * whatever it became later. The stored period is looked up by key, once per period: its id
 * and, when stored, its dates.
 *
 * Periods come as a VALUES list (`period_ord` = index in `periods`): one statement for all
 * started periods of My work instead of one per period (npm run bench (g): 4 statements
 * plus the report_period and lineage lookups before).
 *
 * Columns: see ExpectedRow. `province_id` is the second id of the path ("/1/14/…"); the
 * country has none and stands for itself.
 */
export function expectedSql(q: ExpectedQuery): SQL {
  const unitLevels = q.levels.filter((l) => l !== 'agency');
  const within = inScopeSql(sql`u.path`, q.paths);
  // A stored period's dates win over the regime's (once a report refers to a period, a
  // later change of the regime does not move its deadline): every consumer — monitoring,
  // My work, reminders, the consolidated report — then shows the same due date.
  const periods = sql`(select v.ord, coalesce(rp.window_from, v.win_from) as win_from,
        coalesce(rp.window_to, v.win_to) as win_to, coalesce(rp.due, v.due) as due,
        rp.id as period_id
      from (values ${sql.join(
        q.periods.map(
          (p, i) =>
            sql`(${i}::int, ${p.window.from}::date, ${p.window.to}::date, ${JSON.stringify(p.due)}::jsonb, ${p.key}::text)`,
        ),
        sql`, `,
      )}) as v(ord, win_from, win_to, due, key)
      left join report_period rp on rp.regime_id = ${q.regimeId} and rp.key = v.key) as pd`;
  const province = sql`coalesce(nullif(split_part(u.path, '/', 3), '')::int, u.id) as province_id`;
  const units = sql`
    select pd.ord as period_ord, u.id as unit_id, u.code, u.name, u.full_name,
           u.level as unit_level, u.path, null::int as agency_id, null::text as agency_name,
           null::text as agency_search, u.level as level, ${province},
           (pd.due ->> u.level)::date as due_on, r.id as report_id, r.status, r.first_submitted_at
      from ${periods}
      join admin_unit u on ${within}
       and u.level = any(${sql.param(unitLevels)}::text[])
       and (u.valid_from is null or u.valid_from <= pd.win_to)
       and (u.valid_to is null or u.valid_to >= pd.win_to)
      left join report r on r.period_id = pd.period_id and r.unit_id = u.id and coalesce(r.agency_id, 0) = 0
     where pd.due ->> u.level is not null`;
  // Reporting agencies are sở/ban/ngành of provinces and districts: a caller that cannot
  // have any (a commune's inbox) leaves 'agency' out of `levels` and skips this part.
  const agencies = q.levels.includes('agency')
    ? sql`
    union all
    select pd.ord, u.id, u.code, u.name, u.full_name, u.level, u.path, a.id, a.name, a.search,
           'agency', ${province}, (pd.due ->> 'agency')::date, r.id, r.status, r.first_submitted_at
      from ${periods}
      join agency a on a.kind <> 'ubnd'
      join admin_unit u on u.id = a.unit_id and u.level in ('province', 'district') and ${within}
      left join report r on r.period_id = pd.period_id and r.unit_id = u.id and coalesce(r.agency_id, 0) = a.id
     where pd.due ->> 'agency' is not null
       and exists (select 1 from task_state s join plan p on p.id = s.plan_id
                    where s.lead_agency_ids @> array[a.id]
                      and p.issued_on <= pd.win_to
                      and p.period_from <= pd.win_to
                      and p.period_to >= pd.win_from)`
    : sql``;
  return sql`select x.*, ${submissionStateSql(sql`x.first_submitted_at`, sql`x.due_on`, q.today)} as state
    from (${units} ${agencies}) x`;
}

/**
 * The order lists show reporters in: by unit path (ASCII ids, "/1/14/…"), the unit's own
 * report before its agencies', agencies by name. The database collation is C (byte order),
 * which would put "Đ…" after "Z…", so agencies sort on their folded `search` text (name
 * and short name, unaccented, lower case) then the name; the id breaks ties so pages never
 * overlap. Before, Intl.Collator('vi') sorted names in JS; the two differ only in how
 * accents and đ rank within an otherwise equal name. `e` is the alias of an expectedSql row.
 */
export const reporterOrderSql = sql`e.path collate "C", e.agency_search collate "C" nulls first, e.agency_name collate "C", e.agency_id`;
