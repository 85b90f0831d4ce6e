import siteJson from '../../content/site.json';
import { siteSchema, type Site } from '../schemas/site';
import { parseOrThrow } from './validation';

/** The validated `content/site.json`. */
export const site: Site = parseOrThrow(siteSchema, siteJson, 'content/site.json');
export const ui = site.ui;
