/**
 * A new plan's document parts from its type's template (domain/plans/plan-templates.ts),
 * worded for its unit, year and the plan it implements.
 */
import { planTemplate, type TemplateContext } from '@papi/domain';
import { ZPlanBody, type TPlanBody } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import { findUnitById } from '../units/units.repository.ts';
import { todayVn } from '../../platform/clock.ts';
import type { PlanRecord } from './plans.repository.ts';

interface UnitLike {
  fullName: string;
  level: string;
  parentId: number | null;
}

/** The template's parts as a plan body (header and place are filled by the caller). */
export async function templateBody(
  db: Executor,
  typeCode: string,
  unit: UnitLike,
  year: number,
  title: string,
  parent: PlanRecord | null,
): Promise<TPlanBody> {
  const above = unit.parentId === null ? null : await findUnitById(db, unit.parentId, todayVn());
  // "Tỉnh Sơn La" → "tỉnh Sơn La": the type word is lower case inside a sentence.
  const inSentence = (name: string | null | undefined) =>
    name ? name.charAt(0).toLocaleLowerCase('vi') + name.slice(1) : null;
  const ctx: TemplateContext = {
    unitFullName: inSentence(unit.fullName)!,
    level: (['country', 'province', 'district'].includes(unit.level)
      ? unit.level
      : 'commune') as TemplateContext['level'],
    year,
    title,
    parentUnitFullName: inSentence(parent?.unit.fullName ?? above?.fullName),
    parent:
      parent && parent.number !== null
        ? {
            id: String(parent.id),
            number: parent.documentNumber,
            date: parent.issuedOn,
            title: parent.title,
          }
        : null,
  };
  const t = planTemplate(typeCode, ctx);
  return ZPlanBody.parse({
    bases: t.bases,
    preamble: t.preamble,
    purpose: t.purpose,
    requirements: t.requirements,
    sections: t.sections,
    responsibilities: t.responsibilities,
    closing: t.closing,
    recipients: t.recipients,
    signer: t.signer,
  });
}
