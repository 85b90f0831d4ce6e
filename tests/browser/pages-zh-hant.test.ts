/**
 * The Chromium page gate for the 繁體 pages: each page once, at 390 px and 特大 (where converted glyph runs
 * change the layout first), every probe its converted glyphs can change in one visit: the layout, the charts,
 * errors and CSP (tests/support/page-gate.ts, tests/support/gate-visit.ts). What axe and the keyboard walk read
 * is its simplified twin's, which tests/build/zh-hant.test.ts proves element for element.
 */
import { pageGate } from '../support/page-gate';

pageGate('hant');
