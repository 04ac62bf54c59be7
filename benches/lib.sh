# Shell functions and start-up the benchmarks share. Source it first thing;
# the functions read, when called:
#   work  a temporary directory for scratch files (make_work sets it)
#   runs  how many timed runs best_us takes the best of
#   keep  1 to keep the temporary directory after the script ends
# It sets `timer` to "hyperfine" when installed, else "bash loop", and
# `root`, `target_dir` and `lexwatch` (the checkout, the cargo target
# directory: $CARGO_TARGET_DIR or target/, and the release binary, unless
# LEXWATCH_BIN names another).
# shellcheck shell=bash

# The script's own name, for its messages.
bench_name=$(basename "$0")

die() {
    echo "$bench_name: error: $*" >&2
    exit 1
}
note() { echo "$bench_name: $*" >&2; }

# needs_value OPTION WHAT ARGS_LEFT: exits 2 when OPTION is the last argument.
needs_value() {
    [ "$3" -ge 2 ] || {
        echo "$bench_name: $1 needs $2" >&2
        exit 2
    }
}

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
target_dir=${CARGO_TARGET_DIR:-$root/target}
lexwatch=${LEXWATCH_BIN:-$target_dir/release/lexwatch}

# make_work PREFIX WHAT: a new temporary directory in $work, removed when the
# script exits, or kept (and said so, as WHAT) with keep=1.
make_work() {
    work=$(mktemp -d "${TMPDIR:-/tmp}/$1.XXXXXX") || die "cannot create a temporary directory"
    if [ "${keep:-0}" = 1 ]; then
        # shellcheck disable=SC2064 # WHAT is fixed now; $work is read at exit.
        trap "note \"$2 kept in \$work\"" EXIT
    else
        trap 'rm -rf "$work"' EXIT
    fi
}

# Wall clock in microseconds: bash 5's $EPOCHREALTIME needs no fork.
now_us() {
    if [ -n "${EPOCHREALTIME:-}" ]; then
        local t=${EPOCHREALTIME/[.,]/}
        echo "$((10#$t))"
    else
        local t
        t=$(date +%s%N)
        echo "$((10#$t / 1000))"
    fi
}

if command -v hyperfine >/dev/null 2>&1; then
    timer="hyperfine"
else
    timer="bash loop"
fi

# best_us CMD...: best wall time of $runs runs in microseconds, after one
# warm-up run. The command's exit status is ignored (git diff exits 1 on any
# difference); callers check failures separately.
best_us() {
    if [ "$timer" = hyperfine ]; then
        local json=$work/hyperfine.json cmd="" a
        for a in "$@"; do cmd+="'${a//\'/\'\\\'\'}' "; done
        hyperfine --runs "$runs" --warmup 1 --ignore-failure --style none \
            --export-json "$json" "$cmd" >/dev/null 2>&1 || return 1
        # "min": 0.0351... (seconds)
        local min
        min=$(tr -d ' \n' <"$json" | grep -o '"min":[0-9.eE+-]*' | head -n 1 | cut -d: -f2)
        [ -n "$min" ] || return 1
        # seconds → microseconds without awk/bc: split on the decimal point.
        LC_ALL=C printf '%.6f\n' "$min" | {
            IFS=. read -r s f
            echo "$((10#$s * 1000000 + 10#$f))"
        }
        return 0
    fi
    "$@" >/dev/null 2>&1
    local best="" k t0 t1 d
    for ((k = 0; k < runs; k++)); do
        t0=$(now_us)
        "$@" >/dev/null 2>&1
        t1=$(now_us)
        d=$((t1 - t0))
        if [ -z "$best" ] || [ "$d" -lt "$best" ]; then best=$d; fi
    done
    echo "$best"
}

# fixed VALUE SCALE DECIMALS: VALUE/SCALE printed with DECIMALS digits, rounded.
fixed() {
    local v=$1 scale=$2 dec=$3 p=1 k
    for ((k = 0; k < dec; k++)); do p=$((p * 10)); done
    local q=$(((v * p + scale / 2) / scale))
    if [ "$dec" -eq 0 ]; then
        echo "$q"
    else
        printf '%d.%0*d\n' "$((q / p))" "$dec" "$((q % p))"
    fi
}

# instructions CMD...: instructions executed by CMD (all threads), by callgrind.
instructions() {
    valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" "$@" \
        >/dev/null 2>"$work/callgrind.log"
    local n
    n=$(grep -o 'Collected : [0-9]*' "$work/callgrind.log" | tail -n 1 | grep -o '[0-9]*$')
    rm -f "$work/callgrind.out"
    [ -n "$n" ] || return 1
    echo "$n"
}

