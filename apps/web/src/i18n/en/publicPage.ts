import type { viPublicPage } from '../vi/publicPage.ts';

export const enPublicPage: Record<keyof typeof viPublicPage, string> = {
  'publicPage.title': 'Public page',
  'publicPage.help':
    'The page citizens open without signing in: issued plans, progress, reporting rate, index results, survey results. Only issued documents and aggregate figures, no personal data.',
  'publicPage.enabled': 'Publish the public page',
  'publicPage.section.plans': 'Issued plans',
  'publicPage.section.progress': 'Task progress',
  'publicPage.section.reporting': 'Reporting rate',
  'publicPage.section.index': 'Index results',
  'publicPage.section.surveys': 'Survey results',
  'publicPage.section.feedback': 'Feedback',
  'publicPage.noPdf':
    'LibreOffice is not installed on the server: plans are offered in Word only, not PDF.',
  'publicPage.preview': 'Preview',
  'publicPage.saved': 'Public page settings saved.',
};
