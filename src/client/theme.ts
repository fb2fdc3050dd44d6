// The theme picker: auto (the system's), light or dark, remembered in localStorage. The head script
// in BaseLayout applies a saved choice before the first paint; this keeps the picker in step.

/** The localStorage key, shared with the head script in BaseLayout.astro. */
export const THEME_KEY = 'theme';

/** Wires every `[data-theme-select]` <select> (auto / light / dark) to `<html data-theme>`. */
export function initThemePicker(): void {
  const root = document.documentElement;
  for (const select of document.querySelectorAll<HTMLSelectElement>('[data-theme-select]')) {
    select.value = root.dataset['theme'] ?? 'auto';
    select.addEventListener('change', () => {
      const theme = select.value;
      if (theme === 'light' || theme === 'dark') root.dataset['theme'] = theme;
      else delete root.dataset['theme'];
      try {
        if (root.dataset['theme']) localStorage.setItem(THEME_KEY, theme);
        else localStorage.removeItem(THEME_KEY);
      } catch {
        // Storage blocked (private mode, policy): the choice holds for this page only.
      }
    });
  }
}
