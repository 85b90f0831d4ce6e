import { describe, expect, it } from 'vitest';
import { noPreloadHelper } from '../../src/integrations/no-preload-helper';

type Hook = (...args: unknown[]) => unknown;
const plugin = noPreloadHelper() as unknown as Record<'resolveId' | 'load' | 'renderChunk' | 'generateBundle', Hook>;

describe('noPreloadHelper', () => {
  it('gives Vite’s helper module a body that only runs the import', async () => {
    const id = plugin.resolveId('vite/preload-helper.js');
    expect(id).toBe('\0vite/preload-helper.js');
    expect(plugin.resolveId('./other.js')).toBeUndefined();
    const code = plugin.load(id) as string;
    const helper = (await import(`data:text/javascript,${encodeURIComponent(code)}`)).__vitePreload;
    expect(await helper(async () => 'module', ['ignored.css'])).toBe('module');
  });

  it('writes the helper into each script that imports its chunk', () => {
    const code = 'import { t as __vitePreload } from "./preload-helper.!~{003}~.js";\n\nvar x = 1;';
    const result = plugin.renderChunk(code) as { code: string };
    expect(result.code).toBe('var __vitePreload = (load) => load();\n\nvar x = 1;');
    expect(plugin.renderChunk('var x = 1;')).toBeNull();
  });

  it('drops the helper’s chunk, and fails the build where an import would need dependencies preloaded', () => {
    const errors: string[] = [];
    const context = { error: (message: string) => errors.push(message) };
    const chunk = (fileName: string, code: string, moduleIds = ['/src/x.ts']) => ({
      type: 'chunk',
      fileName,
      code,
      moduleIds,
    });
    const bundle: Record<string, unknown> = {
      'a.js': chunk('a.js', 'var e=e=>e();'),
      'preload-helper.js': chunk('preload-helper.js', 'export{}', ['\0vite/preload-helper.js']),
    };
    plugin.generateBundle.call(context, {}, bundle);
    expect(Object.keys(bundle)).toEqual(['a.js']);
    expect(errors).toEqual([]);

    plugin.generateBundle.call(
      context,
      {},
      {
        'b.js': chunk('b.js', 'const __vite__mapDeps=(i)=>i;'),
        'c.js': chunk('c.js', 'import{t as e}from"./preload-helper.abc.js";'),
      },
    );
    expect(errors).toEqual([
      'b.js preloads dependencies of a dynamic import, which noPreloadHelper() drops',
      'c.js still imports the preload helper after noPreloadHelper() inlined it',
    ]);
  });
});
