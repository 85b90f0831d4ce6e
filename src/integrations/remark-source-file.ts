import path from 'node:path';

/** The parts of an mdast/MDX node this plugin reads. */
interface MdxNode {
  type: string;
  name?: string | null;
  attributes?: Array<{ type: string; name: string; value: unknown }>;
  children?: MdxNode[];
  position?: { start: { line: number; column: number } };
}

/** Minimal VFile shape: the path of the file being compiled. */
interface SourceVFile {
  path?: string;
  history?: string[];
}

/**
 * Remark plugin: gives every component an editor calls from MDX (a JSX element
 * whose name starts with a capital) a `sourceFile` prop holding the MDX file's
 * path relative to the project, and a `sourceLine` prop with the line the tag
 * opens on, so a component can name the file and line in its errors.
 */
export function remarkSourceFile(options: { root?: string } = {}) {
  const root = options.root ?? process.cwd();
  return (tree: MdxNode, file: SourceVFile) => {
    const filePath = file.path ?? file.history?.[0];
    if (!filePath) return;
    const relative = path.relative(root, filePath).split(path.sep).join('/');
    const visit = (node: MdxNode) => {
      const isComponent =
        (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && /^[A-Z]/.test(node.name ?? '');
      if (isComponent && !node.attributes?.some((attribute) => attribute.name === 'sourceFile')) {
        const line = node.position?.start.line;
        node.attributes = [
          ...(node.attributes ?? []),
          { type: 'mdxJsxAttribute', name: 'sourceFile', value: relative },
          ...(line
            ? [
                {
                  type: 'mdxJsxAttribute',
                  name: 'sourceLine',
                  value: {
                    type: 'mdxJsxAttributeValueExpression',
                    value: String(line),
                    data: {
                      estree: {
                        type: 'Program',
                        sourceType: 'module',
                        body: [
                          {
                            type: 'ExpressionStatement',
                            expression: { type: 'Literal', value: line, raw: String(line) },
                          },
                        ],
                      },
                    },
                  },
                },
              ]
            : []),
        ];
      }
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}
