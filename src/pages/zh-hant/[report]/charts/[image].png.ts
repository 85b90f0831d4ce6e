import { chartImageRoute } from '../../../[report]/charts/[image].png';

/** The 繁體 edition's chart images (docs/zh-hant.md): the same paths under /zh-hant/, every word converted. */
export { getStaticPaths } from '../../../[report]/charts/[image].png';
export const GET = chartImageRoute('hant');
