/** How much of the machine the tests may use at once. */
import { availableParallelism } from 'node:os';

/**
 * How many child builds or browser pages to run side by side: one per core the process may use,
 * at least two (one waits on disk or a child while the other computes). `TEST_WORKERS` overrides.
 */
export function workerCount(): number {
  const fromEnv = Number(process.env.TEST_WORKERS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return Math.max(2, availableParallelism());
}
