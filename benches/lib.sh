# Shell functions the benchmarks share. Source it after setting:
#   work  a temporary directory for scratch files
#   runs  how many timed runs best_us takes the best of
# It sets `timer` to "hyperfine" when installed, else "bash loop".
# shellcheck shell=bash

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

