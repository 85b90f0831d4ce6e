// What every npm script that runs Astro sets in its environment, so Astro says nothing an editor could
// act on wrongly, in English, and sends nothing anywhere:
// - ASTRO_TELEMETRY_DISABLED: no anonymous usage data, and no notice about it on a first run;
// - ASTRO_DISABLE_UPDATE_CHECK: `astro dev` asks npm for Astro's latest version every few days and prints
//   an English upgrade notice ("Astro 7.x is available. Run npm install astro@latest…"). Upgrading is a
//   developer's job, tested first; an editor who ran the command would change the site's dependencies.

/** The variables and their values. */
export const quietAstroEnv = { ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DISABLE_UPDATE_CHECK: 'true' };
