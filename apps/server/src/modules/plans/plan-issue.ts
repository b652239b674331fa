/**
 * The clerk's register at issuance: the number ("Số: 35/KH-UBND") and the signing date the
 * leader confirms. The server proposes the unit's next free number in the signing year;
 * a number already given by the unit with the same symbol that year is refused, and a date
 * after today is refused (a plan is numbered when it is signed, not before). A past date
 * is allowed: plans signed on paper are entered after the fact.
 */
import type { Hono } from 'hono';
import { formatDateVi, isNumberTaken, nextNumber } from '@papi/domain';
import { getIssueProposal } from '@papi/contracts';
import { register, type AppEnv } from '../../platform/http.ts';
import { badRequest, conflict } from '../../platform/errors.ts';
import { todayVn } from '../../platform/clock.ts';
import type { Executor } from '../../db/client.ts';
import * as repo from './plans.repository.ts';
import type { PlanRecord } from './plans.repository.ts';
import { readable } from './plans.access.ts';

export interface IssueRegister {
  number: number;
  issuedOn: string;
  /** Signed before today: entered after the fact, said so in the audit. */
  backdated: boolean;
}

const yearOf = (iso: string) => Number(iso.slice(0, 4));

/** The next free number of the plan's unit in the year of `issuedOn`. */
export async function proposeNumber(db: Executor, p: PlanRecord, issuedOn: string) {
  const year = yearOf(issuedOn);
  return nextNumber(await repo.takenNumbers(db, p.unitId, year), String(p.unitId), year);
}

/** The number and date an issuance will record: as asked, or proposed; 400/409 if wrong. */
export async function issueRegister(
  db: Executor,
  p: PlanRecord,
  asked: { number?: number | undefined; issuedOn?: string | undefined },
): Promise<IssueRegister> {
  const today = todayVn();
  const issuedOn = asked.issuedOn ?? today;
  if (issuedOn > today) {
    throw badRequest(
      'ISSUE_DATE_IN_FUTURE',
      `Ngày ký ${formatDateVi(issuedOn)} sau ngày hôm nay (${formatDateVi(today)}): chỉ ghi ngày lãnh đạo đã ký.`,
      { field: 'issuedOn' },
    );
  }
  const year = yearOf(issuedOn);
  const taken = await repo.takenNumbers(db, p.unitId, year);
  const free = nextNumber(taken, String(p.unitId), year);
  const number = asked.number ?? free;
  const documentNumber = repo.documentNumberOf(number, p.symbol);
  if (isNumberTaken(taken, { unitId: String(p.unitId), year, documentNumber })) {
    throw conflict(
      `Số ${documentNumber} đã được ${p.unit.name} cấp cho văn bản khác trong năm ${year}; ` +
        `số tiếp theo còn trống là ${repo.documentNumberOf(free, p.symbol)}.`,
      { field: 'number', next: free },
    );
  }
  return { number, issuedOn, backdated: issuedOn < today };
}

export function registerIssueProposalRoute(app: Hono<AppEnv>) {
  register(app, getIssueProposal, async ({ params, query, session, db }) => {
    const p = await readable(db, session, params.id);
    const today = todayVn();
    const issuedOn = query.issuedOn ?? today;
    const number = await proposeNumber(db, p, issuedOn);
    return {
      number,
      documentNumber: repo.documentNumberOf(number, p.symbol),
      symbol: p.symbol,
      issuedOn,
      today,
    };
  });
}
