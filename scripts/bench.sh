#!/usr/bin/env bash
# Benchmarks on this machine, in one run, side by side. Prints Markdown tables (paste them into
# README.md). Corpora: our own articles (the bundled one and the test fixtures) repeated in a
# fixed order to 1, 10 and 100 MB. Needs hyperfine, ripgrep and tmux (installed if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
for tool in hyperfine rg tmux less; do command -v "$tool" >/dev/null || need+=("$tool"); done
if [ ${#need[@]} -gt 0 ]; then
    apt-get update -qq
    for tool in "${need[@]}"; do
        case $tool in rg) pkg=ripgrep ;; *) pkg=$tool ;; esac
        apt-get install -y -qq "$pkg" >/dev/null
    done
fi
cargo build --release -q
bin=$PWD/target/release/artex
dir=target/bench
mkdir -p "$dir"
export XDG_CONFIG_HOME=/nonexistent-artex-bench # no user config in the measurements

sources=(assets/000_2092384b85dd452f.txt)
while IFS= read -r f; do sources+=("$f"); done < <(find tests/fixtures -name '*.txt' | sort)
for mb in 1 10 100; do
    out="$dir/corpus-${mb}mb.txt"
    [ -f "$out" ] && [ "$(stat -c %s "$out")" -ge $((mb * 1048576)) ] && continue
    : > "$out"
    while [ "$(stat -c %s "$out")" -lt $((mb * 1048576)) ]; do
        for s in "${sources[@]}"; do cat "$s"; printf '\n\n'; done >> "$out"
    done
done

# 60 keys: scrolling, paging, paragraph jumps, go-to, bottom/top, focus changes, search typing.
keys='jjjjjjjjjjkkkkk<PgDn><PgDn><PgDn><PgUp>}}}}}}{{{{G<PgUp>kkgjjj:9<Enter>}}<Tab>jj<Tab>jj<Tab>/milliards<Enter>nN<Esc>bbz<PgDn>z'

latency() { # median and p99 of update+draw over $replays replays of the 60 keys
    for _ in $(seq "$replays"); do "$bin" render "$@" --keys "$keys" --timings 2>&1 >/dev/null; done |
        sed -E 's/.*"draw_us":([0-9]+).*"update_us":([0-9]+).*/\1 \2/' | awk '{print $1 + $2}' | sort -n |
        awk '{v[NR] = $1} END {printf "%.2f ms | %.2f ms", v[int(NR / 2) + 1] / 1000, v[int(NR * 0.99)] / 1000}'
}
rss() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk '/Maximum resident/ {printf "%.0f MiB", $6 / 1024}'; }
# Peak RSS of COMMAND..., and over the size of FILE (the first argument) from 10 MB on:
# "284 MiB (2.83x)".
rss_ratio() {
    local file=$1
    shift
    /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -v size="$(stat -c %s "$file")" \
        '/Maximum resident/ {printf "%.0f MiB", $6 / 1024; if (size >= 10e6) printf " (%.2fx)", $6 * 1024 / size}'
}
mean_ms() { python3 -c "import json,sys; r=json.load(open('$dir/hf.json'))['results']; print(' | '.join('%.1f ms' % (x['mean'] * 1000) for x in r))"; }

# Time until the first paragraph is on screen in tmux, for artex and for less (median of 5).
first_screen() { # COMMAND (run by tmux's shell) and the file whose first line to wait for
    local cmd=$1 file=$2 times=()
    local needle
    needle=$(head -c 300 "$file" | head -n 1 | cut -c1-20)
    for run in 1 2 3 4 5; do
        # a server of its own each time: a new session on a server still shutting down fails
        # ("server exited unexpectedly"), and the wait below would never end
        local sock="artex-bench-$$-$run" t0 t1
        t0=$(date +%s%N)
        tmux -L "$sock" -f /dev/null new-session -d -x 100 -y 30 "$cmd"
        until tmux -L "$sock" capture-pane -p 2>/dev/null | grep -qF "$needle"; do
            sleep 0.005
            if (($(date +%s%N) - t0 > 10000000000)); then
                echo "first screen: no '$needle' after 10 s" >&2
                break
            fi
        done
        t1=$(date +%s%N)
        times+=($(((t1 - t0) / 1000000)))
        tmux -L "$sock" kill-server 2>/dev/null || true
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n 3p
}

echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB; $(date -u +%F)"
echo
echo "| article | size | first screen: artex / less (tmux) | render (load, extraction, one frame) | keystroke median | keystroke p99 | peak RSS (render) |"
echo "|---|---|---|---|---|---|---|"
row() {
    local name=$1 size=$2 file=$3
    local arg=()
    [ "$file" = bundled ] || arg=("$file")
    local fs_artex fs_less="-"
    if [ "$file" = bundled ]; then
        fs_artex=$(first_screen "$bin" assets/000_2092384b85dd452f.txt)
    else
        fs_artex=$(first_screen "$bin '$file'" "$file")
        fs_less=$(first_screen "less '$file'" "$file")
    fi
    # The 100 MB render runs the whole extraction (tens of seconds): fewer repetitions there.
    local runs=3
    replays=10
    if [ "$size" = "100 MB" ]; then runs=1; replays=5; fi
    hyperfine -N --warmup 0 --runs "$runs" --export-json "$dir/hf.json" "$bin render ${arg[*]:-} --size 100x30" >/dev/null 2>&1
    local measured=${arg[0]:-assets/000_2092384b85dd452f.txt}
    echo "| $name | $size | $fs_artex ms / $fs_less ms | $(mean_ms) | $(latency "${arg[@]}") | $(rss_ratio "$measured" "$bin" render "${arg[@]}") |"
}
row bundled "5 KB" bundled
for mb in 1 10 100; do row corpus "$mb MB" "$dir/corpus-${mb}mb.txt"; done

echo
echo "| command | 10 MB | 100 MB |"
echo "|---|---|---|"
ratio() { python3 -c "import json; r=json.load(open('$dir/hf.json'))['results']; print('%.1f ms / %.1f ms (%.1fx)' % (r[0]['mean']*1000, r[1]['mean']*1000, r[0]['mean']/r[1]['mean']))"; }
hyperfine -N --warmup 1 --runs 5 --export-json "$dir/hf.json" \
    "$bin search milliards $dir/corpus-10mb.txt" "rg -i -c milliards $dir/corpus-10mb.txt" >/dev/null 2>&1
s10=$(ratio)
hyperfine -N --warmup 1 --runs 5 --export-json "$dir/hf.json" \
    "$bin search milliards $dir/corpus-100mb.txt" "rg -i -c milliards $dir/corpus-100mb.txt" >/dev/null 2>&1
s100=$(ratio)
echo "| \`artex search milliards\` / \`rg -i -c milliards\` | ${s10} | ${s100} |"
hyperfine -N --runs 3 --export-json "$dir/hf.json" "$bin dump $dir/corpus-1mb.txt" "$bin dump $dir/corpus-10mb.txt" >/dev/null 2>&1
echo "| \`artex dump\` (1 MB / 10 MB: load, entities, figures, JSON) | $(mean_ms | sed 's/ | / \/ /') | |"
echo "| peak RSS of \`artex search\` | $(rss "$bin" search milliards "$dir/corpus-10mb.txt") | $(rss "$bin" search milliards "$dir/corpus-100mb.txt") |"
