/**
 * On a chart's embed page: tells the page that frames it how tall the content is, whenever
 * that changes (the host's width changed, the text re-wrapped), so public/embed.js on the host
 * can size the <iframe>. A file, not an inline script: the embed page's CSP allows no inline code.
 */
import { embedHeightMessage } from '../charts/embed';

if (parent !== window) {
  let last = 0;
  const post = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    parent.postMessage({ type: embedHeightMessage, height }, '*');
  };
  new ResizeObserver(post).observe(document.body);
  addEventListener('load', post);
}
