import siteText from '../../content/site.json?raw';
import type { Site } from '../schemas/site';
import { checkSiteJson } from './site-json';

/** The validated `content/site.json`. */
export const site: Site = checkSiteJson(siteText);
export const ui = site.ui;
