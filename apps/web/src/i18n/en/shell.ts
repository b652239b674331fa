import type { viShell } from '../vi/shell.ts';

/**
 * English text of the shell and sign-in: app name, language, common words, dates, errors, login, navigation;
 * typed against the Vietnamese keys, so a missing or extra key fails to compile.
 */
export const enShell: Record<keyof typeof viShell, string> = {
  'app.name': 'PAPI Hub',
  'app.tagline': 'Improving the PAPI index',

  'lang.label': 'Language',

  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'common.reload': 'Reload latest data',
  'common.cancel': 'Cancel',
  'common.save': 'Save',
  'common.close': 'Close',
  'common.edit': 'Edit',
  'common.copy': 'Copy',
  'common.copied': 'Copied',
  'common.actions': 'Actions',
  'common.active': 'Active',
  'common.inactive': 'Inactive',
  'common.required': 'Please choose a value.',
  'common.noData': 'No data.',
  'common.total': 'Total: {count}',
  'common.page': 'Page {page}',
  'common.previousPage': 'Previous page',
  'common.nextPage': 'Next page',

  'date.placeholder': 'dd/mm/yyyy',
  'date.clear': 'Clear date',
  'date.previousMonth': 'Previous month',
  'date.nextMonth': 'Next month',
  'date.previousYear': 'Previous year',
  'date.nextYear': 'Next year',
  'date.previousDecade': 'Previous decade',
  'date.nextDecade': 'Next decade',
  'date.chooseMonth': 'Choose month',
  'date.chooseYear': 'Choose year',

  'error.title': 'Something went wrong',
  'error.unknown': 'Unknown error. Please try again.',

  'auth.loginTitle': 'Sign in',
  'auth.username': 'Username',
  'auth.password': 'Password',
  'auth.login': 'Sign in',
  'auth.logout': 'Sign out',
  'auth.demoNotice': 'This is a demo with sample data.',
  'auth.changePasswordTitle': 'Change password',
  'auth.changePasswordIntro': 'Hello {name}, please set a new password before using the system.',
  'auth.passwordRules':
    'The new password needs at least {min} characters, both letters and digits, and must not contain the username.',
  'auth.currentPassword': 'Current password',
  'auth.newPassword': 'New password',
  'auth.confirmPassword': 'Confirm new password',
  'auth.passwordMismatch': 'The confirmation does not match.',
  'auth.changePassword': 'Change password',

  'nav.label': 'Main navigation',
  'nav.skipToContent': 'Skip to main content',
  'nav.openMenu': 'Open menu',
  'nav.closeMenu': 'Close menu',
  'nav.dashboard': 'Overview',
  'nav.indices': 'Indices',
  'nav.plans': 'Plans',
  'nav.programmes': 'Programmes & reviews',
  'nav.tasks': 'My work',
  'nav.reports': 'Reports',
  'nav.units': 'Units',
  'nav.surveys': 'Surveys',
  'nav.emulation': 'Emulation',
  'nav.feedback': 'Citizen feedback',
  'nav.fieldEntry': 'Survey form entry',
  'nav.admin': 'Administration',

  'placeholder.title': 'Module under construction',
  'placeholder.body': 'This feature is coming in the next release of PAPI Hub.',

  'notFound.title': 'Page not found',
  'notFound.body': 'The page does not exist or you do not have access to it.',
  'notFound.home': 'Back to the overview',

  'api.network': 'Could not reach the server. Please try again.',
  'api.serverError': 'The server returned error {status}.',

  'nav.monitoring': 'Monitoring',
};
