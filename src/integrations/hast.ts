/** The few HTML-tree (hast) node shapes our rehype plugins read and build. */
export interface HastText {
  type: 'text';
  value: string;
}
export interface HastElement {
  type: 'element';
  tagName: string;
  properties: Record<string, unknown>;
  children: HastNode[];
}
export type HastNode = HastText | HastElement | { type: string; children?: HastNode[]; value?: string };
