declare namespace App {
  interface Locals {
    /**
     * Set by the page that shows the whole report at once (/full/). Its charts and key-figure groups
     * then carry one 查看数据 link to their table on the data page instead of the table itself, the
     * source line and the downloads, and its charts fetch their input (/data/<id>.chart.json) instead
     * of carrying it inline: this keeps the page's HTML light (issue 13).
     */
    onePageEdition?: boolean;
    /**
     * The address the page's QR code holds (its canonical URL), set by BaseLayout before the page's
     * header and body render; undefined without SITE_URL and on pages that have no code (404, embeds).
     * The share control and the printed code draw it only when it is set (src/components/qr/).
     */
    pageQrCode?: string;
  }
}
