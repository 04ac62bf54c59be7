#!/usr/bin/env bash
# End-to-end benchmark: `lexwatch diff --files` against `git diff --word-diff`.
#
#   benches/run.sh [--quick] [--keep] [--pair OLD NEW]...
#
# Builds the release binary and the generator, generates an English and a
# Russian code (about 1,000 articles, 5 % of words changed, seed 42), adds the
# real statute pairs found in this repository's statutes/ (each file's last two
# committed versions), then times both tools on every pair (best of 5 runs;
# --quick: 1 run) and prints one table, then runs benches/history.sh (check,
# log and feed over a 150-version history). See benches/README.md.
#
# Needs bash, coreutils and git. Uses hyperfine when installed, and
# /usr/bin/time (GNU) for peak memory when present. Exits non-zero only when
# something really fails (build, generator, or lexwatch itself); a slow ratio
# is reported, not fatal.
#
# Environment: LEXWATCH_BIN overrides the binary (default target/release/lexwatch);
# LEXWATCH_BENCH_REPO overrides the repository searched for statutes/.

set -u -o pipefail

# die, note, needs_value, make_work, root, target_dir, lexwatch; best_us, fixed, instructions.
. "$(dirname "$0")/lib.sh"

usage() {
    sed -n '4,10p' "$0" | sed 's/^# \{0,1\}//'
    echo
    echo "Options:"
    echo "  --quick          one timed run per command instead of five"
    echo "  --keep           keep the temporary directory with the generated pairs"
    echo "  --no-history     leave out the 150-version history (benches/history.sh)"
    echo "  --pair OLD NEW   also benchmark two given files (repeatable)"
    echo "  --sizes \"N ...\"  generated sizes in articles (default: 250 1000 4000 16000)"
    echo "  --callgrind-max N  count instructions (valgrind) only up to N articles"
    echo "                   (default: all; --quick: 1000; 0: never)"
}

runs=5
keep=0
history=1
extra=()
sizes="250 1000 4000 16000"
callgrind_max=""
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) runs=1 ;;
        --keep) keep=1 ;;
        --no-history) history=0 ;;
        --pair)
            needs_value "$1" "OLD and NEW" $(($# - 1))
            extra+=("$2" "$3")
            shift 2
            ;;
        --sizes)
            needs_value "$1" "a list" $#
            sizes=$2
            shift
            ;;
        --callgrind-max)
            needs_value "$1" "a number" $#
            callgrind_max=$2
            shift
            ;;
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

repo=${LEXWATCH_BENCH_REPO:-$root}
seed=42
change=0.05
if [ -z "$callgrind_max" ]; then
    if [ "$runs" = 1 ]; then callgrind_max=1000; else callgrind_max=1000000; fi
fi

make_work lexwatch-bench "inputs"

# --- build --------------------------------------------------------------------

note "building (cargo build --release)"
(cd "$root" && cargo build --release --quiet && cargo build --release --quiet --example gencode) ||
    die "cargo build --release failed"
gencode=$target_dir/release/examples/gencode

# --- inputs -------------------------------------------------------------------

# Parallel arrays: label, old file, new file, and the size in articles that
# decides whether instructions are counted (0 for files of any other kind).
labels=()
olds=()
news=()
arts=()

for articles in $sizes; do
    for lang in en ru; do
        dir=$work/gen-$lang-$articles
        "$gencode" --lang "$lang" --articles "$articles" --seed "$seed" --change "$change" \
            --out "$dir" 2>"$work/gen-$lang.log" || {
            cat "$work/gen-$lang.log" >&2
            die "the generator failed for --lang $lang --articles $articles"
        }
        note "$(cat "$work/gen-$lang.log")"
        labels+=("gen-$lang ($articles art., seed $seed)")
        olds+=("$dir/old.md")
        news+=("$dir/new.md")
        arts+=("$articles")
    done
done

# Two tiny identical files: the fixed cost of starting up.
printf '+++\nact = "xx/tiny"\nlanguage = "en"\n+++\n### Article 1. Tiny\n\nA tiny text.\n' >"$work/tiny.md"
labels+=("tiny identical files (start-up)")
olds+=("$work/tiny.md")
news+=("$work/tiny.md")
arts+=(0)

# Real pairs: every statute file's last two committed versions.
if [ -d "$repo/statutes" ] && git -C "$repo" rev-parse --git-dir >/dev/null 2>&1; then
    found=0
    while IFS= read -r -d '' path; do
        case "$path" in *.md) ;; *) continue ;; esac
        mapfile -t revs < <(git -C "$repo" log -n 2 --format=%h -- "$path")
        [ "${#revs[@]}" -eq 2 ] || continue
        n=${#labels[@]}
        if git -C "$repo" show "${revs[1]}:$path" >"$work/real-$n.old.md" 2>/dev/null &&
            git -C "$repo" show "${revs[0]}:$path" >"$work/real-$n.new.md" 2>/dev/null; then
            labels+=("$path ${revs[1]}..${revs[0]}")
            olds+=("$work/real-$n.old.md")
            news+=("$work/real-$n.new.md")
            arts+=(0)
            found=$((found + 1))
        fi
    done < <(git -C "$repo" ls-files -z -- statutes)
    [ "$found" -gt 0 ] || note "statutes/ has no file with two committed versions; real pairs skipped"
else
    note "no statutes/ under git in $repo; real pairs skipped"
fi

i=0
while [ "$i" -lt "${#extra[@]}" ]; do
    o=${extra[$i]}
    n=${extra[$((i + 1))]}
    [ -f "$o" ] || die "--pair: no such file: $o"
    [ -f "$n" ] || die "--pair: no such file: $n"
    labels+=("$(basename "$o") -> $(basename "$n")")
    olds+=("$o")
    news+=("$n")
    arts+=(0)
    i=$((i + 2))
done

# --- measuring ----------------------------------------------------------------

human_bytes() {
    if [ "$1" -ge 1048576 ]; then
        echo "$(fixed "$1" 1048576 2) MB"
    else
        echo "$(fixed "$1" 1024 1) KB"
    fi
}

have_time=0
if [ -x /usr/bin/time ] && /usr/bin/time -f %M -o "$work/time.probe" true 2>/dev/null; then
    have_time=1
else
    note "GNU /usr/bin/time not found: peak RSS not measured"
fi

have_valgrind=0
if [ "$callgrind_max" -gt 0 ] && command -v valgrind >/dev/null 2>&1; then
    have_valgrind=1
else
    note "valgrind not used: instructions not counted"
fi

failures=()
rows=()
instr_rows=()
lw_version=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo "?")

for idx in "${!labels[@]}"; do
    label=${labels[$idx]}
    old=${olds[$idx]}
    new=${news[$idx]}
    size=$(($(wc -c <"$old") + $(wc -c <"$new")))
    note "timing: $label"

    git_us=$(best_us git diff --no-index --word-diff=porcelain "$old" "$new") || git_us=""
    # git diff --no-index exits 1 when the files differ; anything else is an error.
    git diff --no-index --word-diff=porcelain "$old" "$new" >/dev/null 2>"$work/git.err"
    rc=$?
    if [ "$rc" -gt 1 ]; then
        note "git diff failed on $label: $(head -n 1 "$work/git.err")"
        git_us=""
    fi

    # One checked run first: a lexwatch error, or no JSON at all, is a failure.
    lw_us=""
    rss_kb=""
    if [ ! -x "$lexwatch" ]; then
        failures+=("$label: no lexwatch binary at $lexwatch")
    else
        "$lexwatch" diff --files "$old" "$new" --format json >"$work/lw.out" 2>"$work/lw.err"
        rc=$?
        first=$(tr -d ' \t\r\n' <"$work/lw.out" | head -c 1)
        if [ "$rc" -ne 0 ]; then
            failures+=("$label: lexwatch diff exited $rc: $(head -n 1 "$work/lw.err")")
        elif [ "$first" != "{" ] && [ "$first" != "[" ]; then
            failures+=("$label: lexwatch diff --format json printed no JSON (does this build support diff --files?)")
        else
            lw_us=$(best_us "$lexwatch" diff --files "$old" "$new" --format json) || lw_us=""
            [ -n "$lw_us" ] || failures+=("$label: timing lexwatch failed")
            if [ "$have_time" = 1 ]; then
                /usr/bin/time -f %M -o "$work/rss" "$lexwatch" diff --files "$old" "$new" --format json \
                    >/dev/null 2>&1
                rss_kb=$(tail -n 1 "$work/rss")
                case "$rss_kb" in '' | *[!0-9]*) rss_kb="" ;; esac
            fi
        fi
    fi

    git_ms="-"
    lw_ms="-"
    ratio="-"
    rss="-"
    per_input="-"
    [ -n "$git_us" ] && git_ms=$(fixed "$git_us" 1000 1)
    [ -n "$lw_us" ] && lw_ms=$(fixed "$lw_us" 1000 1)
    if [ -n "$git_us" ] && [ -n "$lw_us" ] && [ "$git_us" -gt 0 ]; then
        ratio=$(fixed "$lw_us" "$git_us" 2)
    fi
    if [ -n "$rss_kb" ]; then
        rss=$(human_bytes $((rss_kb * 1024)))
        per_input="$(fixed $((rss_kb * 1024)) "$size" 1)x"
    fi
    rows+=("$label|$(human_bytes "$size")|$git_ms|$lw_ms|$ratio|$rss|$per_input")

    if [ "$have_valgrind" = 1 ] && [ -n "$lw_us" ] && [ "${arts[$idx]}" -le "$callgrind_max" ]; then
        note "counting instructions: $label"
        git_i=$(instructions git diff --no-index --word-diff=porcelain "$old" "$new") || git_i=""
        lw_i=$(instructions "$lexwatch" diff --files "$old" "$new" --format json) || lw_i=""
        if [ -n "$git_i" ] && [ -n "$lw_i" ] && [ "$git_i" -gt 0 ]; then
            instr_rows+=("$label|$(fixed "$git_i" 1000000 1)|$(fixed "$lw_i" 1000000 1)|$(fixed "$lw_i" "$git_i" 2)")
        fi
    fi
done

# --- report -------------------------------------------------------------------

echo
echo "lexwatch $lw_version vs $(git --version): best of $runs run(s), timed with $timer"
echo "input = old + new bytes; git = git diff --no-index --word-diff=porcelain;"
echo "lexwatch = lexwatch diff --files OLD NEW --format json; both to /dev/null"
echo
if [ "${#instr_rows[@]}" -gt 0 ]; then
    echo "instructions (callgrind, all threads, millions): the stable figure on a shared machine"
    ifmt='%-44s %12s %14s %8s\n'
    # shellcheck disable=SC2059
    printf "$ifmt" "pair" "git Minstr" "lexwatch Minstr" "lw/git"
    for row in "${instr_rows[@]}"; do
        IFS='|' read -r a b c d <<<"$row"
        [ "${#a}" -le 44 ] || a="...${a: -41}"
        # shellcheck disable=SC2059
        printf "$ifmt" "$a" "$b" "$c" "$d"
    done
    echo
    echo "wall time:"
fi
fmt='%-44s %10s %9s %12s %8s %10s %10s\n'
# shellcheck disable=SC2059
printf "$fmt" "pair" "input" "git ms" "lexwatch ms" "lw/git" "peak RSS" "RSS/input"
for row in "${rows[@]}"; do
    IFS='|' read -r a b c d e f g <<<"$row"
    [ "${#a}" -le 44 ] || a="...${a: -41}"
    # shellcheck disable=SC2059
    printf "$fmt" "$a" "$b" "$c" "$d" "$e" "$f" "$g"
done

history_status=0
if [ "$history" = 1 ]; then
    history_args=()
    [ "$runs" = 1 ] && history_args+=(--quick)
    [ "$callgrind_max" -gt 0 ] || history_args+=(--no-instructions)
    LEXWATCH_BIN=$lexwatch GENCODE_BIN=$gencode "$root/benches/history.sh" "${history_args[@]}"
    history_status=$?
fi

if [ "${#failures[@]}" -gt 0 ]; then
    echo
    echo "FAILED: lexwatch did not complete on ${#failures[@]} pair(s):"
    for f in "${failures[@]}"; do echo "  $f"; done
    exit 1
fi
[ "$history_status" = 0 ] || exit 1
