/** The reader checks (tests/support/engine-checks.ts) in Firefox (Debian's firefox-esr, puppeteer-core over WebDriver BiDi). */
import { readerChecks } from '../../support/engine-checks';

readerChecks('firefox');
