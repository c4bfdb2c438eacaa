#!/usr/bin/env bash
# Installs the toolchain undoc needs on a fresh Debian 12 machine (and is a
# quick no-op when everything is already there):
#   - Debian chromium + chromium-driver (headless browser tests), libxml2-utils (xmllint:
#     the Akoma Ntoso export checked against its schema)
#   - rustup target wasm32-unknown-unknown
#   - wasm-bindgen-cli, same version as the wasm-bindgen crate in Cargo.lock
#   - wasm-pack
#   - npm devDependencies (binaryen's wasm-opt, playwright-core, vite, axe-core, esbuild)
# Only crates.io, the npm registry, PyPI and Debian apt are reachable, so
# nothing here downloads prebuilt binaries from anywhere else.
# Callers must put "$REPO/node_modules/.bin" and "~/.cargo/bin" on PATH
# before running wasm-pack (wasm-pack otherwise tries to download wasm-opt).
# What it cannot install (rustup, Node.js >= 20, apt-get for Chromium) it names, goes on with
# the rest, and lists at the end with how to get it (exit status 1).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
export PATH="$CARGO_BIN:$PATH"

DEFAULT_WASM_BINDGEN_VERSION="0.2.130"
WASM_OPT_MAJOR="132"

SUDO=""
if [[ "$(id -u)" -ne 0 ]] && command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
fi

T0=0
t_start() { T0=$(date +%s%N); }
# t_done STEP MESSAGE: one summary line per step, with the time it took.
t_done() {
  local ms=$(( ($(date +%s%N) - T0) / 1000000 ))
  printf 'setup: %-18s %6d.%03ds  %s\n' "$1" $((ms / 1000)) $((ms % 1000)) "$2"
}
die() { echo "setup: ERROR: $*" >&2; exit 1; }
MISSING=()
# need WHAT: a prerequisite this script cannot install; the other steps still run.
need() { MISSING+=("$1"); echo "setup: MISSING: $1" >&2; }

TOTAL0=$(date +%s%N)

# 1. Browser: Debian's chromium + chromedriver; xmllint (libxml2-utils) for the Akoma Ntoso
#    schema test -----------------------------------------------------------------
t_start
if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]] && command -v xmllint >/dev/null 2>&1; then
  t_done chromium "present, skipped"
elif ! command -v apt-get >/dev/null 2>&1 || { [[ "$(id -u)" -ne 0 ]] && [[ -z "$SUDO" ]]; }; then
  need "Chromium and ChromeDriver at /usr/bin/chromium and /usr/bin/chromedriver, and xmllint (Debian: apt-get install chromium chromium-driver libxml2-utils, as root)"
else
  export DEBIAN_FRONTEND=noninteractive
  if $SUDO apt-get update -q && $SUDO env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q -o Dpkg::Use-Pty=0 --no-install-recommends chromium chromium-driver libxml2-utils \
    && [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]] && command -v xmllint >/dev/null 2>&1; then
    t_done chromium "installed chromium + chromium-driver + libxml2-utils (apt)"
  else
    need "Chromium, ChromeDriver and xmllint: apt-get install chromium chromium-driver libxml2-utils failed (see above)"
  fi
fi

# 2. Rust wasm target ----------------------------------------------------------
t_start
RUST=1
if ! command -v rustup >/dev/null 2>&1 || ! command -v cargo >/dev/null 2>&1; then
  RUST=0
  need "rustup with a stable Rust >= 1.85 (https://rustup.rs; expected in $CARGO_BIN): the wasm target, wasm-bindgen-cli and wasm-pack come after it"
elif rustup target list --installed | grep -qx 'wasm32-unknown-unknown'; then
  t_done wasm32-target "present, skipped"
else
  rustup target add wasm32-unknown-unknown
  t_done wasm32-target "installed (rustup target add)"
fi

# 3. wasm-bindgen-cli, pinned to the wasm-bindgen crate version -----------------
if [[ "$RUST" -eq 1 ]]; then
t_start
WB_VERSION=""
WB_SOURCE=""
if [[ -f Cargo.lock ]]; then
  # [[package]] / name = "wasm-bindgen" / version = "X.Y.Z"
  WB_VERSION="$(awk '
    $0 == "name = \"wasm-bindgen\"" { found = 1; next }
    found && /^version = / { gsub(/^version = "|"$/, ""); print; exit }
    /^\[\[package\]\]/ { found = 0 }
  ' Cargo.lock)"
  [[ -n "$WB_VERSION" ]] && WB_SOURCE="Cargo.lock"
fi
if [[ -z "$WB_VERSION" && -f Cargo.toml ]]; then
  # wasm-bindgen = "=X.Y.Z"  or  wasm-bindgen = { version = "=X.Y.Z", ... }
  WB_VERSION="$(grep -E '^wasm-bindgen[[:space:]]*=' Cargo.toml \
    | grep -oE '"=[0-9]+\.[0-9]+\.[0-9]+"' | head -n1 | tr -d '"=' || true)"
  [[ -n "$WB_VERSION" ]] && WB_SOURCE="Cargo.toml"
fi
if [[ -z "$WB_VERSION" ]]; then
  WB_VERSION="$DEFAULT_WASM_BINDGEN_VERSION"
  WB_SOURCE="default"
fi
WB_HAVE="$( (wasm-bindgen --version 2>/dev/null || true) | awk '{print $2}')"
if [[ "$WB_HAVE" == "$WB_VERSION" ]]; then
  t_done wasm-bindgen-cli "$WB_VERSION ($WB_SOURCE) present, skipped"
else
  # No --locked: the CLI's own lockfile pins crates that no longer build.
  cargo install wasm-bindgen-cli --version "$WB_VERSION"
  WB_HAVE="$(wasm-bindgen --version | awk '{print $2}')"
  [[ "$WB_HAVE" == "$WB_VERSION" ]] \
    || die "wasm-bindgen --version reports '$WB_HAVE', wanted $WB_VERSION"
  t_done wasm-bindgen-cli "installed $WB_VERSION ($WB_SOURCE)"
fi

# 4. wasm-pack ---------------------------------------------------------------------
t_start
if command -v wasm-pack >/dev/null 2>&1; then
  t_done wasm-pack "present ($(wasm-pack --version)), skipped"
else
  cargo install wasm-pack --locked
  t_done wasm-pack "installed ($(wasm-pack --version))"
fi
fi # RUST

# 5. npm devDependencies (npm ci), skipped when package-lock.json is unchanged ------
t_start
NODE_MAJOR="$( (node --version 2>/dev/null || echo v0) | sed -E 's/^v([0-9]+).*/\1/')"
if ! command -v npm >/dev/null 2>&1 || [[ "$NODE_MAJOR" -lt 20 ]]; then
  need "Node.js >= 20 with npm (found: $(node --version 2>/dev/null || echo none)): the npm packages (wasm-opt, Playwright, Vite, esbuild) come after it"
else
[[ -f package-lock.json ]] || die "package-lock.json missing in $ROOT"
STAMP="node_modules/.undoc-setup-stamp"
LOCK_SUM="$(cat package.json package-lock.json | sha256sum | awk '{print $1}') node-$(node --version)"
if [[ -f "$STAMP" && "$(cat "$STAMP")" == "$LOCK_SUM" && -x node_modules/.bin/wasm-opt ]]; then
  t_done npm-ci "node_modules matches package-lock.json, skipped"
else
  npm ci --no-audit --no-fund
  printf '%s\n' "$LOCK_SUM" > "$STAMP"
  t_done npm-ci "installed from package-lock.json"
fi

# 6. Verify wasm-opt: npm's binaryen, and first on PATH ---------------------------
t_start
NPM_WASM_OPT="$ROOT/node_modules/.bin/wasm-opt"
[[ -x "$NPM_WASM_OPT" ]] || die "$NPM_WASM_OPT missing (npm binaryen not installed?)"
WO_VERSION="$("$NPM_WASM_OPT" --version)"
[[ "$WO_VERSION" =~ version[[:space:]]+${WASM_OPT_MAJOR}([^0-9]|$) ]] \
  || die "node_modules/.bin/wasm-opt reports '$WO_VERSION', wanted version $WASM_OPT_MAJOR"
# sed reads all of its input: `head` would close the pipe early and fail under pipefail.
WO_FIRST="$(PATH="$ROOT/node_modules/.bin:$PATH" which -a wasm-opt | sed -n 1p)"
[[ "$WO_FIRST" == "$NPM_WASM_OPT" ]] \
  || die "with node_modules/.bin first on PATH, wasm-opt resolves to '$WO_FIRST'"
if dpkg-query -W -f='${Status}' binaryen 2>/dev/null | grep -q 'install ok installed'; then
  echo "setup: warning: Debian's binaryen is installed; it must never come before node_modules/.bin on PATH" >&2
fi
t_done wasm-opt "$WO_VERSION ($WO_FIRST)"
fi # node

ms=$(( ($(date +%s%N) - TOTAL0) / 1000000 ))
if [[ ${#MISSING[@]} -gt 0 ]]; then
  echo "setup: installed what it could; ${#MISSING[@]} prerequisite(s) to install by hand, then run it again:" >&2
  for m in "${MISSING[@]}"; do echo "  - $m" >&2; done
  exit 1
fi
printf 'setup: %-18s %6d.%03ds  %s\n' total $((ms / 1000)) $((ms % 1000)) \
  "ok; use PATH=\"$ROOT/node_modules/.bin:$CARGO_BIN:\$PATH\""
