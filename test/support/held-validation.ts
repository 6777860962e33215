/**
 * Run as its own process pinned to one CPU (`taskset -c 0`): starts a template validation on a
 * pool with a budget of `argv[2]` ms, then holds the only CPU on the event loop for `argv[3]` ms,
 * so the validation thread (at its lower priority) barely runs meanwhile. Prints the verdict as
 * JSON: `{"ok": true}` or `{"error": "ValidationBudgetExceededError"}`.
 */
import { TemplateValidator } from '../../api/template-validator.js';
import { largeTemplate } from '../../bench/benchmarks/validation.js';

const budgetMs = Number(process.argv[2]);
const holdMs = Number(process.argv[3]);
const validator = new TemplateValidator({ threads: 1, budgetMs });
// The thread starts and warms up first: a start is not what the budget is about.
await validator.validate(largeTemplate(10, false));
const verdict = validator.validate(largeTemplate(60, false)).then(
  (result) => ({ ok: result.ok }),
  (error: unknown) => ({ error: error instanceof Error ? error.name : String(error) }),
);
// Held in the loop's check phase: once it ends, the next turn of the loop runs the budget's
// timer (due by then) before it reads the thread's answer, as on any machine busy for that long.
setImmediate(() => {
  const until = Date.now() + holdMs;
  while (Date.now() < until) {
    // Other work holding the CPU: a busy machine, as the validation thread sees it.
  }
});
console.log(JSON.stringify(await verdict));
await validator.close();
