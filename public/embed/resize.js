/*
 * Host-side script of the chart embeds (the 嵌入 code): keeps each <iframe data-xin-zhi-embed>
 * as tall as its embed page reports (postMessage 'xin-zhi-embed-height', sent by the embed page
 * whenever its height changes, e.g. when the iframe's width changes). Plain ES5, no dependencies;
 * safe to include more than once. Messages count only from one of those iframes' own windows.
 */
(function () {
  if (window.__xinZhiEmbed) return;
  window.__xinZhiEmbed = true;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'xin-zhi-embed-height' || typeof data.height !== 'number') return;
    var frames = document.querySelectorAll('iframe[data-xin-zhi-embed]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.border = '0';
        frames[i].style.height = Math.ceil(Math.max(0, Math.min(data.height, 10000))) + 'px';
      }
    }
  });
})();
