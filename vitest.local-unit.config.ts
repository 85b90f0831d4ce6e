/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
export default getViteConfig({ test: { include: ['tests/{data,report,head,integrations,schemas,components,content,charts}/**/*.test.ts'], testTimeout: 60_000 } });
