import { shareCardRoute } from '../../../[report]/og/[card].png';

/** The 繁體 edition's share cards (docs/zh-hant.md): /zh-hant/<report>/og/<card>.png, every word converted. */
export { getStaticPaths } from '../../../[report]/og/[card].png';
export const GET = shareCardRoute('hant');
