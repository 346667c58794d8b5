#!/usr/bin/env bash
# Runs each cargo-fuzz target for SECONDS (default 120) on the stable toolchain: cargo-fuzz needs
# nightly flags, which RUSTC_BOOTSTRAP=1 allows; the address sanitizer needs a nightly runtime, so
# the targets run without one (-s none): panics, overflows and failed assertions are still caught.
# Seeds: the bundled article and our fixtures. Crashes land in fuzz/artifacts/TARGET/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-120}
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --version 0.13.2 --locked
export RUSTC_BOOTSTRAP=1
for target in parse extract search; do
    corpus=fuzz/corpus/$target
    mkdir -p "$corpus"
    for f in assets/000_2092384b85dd452f.txt $(find tests/fixtures -name '*.txt' -o -name '*.md' | sort); do
        if [ "$target" = search ]; then
            { echo milliards; cat "$f"; } > "$corpus/seed-$(basename "$f")"
        else
            cp "$f" "$corpus/seed-$(basename "$f")"
        fi
    done
    (cd fuzz && cargo fuzz run -s none "$target" -- -max_total_time="$seconds" -max_len=8192) 2>&1 |
        grep -E '^#[0-9]+ +DONE|panicked|SUMMARY|Test unit written' || true
done
