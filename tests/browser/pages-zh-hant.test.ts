/**
 * The Chromium page gate for the 繁體 pages: each page once, at 390 px and 特大 (where converted glyph runs
 * change the layout first; the rest is proved at build level, tests/build/zh-hant.test.ts), every probe in
 * one visit (tests/support/page-gate.ts, tests/support/gate-visit.ts).
 */
import { pageGate } from '../support/page-gate';

pageGate('hant');
