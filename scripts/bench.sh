#!/usr/bin/env bash
# Benchmarks on this machine, in one run: load + first frame, keystroke latency, peak memory,
# for the bundled article and deterministic 1 / 10 / 100 MB corpora built from our own articles.
# Prints a Markdown table (paste it into README.md). Needs hyperfine (apt-get install hyperfine).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine >/dev/null; }
cargo build --release -q
bin=target/release/artex
dir=target/bench
mkdir -p "$dir"

# Corpora: our articles (the bundled one and the test fixtures) repeated in a fixed order.
sources=(assets/000_2092384b85dd452f.txt)
while IFS= read -r f; do sources+=("$f"); done < <(find tests/fixtures -name '*.txt' 2>/dev/null | sort)
for mb in 1 10 100; do
    out="$dir/corpus-${mb}mb.txt"
    [ -f "$out" ] && [ "$(stat -c %s "$out")" -ge $((mb * 1048576)) ] && continue
    : > "$out"
    while [ "$(stat -c %s "$out")" -lt $((mb * 1048576)) ]; do
        for s in "${sources[@]}"; do cat "$s"; printf '\n\n'; done >> "$out"
    done
done

# 60 keys: scrolling, paging, paragraph jumps, go-to, bottom/top, focus changes.
keys='jjjjjjjjjjkkkkk<PgDn><PgDn><PgDn><PgUp>}}}}}}{{{{G<PgUp>kkgjjj:9<Enter>}}<Tab>jj<Tab>jj<Tab><Space><Space>bbz<PgDn>z'

latency() { # median and p99 of update+draw in µs over 20 replays
    for _ in $(seq 20); do "$bin" render "$@" --keys "$keys" --timings 2>&1 >/dev/null; done |
        sed -E 's/.*"draw_us":([0-9]+).*"update_us":([0-9]+).*/\1 \2/' | awk '{print $1 + $2}' | sort -n |
        awk '{v[NR] = $1} END {printf "%d µs | %d µs", v[int(NR / 2) + 1], v[int(NR * 0.99)]}'
}
rss() { /usr/bin/time -v "$bin" render "$@" 2>&1 >/dev/null | awk '/Maximum resident/ {printf "%.0f MB", $6 / 1024}'; }

echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB"
echo
echo "| article | size | load + first frame (mean) | keystroke median | keystroke p99 | peak RSS |"
echo "|---|---|---|---|---|---|"
row() {
    local name=$1 size=$2; shift 2
    local mean
    mean=$(hyperfine -N --warmup 2 --runs 10 --export-json "$dir/hf.json" "$bin render $* --size 100x30" >/dev/null 2>&1 &&
        python3 -c "import json; print('%.1f ms' % (json.load(open('$dir/hf.json'))['results'][0]['mean'] * 1000))")
    echo "| $name | $size | $mean | $(latency "$@") | $(rss "$@") |"
}
row bundled "5 KB"
for mb in 1 10 100; do row "corpus" "$mb MB" "$dir/corpus-${mb}mb.txt"; done
