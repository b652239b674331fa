import { can } from '@papi/domain';
import type { TSurveyAssignment } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import type { Session } from '../../platform/auth/session.ts';
import * as repo from './surveys.runs.repository.ts';

/**
 * The open runs an enumerator may enter forms for, each with only the strata in their scope
 * (a ward officer gets the ward's stratum of a province run, nothing else of it) and the
 * questionnaire, so the phone holds all it needs before it goes out of signal.
 */
export async function assignments(db: Executor, session: Session): Promise<TSurveyAssignment[]> {
  const out: TSurveyAssignment[] = [];
  const documents = new Map<number, TSurveyAssignment['document']>();
  for (const run of await repo.listOpenRuns(db)) {
    const strata = run.strata.filter((s) =>
      can(session.actor, 'survey.respond', {
        unitPath: run.strataPaths.get(s.code) ?? run.unitPath,
      }),
    );
    if (strata.length === 0) continue;
    let document = documents.get(run.instrumentVersionId);
    if (!document) {
      document = await repo.runDocument(db, run.instrumentVersionId);
      documents.set(run.instrumentVersionId, document);
    }
    out.push({
      runId: run.id,
      runName: run.name,
      unitName: run.unitName,
      startsOn: run.startsOn,
      endsOn: run.endsOn,
      instrumentTitle: run.instrumentTitle,
      instrumentVersion: run.instrumentVersion,
      document,
      strata: strata.map((s) => ({
        code: s.code,
        name: s.name,
        target: s.target,
        responses: s.responses,
      })),
    });
  }
  return out;
}
