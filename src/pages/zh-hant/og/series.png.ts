import { seriesCardRoute } from '../../og/series.png';

/** The 繁體 edition's series card: /zh-hant/og/series.png. */
export const GET = seriesCardRoute('hant');
