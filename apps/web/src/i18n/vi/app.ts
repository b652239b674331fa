import { viImpact } from './impact.ts';
import { viFeedback } from './feedback.ts';
import { viDelegations } from './delegations.ts';
import { viHome } from './home.ts';
import { viIndices } from './indices.ts';
import { viIndicesData } from './indicesData.ts';
import { viOrg } from './org.ts';
import { viPlans } from './plans.ts';
import { viPlansDocument } from './plansDocument.ts';
import { viPlansEditor } from './plansEditor.ts';
import { viReports } from './reports.ts';
import { viWork } from './work.ts';
import { viSurveys } from './surveys.ts';
import { viField } from './field.ts';
import { viSurveyResults } from './surveyResults.ts';
import { viPublicPage } from './publicPage.ts';
import { viSurveyEditor } from './surveyEditor.ts';
import { viEmulation } from './emulation.ts';
import { viProgrammes } from './programmes.ts';

/** Vietnamese text of every page behind sign-in: one chunk, fetched with the app shell. */
export const viApp = {
  ...viOrg,
  ...viHome,
  ...viDelegations,
  ...viIndices,
  ...viIndicesData,
  ...viPlans,
  ...viPlansEditor,
  ...viPlansDocument,
  ...viWork,
  ...viReports,
  ...viSurveys,
  ...viField,
  ...viSurveyResults,
  ...viSurveyEditor,
  ...viImpact,
  ...viPublicPage,
  ...viEmulation,
  ...viProgrammes,
  ...viFeedback,
};
