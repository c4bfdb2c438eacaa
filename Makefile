# undoc — one entry point for people and CI. `make test` runs every test; `make demo` serves the
# demo. Each target installs what it needs on a fresh machine (scripts/setup.sh).
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
PORT ?= 8080

.PHONY: test test-native lint fidelity setup pkg demo test-wasm test-e2e test-npm

test: test-native test-wasm test-e2e test-npm

## Native: formatting, lints, unit/integration/property tests, corpus fidelity with the CLI.
test-native: lint
	cargo test --release
	cargo build --release --bin undoc
	python3 tests/tools/fidelity.py target/release/undoc tests/corpus/dev --min 0.95
	python3 tests/tools/check_seed.py target/release/undoc tests/seeds/000_ee653181992c2e49.expected.json tests/seeds/000_ee653181992c2e49.txt

lint: setup
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib --tests -- -D warnings

fidelity:
	cargo build --release --bin undoc
	python3 tests/tools/fidelity.py target/release/undoc tests/corpus/dev --verbose

# setup.sh puts node_modules/.bin first on PATH itself; give it PATH without our copy of that
# entry (a duplicate makes its `which -a wasm-opt | head -n1` die of SIGPIPE under pipefail).
setup:
	PATH="$${PATH#$(CURDIR)/node_modules/.bin:}" bash scripts/setup.sh

## The npm package in pkg/: wasm-pack's build, plus the <un-document> element, undoc.css and the
## npm README (scripts/package.mjs). node_modules/.bin comes first on PATH (binaryen's wasm-opt).
pkg: setup
	wasm-pack build --target web --release --out-dir pkg --out-name undoc
	node scripts/package.mjs

## The demo at http://127.0.0.1:$(PORT)/ (strict CSP), until interrupted.
demo: pkg
	@echo "undoc demo: http://127.0.0.1:$(PORT)/"
	python3 scripts/serve.py --port $(PORT) --csp

## Rust tests in headless Chromium (wasm-bindgen-test; browser flags in webdriver.json).
test-wasm: setup
	wasm-pack test --headless --chrome --chromedriver /usr/bin/chromedriver

## The demo in headless Chromium (Playwright): rendering, notes, keyboard, toggles, hash, errors.
test-e2e: pkg
	node --test tests/e2e/

## The npm package as a consumer gets it: npm pack, install, Node, and a Vite 7 build in Chromium.
test-npm: pkg
	node --test tests/npm/
