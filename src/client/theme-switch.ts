/** <theme-switch>: changes and remembers the reader's theme (applied before paint by src/head/theme-init.ts). */
class ThemeSwitch extends HTMLElement {
  connectedCallback() {
    const key = this.dataset.storageKey ?? 'theme';
    const buttons = [...this.querySelectorAll<HTMLButtonElement>('[data-theme-choice]')];
    const read = (): string => {
      try {
        return localStorage.getItem(key) ?? 'system';
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
