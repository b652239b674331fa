import type { viField } from '../vi/field.ts';

export const enField: Record<keyof typeof viField, string> = {
  'field.title': 'Survey form entry',
  'field.online': 'Online',
  'field.offlineNow': 'Offline',
  'field.waiting': '{n} forms waiting to send',
  'field.offlineReady': 'Works offline',
  'field.deviceCopyTitle': 'Using the copy on this device',
  'field.deviceCopy':
    'The server cannot be reached: using the assignments downloaded at {at}. Forms you enter are kept on this device and sent when you are online.',
  'field.noCopy':
    'The server cannot be reached and this device has no copy of your assignments yet. Open this page once while online.',
  'field.noAssignments': 'You have no survey round taking responses right now.',
  'field.assignment': 'Survey round and stratum',
  'field.progress': '{title} · {n}/{target} forms received (when downloaded) · open until {until}',
  'field.saveForm': 'Save form',
  'field.keptOnDevice': 'Forms are kept on this device and sent when online.',
  'field.fixErrors': '{n} questions need fixing.',
  'field.saved': 'Form saved. Ready for the next one.',
  'field.waitingTitle': '{n} forms waiting to send',
  'field.waitingOnline': 'These forms are being sent to the server.',
  'field.waitingOffline':
    'This device is offline. The forms are kept safely here and sent automatically when you are back online; do not clear the browser data.',
  'field.lastError': 'The last send did not finish: {message}',
  'field.syncNow': 'Send now',
  'field.synced': '{n} forms sent to the server.',
  'field.refusedTitle': '{n} forms the server did not accept',
  'field.discard': 'Discard this form',
  'field.noConnection': 'Cannot reach the server.',
} as const;
