import { hansLang, hantLang } from '../hant/addresses';

/**
 * The localStorage key that remembers the edition a reader chose with the 繁/简 switch (docs/zh-hant.md).
 * Named for the site: under a BASE_PATH the origin's storage is shared with whatever else it serves, and a
 * plain name (until issue 34 it was `script`) is anyone's to write. That old key is neither read nor removed:
 * it may belong to another site on the origin.
 */
export const editionStorageKey = 'xin-zhi:edition';

/** The values the choice may hold: the two editions' language tags (any other value is removed unread). */
export const editionChoices = [hansLang, hantLang] as const;
