/**
 * Where "Exit this page" goes: a neutral site that gives nothing away if
 * someone looks at the screen or the history. Change it here only.
 */
export const EXIT_URL = 'https://www.bbc.co.uk/weather';
/** Pressing Shift this many times within EXIT_WINDOW_MS leaves the page. */
export const EXIT_PRESSES = 3;
export const EXIT_WINDOW_MS = 5000;
