/** The localStorage key that remembers the reader's theme ('light' or 'dark'; absent means follow the system). */
export const themeStorageKey = 'theme';

/** The themes a reader can choose; `system` follows the operating system's light or dark setting. */
export const themeChoices = ['system', 'light', 'dark'] as const;
