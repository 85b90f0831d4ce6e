declare namespace App {
  interface Locals {
    /**
     * Set by a page that shows the whole report at once (/full/): each chart and key-figure group
     * then carries one 查看数据 link to its table on the data page instead of the table itself,
     * the source line and the downloads, which keeps the page's HTML light (issue 13).
     */
    dataFiguresLinkToDataPage?: boolean;
  }
}
