// vitest setupFiles entry: every server test file starts on the test clock, never the wall
// clock. A test that moves the clock (setClock, advanceClock) puts it back itself.
import { useTestClock } from './test-clock.ts';

useTestClock();
