#!/usr/bin/env bash
# Long histories: `lexwatch check`, `log` and `feed` against `git log -p --word-diff`.
#
#   benches/history.sh [--quick] [--keep] [--versions V] [--articles N] [--lang en|ru]
#
# Generates a history of V versions (default 150) of a code of N articles
# (default 200, growing as versions insert articles; seed 42, 1 % of words
# changed per version), records each version with `lexwatch record` into a
# new statute repository, then times, on the same history, every version
# compared with the one before it: `lexwatch check --base ROOT` (the CI
# gate), `lexwatch log` and `lexwatch feed`, against `git log -p
# --word-diff` of the statute file. Prints the best of 3 runs (--quick: 1)
# and, where valgrind is installed, the instructions of `check` and git over
# the last 15 comparisons (--no-instructions: none). See benches/README.md.
#
# Environment: LEXWATCH_BIN and GENCODE_BIN override the binaries (default
# $CARGO_TARGET_DIR or target/, release profile).

set -u -o pipefail

# die, note, needs_value, make_work, root, target_dir, lexwatch; best_us, fixed, instructions.
. "$(dirname "$0")/lib.sh"

usage() {
    sed -n '4,13p' "$0" | sed 's/^# \{0,1\}//'
}

runs=3
keep=0
versions=150
articles=200
lang=en
count_instructions=1
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) runs=1 ;;
        --keep) keep=1 ;;
        --versions | --articles | --lang)
            needs_value "$1" "a value" $#
            case "$1" in
                --versions) versions=$2 ;;
                --articles) articles=$2 ;;
                --lang) lang=$2 ;;
            esac
            shift
            ;;
        --no-instructions) count_instructions=0 ;;
        -h | --help)
            usage
            exit 0
            ;;
        *)
            echo "$bench_name: unknown argument: $1 (see --help)" >&2
            exit 2
            ;;
    esac
    shift
done

gencode=${GENCODE_BIN:-$target_dir/release/examples/gencode}
make_work lexwatch-history "history"

if [ -z "${LEXWATCH_BIN:-}" ] || [ -z "${GENCODE_BIN:-}" ]; then
    note "building (cargo build --release)"
    (cd "$root" && cargo build --release --quiet && cargo build --release --quiet --example gencode) ||
        die "cargo build --release failed"
fi

# --- the history ----------------------------------------------------------------

note "generating $versions versions of a $lang code of $articles articles"
"$gencode" --lang "$lang" --articles "$articles" --seed 42 --change 0.01 \
    --versions "$versions" --out "$work/texts" 2>"$work/gencode.log" ||
    die "gencode failed: $(head -n 1 "$work/gencode.log")"
repo=$work/repo
"$lexwatch" init "$repo" >/dev/null || die "lexwatch init failed"
root_commit=$(git -C "$repo" rev-parse HEAD) || die "no commit after lexwatch init"
note "recording $versions versions"
k=0
for file in "$work"/texts/v*.md; do
    date=$(date -u -d "2000-01-01 + $k days" +%F)
    (cd "$repo" && "$lexwatch" record "$file" --act xx/generated-code --date "$date" --stage draft \
        >/dev/null 2>"$work/record.log") ||
        die "lexwatch record $file failed: $(head -n 1 "$work/record.log")"
    k=$((k + 1))
done
bytes=$(cat "$work"/texts/v*.md | wc -c)

# --- measuring --------------------------------------------------------------------

# Each command runs in the repository; its output goes nowhere.
in_repo() { (cd "$repo" && "$@"); }
git_cmd=(git -C "$repo" log -p --word-diff=porcelain "$root_commit..HEAD" -- statutes/xx/generated-code.md)
check_cmd=(in_repo "$lexwatch" check --base "$root_commit" --fail-on high --format json)
log_cmd=(in_repo "$lexwatch" log xx/generated-code)
feed_cmd=(in_repo "$lexwatch" feed)

for cmd in check log feed; do
    name="${cmd}_cmd[@]"
    in_repo true
    "${!name}" >/dev/null 2>"$work/$cmd.log"
    status=$?
    # check exits 1 on findings at or above the threshold: that is a result, not a failure.
    if [ "$status" -gt 1 ]; then
        die "lexwatch $cmd failed: $(head -n 1 "$work/$cmd.log")"
    fi
done

note "timing ($timer, best of $runs)"
git_us=$(best_us "${git_cmd[@]}") || die "timing git failed"
declare -A us
for cmd in check log feed; do
    name="${cmd}_cmd[@]"
    us[$cmd]=$(best_us "${!name}") || die "timing lexwatch $cmd failed"
done

echo
echo "history: $versions versions of a generated $lang code ($(head -c 200 "$work/gencode.log" | grep -o 'articles=[0-9.]*' | cut -d= -f2) articles), $((bytes / 1048576)) MB of text in all"
echo
echo "| command | ms | ratio to git |"
echo "|---|---:|---:|"
echo "| \`git log -p --word-diff=porcelain\` | $(fixed "$git_us" 1000 0) | 1.00 |"
for cmd in check log feed; do
    echo "| \`lexwatch $cmd\` | $(fixed "${us[$cmd]}" 1000 0) | $(fixed $((us[$cmd] * 100 / git_us)) 100 2) |"
done

if [ "$count_instructions" = 1 ] && command -v valgrind >/dev/null 2>&1; then
    # Under callgrind a whole history takes many minutes: count the last
    # comparisons only, the same ones for both tools.
    last=$((versions > 15 ? 15 : versions - 1))
    note "counting instructions (callgrind) over the last $last comparisons"
    git_instr=$(instructions git -C "$repo" log -p --word-diff=porcelain "HEAD~$last..HEAD" -- statutes/xx/generated-code.md) ||
        die "callgrind on git failed"
    check_instr=$(cd "$repo" && instructions "$lexwatch" check --base "HEAD~$last" --fail-on high --format json) ||
        die "callgrind on lexwatch check failed"
    echo
    echo "instructions over the last $last comparisons (callgrind, all threads, millions):"
    echo
    echo "| command | instructions (M) | ratio to git |"
    echo "|---|---:|---:|"
    echo "| \`git log -p --word-diff=porcelain\` | $(fixed "$git_instr" 1000000 0) | 1.00 |"
    echo "| \`lexwatch check\` | $(fixed "$check_instr" 1000000 0) | $(fixed $((check_instr * 100 / git_instr)) 100 2) |"
fi
