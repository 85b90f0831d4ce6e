/** The reader checks (tests/support/engine-checks.ts) in WebKit (Debian's WebKitGTK MiniBrowser over W3C WebDriver, on Xvfb): the engine of every browser on an iPhone and of WeChat's in-app browser there. */
import { readerChecks } from '../../support/engine-checks';

readerChecks('webkit');
