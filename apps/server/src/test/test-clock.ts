import { setClock } from '../platform/clock.ts';

/**
 * The instant every server test starts at, whatever the real date: a Wednesday morning in
 * Vietnam away from the demo's due dates, so reminders of the demo data do not fire unless
 * a test moves the clock on purpose. PAPI_TEST_NOW overrides it (to try the suite on
 * another day of the calendar, e.g. a due date or 31/12 23:30).
 */
export const TEST_NOW = process.env.PAPI_TEST_NOW ?? '2026-11-25T09:00:00+07:00';

/** Sets the server clock to TEST_NOW; runs before every server test file and the setup. */
export function useTestClock(): void {
  setClock(TEST_NOW);
}
