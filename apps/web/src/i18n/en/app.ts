import { enImpact } from './impact.ts';
import { enFeedback } from './feedback.ts';
import type { viApp } from '../vi/app.ts';
import { enDelegations } from './delegations.ts';
import { enHome } from './home.ts';
import { enIndices } from './indices.ts';
import { enIndicesData } from './indicesData.ts';
import { enOrg } from './org.ts';
import { enPlans } from './plans.ts';
import { enPlansDocument } from './plansDocument.ts';
import { enPlansEditor } from './plansEditor.ts';
import { enReports } from './reports.ts';
import { enWork } from './work.ts';
import { enSurveys } from './surveys.ts';
import { enField } from './field.ts';
import { enSurveyResults } from './surveyResults.ts';
import { enPublicPage } from './publicPage.ts';
import { enSurveyEditor } from './surveyEditor.ts';
import { enEmulation } from './emulation.ts';
import { enProgrammes } from './programmes.ts';

/** English text of every page behind sign-in, fetched only when English is chosen. */
export const enApp: Record<keyof typeof viApp, string> = {
  ...enOrg,
  ...enHome,
  ...enDelegations,
  ...enIndices,
  ...enIndicesData,
  ...enPlans,
  ...enPlansEditor,
  ...enPlansDocument,
  ...enWork,
  ...enReports,
  ...enSurveys,
  ...enField,
  ...enSurveyResults,
  ...enSurveyEditor,
  ...enImpact,
  ...enPublicPage,
  ...enEmulation,
  ...enProgrammes,
  ...enFeedback,
};
