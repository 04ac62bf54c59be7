#!/usr/bin/env bash
# Benchmark of `lexwatch site` on the bundled corpus.
#
#   benches/site.sh [--quick]
#
# Builds the release binary and times, best of 5 runs (--quick: 1):
#   feed   `lexwatch feed`: every act's comparisons, no site (the baseline)
#   cold   `lexwatch site -o NEW`: every page written into an empty folder
#   warm   `lexwatch site -o SAME`: a second run, where no page changed
# and prints each in milliseconds with its ratio to the baseline measured in
# the same run. The target is "well under a second" for the cold build.
#
# Environment: LEXWATCH_BIN overrides the binary (default target/release/lexwatch).

set -u -o pipefail

runs=5
case "${1:-}" in
    --quick) runs=1 ;;
    -h | --help)
        sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    "") ;;
    *)
        echo "site.sh: unknown argument: $1 (see --help)" >&2
        exit 2
        ;;
esac

root=$(cd "$(dirname "$0")/.." && pwd)
lexwatch=${LEXWATCH_BIN:-$root/target/release/lexwatch}
work=$(mktemp -d "${TMPDIR:-/tmp}/lexwatch-site-bench.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT

if [ -z "${LEXWATCH_BIN:-}" ]; then
    echo "site.sh: building (cargo build --release)" >&2
    (cd "$root" && cargo build --release --quiet) || {
        echo "site.sh: error: cargo build --release failed" >&2
        exit 1
    }
fi

now_us() {
    local t=${EPOCHREALTIME/[.,]/}
    echo "$((10#$t))"
}

# best_us SETUP CMD...: the best wall time of $runs runs in microseconds;
# SETUP (a shell function name or `true`) runs before each, untimed.
best_us() {
    local setup=$1 best="" k t0 t1 d
    shift
    for ((k = 0; k < runs; k++)); do
        "$setup"
        t0=$(now_us)
        "$@" >/dev/null 2>"$work/err" || {
            echo "site.sh: error: $* failed: $(head -n 1 "$work/err")" >&2
            exit 1
        }
        t1=$(now_us)
        d=$((t1 - t0))
        if [ -z "$best" ] || [ "$d" -lt "$best" ]; then best=$d; fi
    done
    echo "$best"
}

fresh() { rm -rf "$work/cold"; }

cd "$root" || exit 1
# One warm-up of each, so the page cache holds the repository.
"$lexwatch" feed >/dev/null
"$lexwatch" site -o "$work/warm" >/dev/null

feed=$(best_us true "$lexwatch" feed) || exit 1
cold=$(best_us fresh "$lexwatch" site -o "$work/cold") || exit 1
warm=$(best_us true "$lexwatch" site -o "$work/warm") || exit 1
files=$(find "$work/warm" -type f | wc -l)
bytes=$(du -sb "$work/warm" | cut -f1)

ms() { printf '%d.%01d' "$(($1 / 1000))" "$((($1 % 1000) / 100))"; }
ratio() { printf '%d.%02d' "$(($1 / $2))" "$((($1 % $2) * 100 / $2))"; }

echo "lexwatch $(git rev-parse --short HEAD 2>/dev/null || echo '?'): the bundled corpus," \
    "$files files, $((bytes / 1024)) KB; best of $runs run(s)"
printf '%-34s %10s %12s\n' "command" "ms" "x feed"
printf '%-34s %10s %12s\n' "feed (baseline)" "$(ms "$feed")" "1.00"
printf '%-34s %10s %12s\n' "site, empty folder" "$(ms "$cold")" "$(ratio "$cold" "$feed")"
printf '%-34s %10s %12s\n' "site, again (nothing rewritten)" "$(ms "$warm")" "$(ratio "$warm" "$feed")"
