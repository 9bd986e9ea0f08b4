# 4xx Guide. Every target installs what it needs first (scripts/setup.sh: pinned, idempotent).
#   make serve   build the release site and serve it at http://127.0.0.1:8080
#   make test    every test: lint, cargo tests, HTML validation, the built site in Chromium
#                from a plain static server and from nginx with deploy/nginx.conf
#   make dist    the release site in dist/ (BASE_PATH=/sub-path for a sub-path deploy)
#   make bench   size and speed figures

export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
BASE_PATH ?=
SITE_ORIGIN ?=
PORT ?= 8080
export BASE_PATH SITE_ORIGIN

.PHONY: setup setup-browser dist serve dev test test-rust test-e2e bench lint clean

setup:
	bash scripts/setup.sh

setup-browser:
	bash scripts/setup.sh --browser

dist: setup
	bash scripts/build-dist.sh dist

serve: dist
	node scripts/static-server.mjs dist $(PORT) $(if $(BASE_PATH),--base $(BASE_PATH))

# Live-reloading development server (not a static host: it answers every path with
# index.html, so check deep links with `make serve`).
dev: setup
	TRUNK_SKIP_VERSION_CHECK=true trunk serve --port $(PORT)

test: setup-browser lint test-rust test-e2e

test-rust:
	cargo test --locked --features ssr

test-e2e:
	BASE_PATH= bash scripts/build-dist.sh dist
	# A second deploy of the same app, differing in its canonical URLs, for the update test.
	BASE_PATH= SITE_ORIGIN=http://v2.invalid bash scripts/build-dist.sh dist-v2
	BASE_PATH=/4xx-guide bash scripts/build-dist.sh dist-subpath
	bash scripts/validate-html.sh dist dist-subpath
	npx playwright test --config tests/e2e/playwright.config.js

bench: setup-browser
	bash scripts/bench.sh

lint:
	cargo fmt --check
	cargo clippy --locked --features ssr --all-targets -- -D warnings
	cargo clippy --locked --features csr --target wasm32-unknown-unknown -- -D warnings

clean:
	rm -rf dist dist-v2 dist-subpath dist-origin target test-results
