# undoc — one entry point for people and CI. `make test` runs every test; `make demo` serves the
# demo. Each target installs what it needs on a fresh machine (scripts/setup.sh).
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
PORT ?= 8080

.PHONY: test test-native lint fidelity setup pkg demo test-wasm test-e2e test-npm test-size bench

test: test-native test-wasm test-e2e test-npm test-size

## Native: formatting, lints, unit/integration/property tests, corpus fidelity with the CLI.
test-native: lint
	cargo test --release
	cargo build --release --bin undoc
	python3 tests/tools/fidelity.py target/release/undoc tests/corpus/dev --min 0.98
	python3 tests/tools/fidelity.py target/release/undoc tests/corpus/dev2 --min 0.96
	python3 tests/tools/fidelity.py target/release/undoc tests/corpus/dev3 --min 0.99
	python3 tests/tools/fidelity.py target/release/undoc tests/corpus/dev4 --min 0.99
	python3 tests/tools/fidelity.py target/release/undoc tests/corpus/dev5 --min 0.91
	python3 tests/tools/fidelity.py target/release/undoc tests/corpus/dev6 --min 0.99
	python3 tests/tools/fidelity.py target/release/undoc tests/corpus/dev7 --min 0.94
	python3 tests/tools/fidelity.py target/release/undoc tests/corpus/dev8 --min 0.96
	python3 tests/tools/fidelity.py target/release/undoc tests/corpus/dev9 --min 0.97
	python3 tests/tools/fidelity.py target/release/undoc tests/corpus/dev10 --min 0.95
	python3 tests/tools/fidelity.py target/release/undoc tests/corpus/dev11 --min 0.96
	python3 tests/tools/fidelity.py target/release/undoc tests/corpus/dev12 --min 0.95
	python3 tests/tools/fidelity.py target/release/undoc tests/corpus/dev13 --min 0.95
	python3 tests/tools/fidelity.py target/release/undoc tests/corpus/dev14 --min 0.95
	python3 tests/tools/fidelity.py target/release/undoc tests/corpus/dev15 --min 0.95
	python3 tests/tools/fidelity.py target/release/undoc tests/corpus/dev16 --min 0.98
	python3 tests/tools/fidelity.py target/release/undoc tests/corpus/dev17 --min 0.96
	python3 tests/tools/fidelity.py target/release/undoc tests/corpus/dev18 --min 0.92
	python3 tests/tools/fidelity.py target/release/undoc tests/corpus/dev19 --min 0.87
	python3 tests/tools/fidelity.py target/release/undoc tests/corpus/dev20 --min 0.99
	python3 tests/tools/fidelity.py target/release/undoc tests/corpus/dev21 --min 0.98
	python3 tests/tools/fidelity.py target/release/undoc tests/corpus/dev22 --min 0.88
	python3 tests/tools/fidelity.py target/release/undoc tests/corpus/dev23 --min 0.89
	python3 tests/tools/fidelity.py target/release/undoc tests/corpus/dev24 --min 0.87
	python3 tests/tools/fidelity.py target/release/undoc tests/corpus/dev25 --min 0.75
	python3 tests/tools/fidelity.py target/release/undoc tests/corpus/dev26 --min 0.96
	python3 tests/tools/fidelity.py target/release/undoc tests/corpus/dev27 --min 0.80
	python3 tests/tools/fidelity.py target/release/undoc tests/corpus/heldout --min 0.98
	@# Only the score of validation/ is printed: its misses are not read while rules are written.
	set -o pipefail; python3 tests/tools/fidelity.py target/release/undoc tests/corpus/validation --min 0.86 2>/dev/null | tail -n 1
	python3 tests/tools/check_seed.py target/release/undoc tests/seeds/000_ee653181992c2e49.expected.json tests/seeds/000_ee653181992c2e49.txt

lint: setup
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --workspace --target wasm32-unknown-unknown --lib --tests -- -D warnings
	cargo clippy -p undoc-widget --features module --target wasm32-unknown-unknown --lib -- -D warnings
	cargo clippy -p undoc-widget --no-default-features --features module --target wasm32-unknown-unknown --lib -- -D warnings

## One score per labelled set (tests/corpus/*/manifest.jsonl); validation/ is the one that counts.
## VERBOSE=1 lists every field; misses are always listed.
fidelity:
	cargo build --release --bin undoc
	@for m in tests/corpus/*/manifest.jsonl; do d=$$(dirname $$m); s=$$(basename $$d); \
	  printf '%-28s ' "$$s"; \
	  if [ "$$s" = validation ]; then \
	    python3 tests/tools/fidelity.py target/release/undoc $$d 2>/dev/null | tail -n 1; \
	  else \
	    python3 tests/tools/fidelity.py target/release/undoc $$d $${VERBOSE:+--verbose} > target/fidelity-$$s.txt; \
	    tail -n 1 target/fidelity-$$s.txt; \
	  fi; done
	@echo "misses: target/fidelity-SET.txt (none kept for validation, whose misses are not read)"

# setup.sh puts node_modules/.bin first on PATH itself; give it PATH without our copy of that
# entry (a duplicate makes its `which -a wasm-opt | head -n1` die of SIGPIPE under pipefail).
setup:
	PATH="$${PATH#$(CURDIR)/node_modules/.bin:}" bash scripts/setup.sh

## The npm package in pkg/: wasm-pack's builds of the parser module (this crate) and of the
## interaction module (widget/, copied in from target/pkg-widget), plus the <un-document> element, undoc.css and the
## npm README (scripts/package.mjs). node_modules/.bin comes first on PATH (binaryen's wasm-opt).
## The wasm build uses the size-optimized profile `wasm-release` (Cargo.toml), with the wasm-opt flags
## of `[package.metadata.wasm-pack.profile.custom]` (names kept: package.mjs frees the function
## table's dead slots, runs those flags once more and drops them); the native build keeps `release`. The
## interaction module is built with its feature `module`: `no_std`, its own allocator (widget/Cargo.toml);
## once whole (widget_bg.wasm) and once without `mount` for pre-rendered pages (hydrate_bg.wasm).
pkg: setup
	@# wasm-pack runs wasm-opt on every .wasm in its out-dir, the modules copied in last time too.
	rm -rf pkg
	wasm-pack build --target web --profile wasm-release --out-dir pkg --out-name undoc
	wasm-pack build widget --target web --profile wasm-release --out-dir $(CURDIR)/target/pkg-widget --out-name widget -- --features module
	wasm-pack build widget --target web --profile wasm-release --out-dir $(CURDIR)/target/pkg-hydrate --out-name hydrate -- --no-default-features --features module
	wasm-pack build explorer --target web --profile wasm-release --out-dir $(CURDIR)/target/pkg-explorer --out-name explorer
	node scripts/package.mjs

## The demo at http://127.0.0.1:$(PORT)/ (strict CSP), until interrupted.
demo: pkg www/prerendered.html www/collection.json
	@echo "undoc demo: http://127.0.0.1:$(PORT)/ (parsed in the browser), /prerendered.html (pre-rendered), /explore.html (the corpus)"
	python3 scripts/serve.py --port $(PORT) --csp

## Rust tests in headless Chromium (wasm-bindgen-test; browser flags in webdriver.json): the
## parser module with the interaction module (tests/web.rs), then the interaction module's own.
test-wasm: setup
	wasm-pack test --headless --chrome --chromedriver /usr/bin/chromedriver
	wasm-pack test --headless --chrome --chromedriver /usr/bin/chromedriver widget

## The demo in headless Chromium (Playwright): rendering, notes, keyboard, toggles, hash, errors.
test-e2e: pkg www/prerendered.html www/collection.json
	node --test tests/e2e/

## The demo's pre-rendered page: the seed rendered by the CLI into www/prerendered.in.html.
www/prerendered.html: www/prerendered.in.html tests/seeds/000_ee653181992c2e49.txt $(wildcard src/*.rs src/*/*.rs src/*/*/*.rs)
	cargo build --release --bin undoc
	target/release/undoc render tests/seeds/000_ee653181992c2e49.txt --element --id-prefix seed > target/seed.element.html
	python3 -c 'import sys; t = open(sys.argv[1]).read(); e = open(sys.argv[2]).read(); sys.stdout.write(t.replace("<!-- undoc render --element -->\n", e.replace("<un-document>", "<un-document sync-hash>", 1)))' www/prerendered.in.html target/seed.element.html > $@

## The explorer's index: the seed and every corpus document but validation/'s, whose texts no
## rule is written while reading. Run from the repository, so each file's URL is its path here.
CORPUS_DIRS := $(filter-out tests/corpus/validation/,$(sort $(dir $(wildcard tests/corpus/*/manifest.jsonl))))
www/collection.json: $(wildcard tests/corpus/*/*.txt) $(wildcard src/*.rs src/*/*.rs src/*/*/*.rs)
	cargo build --release --bin undoc
	target/release/undoc index tests/seeds/000_ee653181992c2e49.txt $(CORPUS_DIRS) --out $@

## The npm package as a consumer gets it: npm pack, install, Node, and a Vite 7 build in Chromium.
test-npm: pkg
	node --test tests/npm/

## The package's size budget (wasm + JS + CSS, gzip -9; BENCHMARKS.md): a test, sizes being exact.
test-size: pkg
	node --test tests/size/

## Benchmarks, each figure printed beside its target; results in target/bench/, gathered into
## BENCHMARKS.md with the machine they ran on. Native (cargo bench, which also writes the inputs),
## the wasm build in Node with the package size, then the element in headless Chromium.
bench: pkg
	cargo build --release --bin undoc
	cargo bench --bench throughput
	node bench/wasm.mjs
	node bench/browser.mjs
	node bench/adversarial.mjs
	node bench/index.mjs
	node bench/explore.mjs
	node bench/report.mjs
