// The package's size budgets (see BENCHMARKS.md "Size"), one for each way a page loads undoc:
// deterministic, so a test rather than a benchmark. Run after `make pkg` (`make test-size`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { kib, packageSizes, PKG_DIR, WAYS } from './sizes.mjs';

for (const [way, { files: names, budget }] of Object.entries(WAYS)) {
  test(`${way}: what the page loads stays within its gzip budget`, () => {
    const { files, total } = packageSizes(PKG_DIR, names);
    const lines = files.map((f) => `${f.file}: ${kib(f.raw)} raw, ${kib(f.gzip)} gzip`).join('\n');
    assert.ok(total.gzip <= budget, `${kib(total.gzip)} gzip in total, over the budget of ${kib(budget)}:\n${lines}`);
  });
}
