/** <theme-switch>: changes and remembers the reader's theme (applied before paint by src/head/theme-init.ts). */
class ThemeSwitch extends HTMLElement {
  connectedCallback() {
    const key = this.dataset.storageKey ?? 'theme';
    const buttons = [...this.querySelectorAll<HTMLButtonElement>('[data-theme-choice]')];
    // Anything but 'light' or 'dark' (nothing stored, an old or foreign value) means "follow the
    // system", as the head script reads it, so one button is always pressed.
    const read = (): string => {
      try {
        const stored = localStorage.getItem(key);
        return stored === 'light' || stored === 'dark' ? stored : 'system';
      } catch {
        return 'system';
      }
    };
    const show = (choice: string) => {
      for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.themeChoice === choice));
    };
    const apply = (choice: string) => {
      if (choice === 'light' || choice === 'dark') document.documentElement.dataset.theme = choice;
      else delete document.documentElement.dataset.theme;
      try {
        if (choice === 'system') localStorage.removeItem(key);
        else localStorage.setItem(key, choice);
      } catch {
        // Storage can be blocked (private modes); the choice then lasts for this page only.
      }
      show(choice);
    };
    for (const button of buttons) button.addEventListener('click', () => apply(button.dataset.themeChoice ?? 'system'));
    show(read());
  }
}
customElements.define('theme-switch', ThemeSwitch);
