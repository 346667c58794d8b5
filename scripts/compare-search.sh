#!/usr/bin/env bash
# Compares `artex search` of two binaries, output (plain and --json) and exit code, over the
# 100 MB corpus, the document fixtures and small files with NUL bytes, CR-only and CRLF line
# ends, for plain, accented, capitalised, multi-word and regex queries.
# Usage: scripts/compare-search.sh OLD_BINARY NEW_BINARY [CORPUS]
set -uo pipefail
old=$1
new=$2
corpus=${3:-/tmp/corpus-100mb.txt}
cd "$(dirname "$0")/.."
export XDG_CONFIG_HOME=/nonexistent-artex-compare
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'un milliard\r\rde francs\rdes milliards\r\r' > "$tmp/cr-only.txt"
printf 'un milliard\r\n\r\nde \xc3\xa9tats\r\ndes milliards\r\n' > "$tmp/crlf.txt"
printf 'des milliards\n\nun\0nul\n' > "$tmp/nul.txt"
printf 'caf\xe9 des milliards\n\n\xe9tats-unis\n' > "$tmp/latin1.txt"
: > "$tmp/empty.txt"
# what the mapped search treats apart: a match in the last paragraph without a final newline,
# blank lines only, quotes and list items on one line and on several, a bare quote marker, bad
# UTF-8 inside and at a line end, whitespace-only lines (no-break spaces, form feeds), BOMs
printf 'un\n\n> des milliards\n\n- milliards\n\n>\n\n> un\n> milliards\n\nfin des milliards' > "$tmp/last-no-newline.txt"
printf '\n\n \n\t\n\n' > "$tmp/blank-only.txt"
printf 'x\xe2\x80\n\xc2\xa0\n\x0c\nmilliards \xff\n\n\xe3\x80\x80milliards\xc2\xa0\n\n\xef\xbb\xbfmilliards\n' > "$tmp/spaces-bad.txt"
printf '\xef\xbb\xbf\xef\xbb\xbfdes milliards\n\nmilliards\n' > "$tmp/two-boms.txt"
printf '\xef\xbb\xbfdes milliards\r\n\r\n\xc3\xa9tats-unis\r\n' > "$tmp/bom-crlf.txt"
{ head -c 3000000 "$corpus"; printf '\n\n> un\n> milliards\n\n- des milliards\n\nfin des milliards'; } > "$tmp/big-last.txt"
# a big file with a NUL, a bad byte and CRs past its first piece
{ head -c 3000000 "$corpus"; printf '\n\nun milliards\r\n\r\nx\xffy milliards\n\n'; head -c 1000000 "$corpus"; printf '\n\na\0b\n'; } > "$tmp/big-nul.txt"
{ head -c 3000000 "$corpus"; printf '\n\nun milliards\r\n\r\nx\xffy milliards\r\rz\n\n'; head -c 2000000 "$corpus"; } > "$tmp/big-cr.txt"
# bad bytes past the first pieces, which the good bytes of the valid pieces outweigh (UTF-8 wins);
# a later part in Latin-1 that outweighs them (Windows-1252 wins, the file is read whole)
{ head -c 3000000 "$corpus"; printf '\n\n'; for _ in $(seq 60000); do printf 'caf\xe9 milliards\n\n'; done; } > "$tmp/big-few-bad.txt"
{ head -c 2000000 "$corpus"; printf '\n\n'; head -c 6000000 "$corpus" | tail -c 4000000 | iconv -c -f utf-8 -t latin1; } > "$tmp/big-latin1.txt"
# needles without an "e" whose anchor is a rare pair ("zz", "zk"): accents, case and a soft
# hyphen (which folds to nothing) inside the pair
printf 'le jazz\n\nJ\xc3\x80ZZ et \xc5\xbdi\xc5\xbeka\n\nja\xc2\xadzz, ZI\xc5\xbdKA\n' > "$tmp/rare-pairs.txt"
# the anchor's skip passes masks whose stops never matter ("’", "é", no-break spaces): matches
# after runs of them of every length, so at every offset in a mask and across masks
{ for i in $(seq 300); do for _ in $(seq "$i"); do printf 'l\xe2\x80\x99\xc3\xa9\xc2\xa0'; done; printf ' \xc5\x93uvre jazz \xc3\x89tats-Unis\n\n'; done; } > "$tmp/never-stops.txt"
# what the first piece alone tells, judged beside the other pieces: no blank lines (then read in
# pieces), Markdown by its lines, a NUL, a BOM with CRLF line ends, Latin-1 that wins
{ head -c 3000000 "$corpus" | tr -s '\n'; } > "$tmp/big-no-blank.txt"
{ printf '# Titre\n\n## Milliards\n\n'; head -c 3000000 "$corpus"; } > "$tmp/big-markdown.txt"
{ printf 'a\0b milliards\n\n'; head -c 3000000 "$corpus"; } > "$tmp/big-nul-first.txt"
{ printf '\xef\xbb\xbf'; head -c 3000000 "$corpus" | sed 's/$/\r/'; } > "$tmp/big-bom-crlf.txt"
{ head -c 3000000 "$corpus" | iconv -c -f utf-8 -t latin1; head -c 1000000 "$corpus"; } > "$tmp/big-latin1-first.txt"
files=("$corpus" tests/fixtures/document/* "$tmp"/*.txt)
queries=(milliards etats-unis oeuvre zzzqqq 'États' 'vingt milliards' 'l’état' "l'etat" Paris 'e' 'ss' decret 'elle a' 'coeur' jazz zizka)
regexes=('milliards?' 'd[eé]cret' '\bpar\b' 'zz+q')
fail=0
run() { # FILE ARGS...: compares both binaries' stdout and exit code
    local f=$1
    shift
    "$old" search "$@" "$f" > "$tmp/a" 2>"$tmp/ea"
    local ra=$?
    "$new" search "$@" "$f" > "$tmp/b" 2>"$tmp/eb"
    local rb=$?
    if [ $ra != $rb ] || ! cmp -s "$tmp/a" "$tmp/b" || ! cmp -s "$tmp/ea" "$tmp/eb"; then
        echo "DIFFERENT: search $* $f (exit $ra vs $rb)"
        fail=1
    fi
    n=$((n + 1))
}
n=0
for f in "${files[@]}"; do
    for q in "${queries[@]}"; do
        run "$f" "$q"
        run "$f" "$q" --json
    done
    for q in "${regexes[@]}"; do
        run "$f" --regex "$q"
        run "$f" --regex "$q" --json
    done
done
run /nonexistent-file milliards
echo "$n comparisons, $([ $fail = 0 ] && echo 'all identical' || echo 'SOME DIFFER')"
exit $fail
