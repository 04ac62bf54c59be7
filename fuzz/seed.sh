#!/usr/bin/env bash
# Copies seeds for every fuzz target into fuzz/corpus/<target>/ from the
# bundled statutes (statutes/) and the shared corpus of official texts
# (../shared/corpus/ beside the checkout, or $LEXWATCH_SEED_CORPUS), and the
# publishers' exports of tests/fixtures/publishers/ for the parser and the pipeline.
#
# Texts are cut into pieces of about 4 KB at headings, so that the fuzzer
# spends its time mutating structure rather than copying 200 KB files. The
# seeds are generated, never committed (fuzz/.gitignore).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
shared=${LEXWATCH_SEED_CORPUS:-$root/../shared/corpus}
out=$here/corpus
piece_bytes=4000

mkdir -p "$out"/{parse,cite,penalty,lexicon,diff}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

sources=("$root"/statutes/*/*.md)
if [[ -d $shared ]]; then
    while IFS= read -r -d '' f; do sources+=("$f"); done \
        < <(find "$shared" -name '*.md' ! -name README.md -print0 | sort -z)
else
    echo "seed.sh: $shared not found; seeding from statutes/ only" >&2
fi

# The language byte the penalty and lexicon targets read first.
lang_of() {
    case $1 in
        *-kk.md | *.kaz.md) echo k ;;
        *-ru.md | *.rus.md) echo r ;;
        *) # The English translations have no suffix; look at the front matter.
            if grep -q '^language = "ru"' "$1"; then echo r
            elif grep -q '^language = "kk"' "$1"; then echo k
            else echo e; fi ;;
    esac
}

# Cuts a file into pieces of about $piece_bytes, each starting at a heading
# (`#`, `**Статья`, `Article`, `N-бап`), or at a blank line inside a long
# article; the first piece keeps the front matter. Pieces: $2.0000, $2.0001, ...
cut_pieces() {
    awk -v prefix="$2" -v limit="$piece_bytes" '
        function next_piece() { close(file); n++; size = 0; file = sprintf("%s.%04d", prefix, n) }
        BEGIN { n = 0; size = 0; file = sprintf("%s.%04d", prefix, n) }
        /^(#|\*\*|Статья |Article |[0-9-]+-бап)/ && size > limit { next_piece() }
        /^[[:space:]]*$/ && size > 3 * limit { next_piece() }
        { print > file; size += length($0) + 1 }
    ' "$1"
}

count=0
for src in "${sources[@]}"; do
    name=$(basename "$src" .md)
    lang=$(lang_of "$src")
    cut_pieces "$src" "$work/$name"
    for piece in "$work/$name".*; do
        base=$(basename "$piece")
        cp "$piece" "$out/parse/$base"
        { printf '%s' "$lang"; cat "$piece"; } > "$out/penalty/$base"
        { printf '%s' "$lang"; cat "$piece"; } > "$out/lexicon/$base"
        # Identical texts: the fuzzer's mutations make the two sides differ.
        { cat "$piece"; printf '\0'; cat "$piece"; } > "$out/diff/$base"
        count=$((count + 1))
    done
done

# Two real versions of one act, piece by piece: the official texts named
# <act>.<date>.<lang>.md in the shared corpus.
if [[ -d $shared ]]; then
    for old in "$shared"/kz/*.md; do
        stem=$(basename "$old" .md)
        act=${stem%%.20*}
        lang=${stem##*.}
        for new in "$shared"/kz/"$act".20*."$lang".md; do
            [[ $new > $old ]] || continue
            a=$work/pair-old; b=$work/pair-new
            rm -f "$a".* "$b".*
            cut_pieces "$old" "$a"
            cut_pieces "$new" "$b"
            for piece in "$a".*; do
                other=$b.${piece##*.}
                [[ -f $other ]] || continue
                { cat "$piece"; printf '\0'; cat "$other"; } \
                    > "$out/diff/$stem.$(basename "$new" .md).${piece##*.}"
            done
        done
    done
fi

# The publishers' exports of tests/fixtures/publishers/ (plain-line headings,
# lettered article numbers, repeated numbers): small, so whole, for the parser
# and the pipeline; each publisher's two editions of one act also as a pair.
fixtures=$root/tests/fixtures/publishers
for f in "$fixtures"/*.md; do
    base=publisher-$(basename "$f" .md)
    cp "$f" "$out/parse/$base"
    { cat "$f"; printf '\0'; cat "$f"; } > "$out/diff/$base"
done
for pair in editions-2021:editions-2024 legifrance-2019:legifrance-2021; do
    old=$fixtures/${pair%%:*}.md new=$fixtures/${pair##*:}.md
    [[ -f $old && -f $new ]] || continue
    { cat "$old"; printf '\0'; cat "$new"; } > "$out/diff/publisher-${pair/:/-to-}"
done

# Citations: every heading as written, the forms people type, and the
# lettered and repeated numbers the publishers print.
cat "${sources[@]}" | sed -n 's/^#\{1,6\} *//p' | cut -c1-120 | sort -u | head -n 400 \
    | awk -v dir="$out/cite" '{ printf "%s", $0 > sprintf("%s/heading-%04d", dir, NR) }'
i=0
for form in "Article 174(1)" "174(1)" "art 274" "«ст.174»" "статья 174 часть 2" \
    "ч. 2 ст. 174" "1 бап" "456-2-бап 1-бөлік" "ст. 456‑2 ч. 4" "ст. 456–2" "ст. 456−2" \
    "456.2" "art. 26 para. 4 subpara. 2" "ст. 26 п. 4 подп. 2" "26-бап 4-тармақ 2) тармақша" \
    "ст. 1 примечание" "art. 4-1" "§ 2" "глава 26" "26-тарау" \
    "Article R131-1" "R131-1" "art. L. 224-1" "L224-1" "Article 12 bis" "12 bis" "Article 1er" \
    "Статья 12-1" "5 [2]" "Article 5 [2]"; do
    printf '%s' "$form" > "$out/cite/form-$i"
    i=$((i + 1))
done

for target in parse cite penalty lexicon diff; do
    printf '%-8s %5d seeds, %6d KB\n' "$target" "$(ls "$out/$target" | wc -l)" \
        "$(du -sk "$out/$target" | cut -f1)"
done
