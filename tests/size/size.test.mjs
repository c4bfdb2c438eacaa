// The package's size budget (see BENCHMARKS.md): deterministic, so a test rather than a
// benchmark. Run after `make pkg` (`make test-size`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BUDGET_GZIP, kib, packageSizes } from './sizes.mjs';

test('wasm + JS + CSS of the package stay within the gzip budget', () => {
  const { files, total } = packageSizes();
  const lines = files.map((f) => `${f.file}: ${kib(f.raw)} raw, ${kib(f.gzip)} gzip`).join('\n');
  assert.ok(
    total.gzip <= BUDGET_GZIP,
    `${kib(total.gzip)} gzip in total, over the budget of ${kib(BUDGET_GZIP)}:\n${lines}`,
  );
});
