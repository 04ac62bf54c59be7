#!/usr/bin/env bash
# Pathological input: does each case stay linear?
#
#   benches/pathological.sh [--scale K] [--only CASE] [--keep]
#
# Generates each case at size N and 2N, times `lexwatch diff --files OLD NEW
# --format json` on it (one run each, wall clock), and prints the times and
# their ratio. Linear work doubles (ratio about 2); quadratic work quadruples
# (about 4). The cases, at N (--scale 1, the full sizes of issue 14 at 2N):
#
#   single-line    one line of 2.5 MB of words, the new one with every
#                  sentence in another order (5 MB at 2N)
#   articles       50,000 articles, all renumbered by one inserted at the top
#   repeated-word  one paragraph of 0.5 MB of one word repeated, one word changed
#   duplicates     5,000 articles all numbered 1, one part changed
#   identical      25,000 articles with the same text, all renumbered
#   nested         20,000 numbered lines in ramps of 1 to 50 levels (1.2.3. …),
#                  indented deeper with each level, one article per ramp
#
# A run that exceeds the time limit (LEXWATCH_PATHOLOGICAL_TIMEOUT seconds,
# default 300) is reported as such. Exit 0 whatever the ratios (they are
# reported, not enforced); 1 when the build fails or lexwatch fails on a case
# without a one-line error; 2 on bad arguments. LEXWATCH_BIN overrides the
# binary (default target/release/lexwatch, built when missing).

set -u -o pipefail

scale=1
only=""
keep=0
while [ $# -gt 0 ]; do
    case "$1" in
        --scale) scale=${2:?--scale needs a number}; shift ;;
        --only) only=${2:?--only needs a case}; shift ;;
        --keep) keep=1 ;;
        -h | --help) sed -n '4,26p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "pathological.sh: unknown argument: $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done
case $scale in
    '' | *[!0-9.]*) echo "pathological.sh: --scale must be a number" >&2; exit 2 ;;
esac

root=$(cd "$(dirname "$0")/.." && pwd)
lexwatch=${LEXWATCH_BIN:-$root/target/release/lexwatch}
limit=${LEXWATCH_PATHOLOGICAL_TIMEOUT:-300}
if [ -z "${LEXWATCH_BIN:-}" ]; then
    (cd "$root" && cargo build --release --quiet) || { echo "pathological.sh: build failed" >&2; exit 1; }
fi
work=$(mktemp -d)
if [ "$keep" = 1 ]; then
    echo "inputs kept in $work" >&2
else
    trap 'rm -rf "$work"' EXIT
fi

# Every generator writes $1/old.md and $1/new.md for size $2 (its unit: bytes,
# articles or lines, scaled).
gen_single_line() {
    awk -v bytes="$2" -v dir="$1" 'BEGIN {
        srand(7); n = 0; line = ""
        while (length(line) < bytes) {
            s = sprintf("Sentence %d says that information about item %d shall be published within %d days. ", n, n * 7 % 1000, n % 30 + 1)
            sentence[n++] = s; line = line s
        }
        printf "+++\nlanguage = \"en\"\n+++\n### Article 1. Everything\n\n1. %s\n", line > (dir "/old.md")
        # The same sentences in another order: every pair of neighbours swapped.
        out = ""
        for (i = 0; i + 1 < n; i += 2) out = out sentence[i + 1] sentence[i]
        if (n % 2) out = out sentence[n - 1]
        printf "+++\nlanguage = \"en\"\n+++\n### Article 1. Everything\n\n1. %s\n", out > (dir "/new.md")
    }'
}

gen_articles() {
    awk -v count="$2" -v dir="$1" 'function article(number, i, file) {
            printf "### Article %d. Duty number %d\n\n1. The operator shall keep record %d of the register for %d days.\n\n2. A breach of paragraph 1 shall entail a fine of %d monthly calculation indices.\n\n", number, i, i, i % 90 + 1, i % 200 + 10 > file
        }
        BEGIN {
            old = dir "/old.md"; new = dir "/new.md"
            print "+++\nlanguage = \"en\"\n+++" > old; print "+++\nlanguage = \"en\"\n+++" > new
            printf "### Article 1. A new first article\n\n1. Everything below is renumbered.\n\n" > new
            for (i = 1; i <= count; i++) { article(i, i, old); article(i + 1, i, new) }
        }'
}

gen_repeated_word() {
    awk -v bytes="$2" -v dir="$1" 'BEGIN {
        words = int(bytes / 12)
        for (side = 0; side < 2; side++) {
            file = dir (side ? "/new.md" : "/old.md")
            printf "+++\nlanguage = \"ru\"\n+++\n### Статья 1. Повтор\n\n1. " > file
            for (i = 0; i < words; i++) {
                w = (side && i == int(words / 2)) ? "информации" : "информация"
                printf "%s%s", w, (i % 8 == 7 ? "\n" : " ") > file
            }
            printf "\n" > file
        }
    }'
}

gen_duplicates() {
    awk -v count="$2" -v dir="$1" 'BEGIN {
        for (side = 0; side < 2; side++) {
            file = dir (side ? "/new.md" : "/old.md")
            print "+++\nlanguage = \"ru\"\n+++" > file
            for (i = 0; i < count; i++) {
                fine = (side && i == int(count / 2)) ? "двухсот" : "ста"
                printf "### Статья 1. Одно и то же\n\n1. Распространение сведений влечет штраф в размере %s месячных расчетных показателей.\n\n", fine > file
            }
        }
    }'
}

gen_identical() {
    awk -v count="$2" -v dir="$1" 'BEGIN {
        old = dir "/old.md"; new = dir "/new.md"
        print "+++\nlanguage = \"ru\"\n+++" > old; print "+++\nlanguage = \"ru\"\n+++" > new
        printf "### Статья 1. Новая\n\n1. Вставлена в начало.\n\n" > new
        for (i = 1; i <= count; i++) {
            text = "### Статья %d. Исключена\n\n1. Исключена Законом РК от 01.01.2020 № 1-VI.\n\n"
            printf text, i > old; printf text, i + 1 > new
        }
    }'
}

gen_nested() {
    awk -v count="$2" -v dir="$1" 'BEGIN {
        for (side = 0; side < 2; side++) {
            file = dir (side ? "/new.md" : "/old.md")
            print "+++\nlanguage = \"en\"\n+++" > file
            for (i = 1; i <= count; i++) {
                # Ramps of 1 to 50 levels (1.2.3. … 50 numbers), one article each,
                # so that no number repeats and the input grows linearly.
                depth = (i - 1) % 50 + 1; number = ""
                if (depth == 1) printf "\n### Article %d. Deep\n", int(i / 50) + 1 > file
                for (d = 1; d <= depth; d++) number = number (d == 1 ? "" : ".") (d % 9 + 1)
                indent = sprintf("%" (i % 40) * 2 "s", "")
                printf "\n%s%s%s level %d of the list%s.\n", indent, number, (i % 2 ? "." : ")"), i, (side && i == int(count / 2) ? " and more" : "") > file
            }
        }
    }'
}

# name, generator, size at N (before --scale), unit
cases=(
    "single-line gen_single_line 2500000 bytes"
    "articles gen_articles 50000 articles"
    "repeated-word gen_repeated_word 500000 bytes"
    "duplicates gen_duplicates 5000 articles"
    "identical gen_identical 25000 articles"
    "nested gen_nested 20000 lines"
)

# Seconds for one `lexwatch diff` of dir $1, or "timeout"/"failed"; a run
# that ends in a clear error is marked "(error)" and its message kept in $1/err.txt.
time_diff() {
    local start end status
    start=$(date +%s.%N)
    timeout "$limit" "$lexwatch" diff --files "$1/old.md" "$1/new.md" --format json \
        > "$1/out.json" 2> "$1/err.txt"
    status=$?
    end=$(date +%s.%N)
    if [ "$status" = 124 ]; then echo "timeout"; return; fi
    # Exit 2 with one line is a clear error, as the issue allows; anything else fails.
    if [ "$status" != 0 ] && { [ "$status" != 2 ] || [ "$(wc -l < "$1/err.txt")" != 1 ]; }; then
        echo "failed"; return
    fi
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }'
    if [ "$status" = 2 ]; then printf '(error)'; fi
}

failed=0
printf '%-14s %12s %12s %9s %9s %7s\n' case N 2N "N s" "2N s" ratio
for entry in "${cases[@]}"; do
    read -r name generator base unit <<< "$entry"
    if [ -n "$only" ] && [ "$only" != "$name" ]; then continue; fi
    n=$(awk -v b="$base" -v s="$scale" 'BEGIN { printf "%d", b * s }')
    times=()
    for size in "$n" $((n * 2)); do
        dir=$work/$name-$size
        mkdir -p "$dir"
        "$generator" "$dir" "$size"
        t=$(time_diff "$dir")
        if [ "$t" = failed ]; then
            failed=1
            echo "$name at $size $unit: $(head -c 300 "$dir/err.txt")" >&2
        fi
        times+=("$t")
    done
    ratio=$(awk -v a="${times[0]}" -v b="${times[1]}" \
        'BEGIN { if (a + 0 > 0 && b ~ /^[0-9.]+/) printf "%.1f", (b + 0) / a; else print "-" }')
    printf '%-14s %12s %12s %9s %9s %7s\n' "$name" "$n $unit" "$((n * 2))" "${times[0]}" "${times[1]}" "$ratio"
    if grep -q . "$work/$name-$((n * 2))/err.txt" 2>/dev/null; then
        sed 's/^/    /' "$work/$name-$((n * 2))/err.txt" | head -n 2
    fi
done
exit "$failed"
