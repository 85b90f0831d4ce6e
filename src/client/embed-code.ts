/**
 * The 嵌入 control under a chart (part of the lazy chart module): fills in the embed code
 * when the build did not know the site's address (no SITE_URL), and copies it on 复制代码.
 */
import { embedSnippet } from '../charts/embed';

export function wireEmbed(figure: Element): void {
  const code = figure.querySelector<HTMLTextAreaElement>('[data-embed] textarea');
  const copy = figure.querySelector<HTMLButtonElement>('[data-embed-copy]');
  const status = figure.querySelector<HTMLElement>('[data-embed] [role="status"]');
  if (!code || !copy || !status) return;
  if (!code.value.trim()) {
    const { embedSrc = '', embedTitle = '', embedHeight = '0' } = code.dataset;
    code.value = embedSnippet({
      src: new URL(embedSrc, location.href).href,
      title: embedTitle,
      height: Number(embedHeight),
    });
  }
  copy.hidden = false;
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.value);
      status.textContent = status.dataset.copied ?? '';
    } catch {
      code.focus();
      code.select();
      status.textContent = status.dataset.failed ?? '';
    }
  });
}
