# undoc — one entry point for people and CI. `make test` runs every test; `make demo` serves the
# demo. Each target installs what it needs on a fresh machine (scripts/setup.sh).
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
PORT ?= 8080

.PHONY: test test-native lint fidelity

test: test-native

## Native: formatting, lints, unit/integration/property tests, corpus fidelity with the CLI.
test-native: lint
	cargo test --release
	cargo build --release --bin undoc
	python3 tests/tools/fidelity.py target/release/undoc tests/corpus/dev --min 0.95
	python3 tests/tools/check_seed.py target/release/undoc tests/seeds/000_ee653181992c2e49.expected.json tests/seeds/000_ee653181992c2e49.txt

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings

fidelity:
	cargo build --release --bin undoc
	python3 tests/tools/fidelity.py target/release/undoc tests/corpus/dev --verbose
