/**
 * With ASSERTION_TALLY=<file>, appends one line per test to that file: the project, test file, test name
 * and the number of assertions (`expect` calls) it ran. How the closing notes count assertions
 * before and after a change to the suite (docs/testing.md); without the variable it does nothing.
 */
import { appendFileSync } from 'node:fs';
import { afterEach, expect } from 'vitest';

const tally = process.env.ASSERTION_TALLY;
if (tally) {
  afterEach((context) => {
    const { assertionCalls } = expect.getState();
    const { name, file } = context.task;
    appendFileSync(tally, `${JSON.stringify({ file: file.name, name, assertions: assertionCalls })}\n`);
  });
}
