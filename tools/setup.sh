#!/usr/bin/env bash
# Installs what building and testing need, from the package registries only, skipping whatever
# is already installed at the right version. Safe to run again and again.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

TRUNK_VERSION=0.21.14 # 0.22 needs a newer rustc than this machine has
# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)

step() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The release build recompiles the standard library (see build_release in ./dev).
if ! rustup component list --installed | grep -q '^rust-src'; then
  step "adding the rust-src component"
  rustup component add rust-src
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  step "installing trunk $TRUNK_VERSION (about 11 minutes on 2 cores)"
  cargo install --locked "trunk@$TRUNK_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  step "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 4 minutes)"
  cargo install --force "wasm-bindgen-cli@$WASM_BINDGEN_VERSION"
fi

# The browsers the tests run in: Chromium and Firefox ESR (the end-to-end tests run in both), and
# WebKit, Safari's engine: WebKitGTK's driver, which brings its MiniBrowser, on an Xvfb display.
# And the web servers that serve the release in the tests: Apache httpd (the binary only, as
# clinics' shared hosting runs it) and nginx.
missing=""
command -v chromium >/dev/null || missing="$missing chromium"
command -v chromedriver >/dev/null || missing="$missing chromium-driver"
command -v firefox-esr >/dev/null || missing="$missing firefox-esr"
command -v WebKitWebDriver >/dev/null || missing="$missing webkit2gtk-driver"
command -v xvfb-run >/dev/null || missing="$missing xvfb"
[ -x /usr/sbin/apache2 ] || missing="$missing apache2-bin"
[ -x /usr/sbin/nginx ] || missing="$missing nginx"
if [ -n "$missing" ]; then
  step "installing Debian's$missing"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi

# wasm-opt (npm binaryen), playwright-core and axe-core, exactly as locked.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "installing npm tools (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi

step "fetching crates"
cargo fetch --locked --quiet
# The release build recompiles the standard library (build_release in ./dev), whose own crates.io
# dependencies (rust-src's Cargo.lock) the project's fetch does not download: a machine without
# them in its cargo cache fails that build offline. Its manifest uses a nightly-only key, hence
# RUSTC_BOOTSTRAP, as for the build itself.
RUSTC_BOOTSTRAP=1 cargo fetch --locked --quiet --manifest-path "$(rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
