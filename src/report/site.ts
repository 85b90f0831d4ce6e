import siteText from '../../content/site.json?raw';
import { siteSchema, type Site } from '../schemas/site';
import { parseOrThrow } from '../errors';
import { parseSiteJson } from './site-json';

/** The validated `content/site.json`. */
export const site: Site = parseOrThrow(siteSchema, parseSiteJson(siteText), 'content/site.json', siteText);
export const ui = site.ui;
