/** The reader checks (tests/support/engine-checks.ts) in Chromium (Debian's chromium, playwright-core): the engine of most Android phones and of desktop Chrome and Edge. */
import { readerChecks } from '../../support/engine-checks';

readerChecks('chromium');
