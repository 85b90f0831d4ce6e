/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
export default getViteConfig({ test: { include: ['tests/build/series.test.ts', 'tests/build/new-report.test.ts'], testTimeout: 120_000, hookTimeout: 400_000 } });
