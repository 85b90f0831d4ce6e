/**
 * <share-button>: the Web Share API, falling back to copying the link, with a spoken confirmation. WeChat's
 * in-app browser (MicroMessenger in its user agent) has no share sheet for pages: its readers share from
 * WeChat's own menu, so the button tells them where that is.
 */
class ShareButton extends HTMLElement {
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback() {
    this.querySelector('button')?.addEventListener('click', () => this.share());
  }

  get url(): string {
    const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
    if (canonical) return canonical;
    const here = new URL(location.href);
    here.hash = '';
    return here.href;
  }

  async share() {
    if (navigator.userAgent.includes('MicroMessenger')) return this.say(this.dataset.wechat ?? '');
    const data = { title: document.title, url: this.url };
    if (typeof navigator.share === 'function' && (!navigator.canShare || navigator.canShare(data))) {
      try {
        await navigator.share(data);
        return;
      } catch (error) {
        // The reader closed the share sheet: nothing to say.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(data.url);
      this.say(this.dataset.copied ?? '');
    } catch {
      this.say(this.dataset.failed ?? '');
    }
  }

  say(message: string) {
    const status = this.querySelector<HTMLElement>('[data-share-status]');
    if (!status) return;
    status.textContent = message;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => (status.textContent = ''), 4000);
  }
}
customElements.define('share-button', ShareButton);
