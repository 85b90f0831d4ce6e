/**
 * The Chromium page gate for the simplified pages: each page once, at its planned width, theme and text
 * size, every probe in one visit (tests/support/page-gate.ts, tests/support/gate-visit.ts).
 */
import { pageGate } from '../support/page-gate';

pageGate('hans');
