#!/usr/bin/env bash
# Records the bundled corpus into this repository, one commit per version,
# with `lexwatch record`. It documents how statutes/ and history/ were made:
#
#   scripts/record-corpus.sh CORPUS_DIR ENGLISH_DIR
#
# CORPUS_DIR holds the official Russian/Kazakh texts (kz/*.md) taken from the
# public repository kazakhstan-law/codes; ENGLISH_DIR holds the English
# excerpts quoted from the press-freedom reports, with a versions.toml manifest.
set -euo pipefail
corpus=${1:?usage: record-corpus.sh CORPUS_DIR ENGLISH_DIR}
english=${2:?usage: record-corpus.sh CORPUS_DIR ENGLISH_DIR}
cd "$(git rev-parse --show-toplevel)"
cargo build --release --quiet
lw=target/release/lexwatch
repo=https://github.com/kazakhstan-law/codes

record_official() { # file act date path commit caused_by
  local file=$1 act=$2 date=$3 path=$4 commit=$5 caused_by=$6
  "$lw" record "$corpus/kz/$file" --act "$act" --date "$date" --stage in-force \
    --source "zan.gov.kz (ИПС «Әділет») via $repo, $path at $commit" \
    --note "Edition caused by: $caused_by"
}

codes=02-codes/2014
cao=$codes/0705-ob-administrativnykh-pravonarusheniiakh-81245/rus/sec002-ch026.md
cc=$codes/0703-ugolovnyi-kodeks-respubliki-kazakhstan-81097/rus
op=03-laws/2023/0710-ob-onlain-platformakh-i-onlain-reklame-183789
mm=03-laws/1999/0723-o-sredstvakh-massovoi-informatsii-3749/rus.md

record_official cao-ch26.2017-12-28.rus.md kz/cao-ch26-ru 2017-12-28 "$cao" 088420b41a3d114d9e838285724723037c742e80 \
  "Закон РК от 28 декабря 2017 года № 128-VІ ЗРК (по вопросам информации и коммуникаций)"
record_official cao-ch26.2024-09-09.rus.md kz/cao-ch26-ru 2024-09-09 "$cao" 6ac7605d1f75ebea661460ebe6f0c366f20fe2e2 \
  "Закон РК от 8 июля 2024 года № 122-VIII ЗРК (о внесении изменений и дополнений в КоАП)"
record_official criminal-code.sec006-ch001.2019-01-10.rus.md kz/criminal-code-ch01-ru 2019-01-10 "$cc/sec006-ch001.md" 1a46381b2147a59f8bfffdb036f998ff2a24d61f \
  "Закон РК от 2 июля 2018 года № 170-VІ ЗРК (по вопросам защиты детей от информации, причиняющей вред их здоровью и развитию)"
record_official criminal-code.sec006-ch001.2025-09-16.rus.md kz/criminal-code-ch01-ru 2025-09-16 "$cc/sec006-ch001.md" b71affc4f3e6875437ee4a1c2aff60059082fd1b \
  "Закон РК от 16 июля 2025 года № 210-VIII ЗРК (по вопросам оптимизации уголовного законодательства)"
record_official criminal-code.sec006-ch004.2018-07-12.rus.md kz/criminal-code-ch04-05-ru 2018-07-12 "$cc/sec006-ch004.md" 99437a0af0791918a203673ba95ffee2862a1219 \
  "Закон РК от 12 июля 2018 года № 180-VІ ЗРК (по вопросам совершенствования уголовного, уголовно-процессуального законодательства)"
record_official criminal-code.sec006-ch004.2025-09-16.rus.md kz/criminal-code-ch04-05-ru 2025-09-16 "$cc/sec006-ch004.md" b71affc4f3e6875437ee4a1c2aff60059082fd1b \
  "Закон РК от 16 июля 2025 года № 210-VIII ЗРК (по вопросам оптимизации уголовного законодательства)"
record_official criminal-code.sec006-ch009.2018-07-12.rus.md kz/criminal-code-ch09-10-ru 2018-07-12 "$cc/sec006-ch009.md" 99437a0af0791918a203673ba95ffee2862a1219 \
  "Закон РК от 12 июля 2018 года № 180-VІ ЗРК (по вопросам совершенствования уголовного, уголовно-процессуального законодательства)"
record_official criminal-code.sec006-ch009.2025-09-16.rus.md kz/criminal-code-ch09-10-ru 2025-09-16 "$cc/sec006-ch009.md" b71affc4f3e6875437ee4a1c2aff60059082fd1b \
  "Закон РК от 16 июля 2025 года № 210-VIII ЗРК (по вопросам оптимизации уголовного законодательства)"
record_official online-platforms.2023-07-10.rus.md kz/online-platforms-ru 2023-07-10 "$op/rus.md" 155affeaabcd809ed7de3964a36896b2d60a048e \
  "первоначальная редакция: Закон РК от 10 июля 2023 года № 18-VIII ЗРК"
record_official online-platforms.2024-08-20.rus.md kz/online-platforms-ru 2024-08-20 "$op/rus.md" 9a14385da6748f451118d91d35b06f99d1d6ed1e \
  "Закон РК от 19 июня 2024 года № 94-VIII ЗРК (по вопросам масс-медиа)"
record_official online-platforms.2024-08-20.kaz.md kz/online-platforms-kk 2024-08-20 "$op/kaz.md" 9a14385da6748f451118d91d35b06f99d1d6ed1e \
  "Закон РК от 19 июня 2024 года № 94-VIII ЗРК (по вопросам масс-медиа); текст на казахском языке"
record_official mass-media-1999.2017-12-28.rus.md kz/mass-media-1999-ru 2017-12-28 "$mm" 088420b41a3d114d9e838285724723037c742e80 \
  "Закон РК от 28 декабря 2017 года № 128-VІ ЗРК (по вопросам информации и коммуникаций)"
record_official mass-media-1999.2021-11-24.rus.md kz/mass-media-1999-ru 2021-11-24 "$mm" 273c57503b278cadf89054c691f2ea576699c8d9 \
  "Закон РК от 24 ноября 2021 года № 75-VII ЗРК (по вопросам перераспределения полномочий между уровнями государственного управления); закон 1999 года утратил силу с принятием Закона РК от 19.06.2024 № 93-VIII «О масс-медиа»"

mm24=03-laws/2024/0619-o-mass-media-197914
caokk=$codes/0705-ob-administrativnykh-pravonarusheniiakh-81245/kaz/sec002-ch026.md
record_official_as() { # stage file act date path commit caused_by
  local stage=$1; shift
  local file=$1 act=$2 date=$3 path=$4 commit=$5 caused_by=$6
  "$lw" record "$corpus/kz/$file" --act "$act" --date "$date" --stage "$stage" \
    --source "zan.gov.kz (ИПС «Әділет») via $repo, $path at $commit" \
    --note "Edition caused by: $caused_by"
}
record_official_as signed mass-media-2024.2024-06-19.rus.md kz/mass-media-2024-ru 2024-06-19 "$mm24/rus.md" 1083bda92b16de089a47fde4ace367ada6b963fa \
  "первоначальная редакция: Закон РК от 19 июня 2024 года № 93-VIII ЗРК «О масс-медиа» (заменил Закон РК от 23 июля 1999 года «О средствах массовой информации»)"
record_official mass-media-2024.2025-01-01.rus.md kz/mass-media-2024-ru 2025-01-01 "$mm24/rus.md" 2b2feed94e2ab50a963d682ec5aedf92a1d56240 \
  "вводится в действие редакция подпункта 35) статьи 1, предусмотренная статьей 70 Закона РК от 19 июня 2024 года № 93-VIII ЗРК"
record_official_as signed mass-media-2024.2024-06-19.kaz.md kz/mass-media-2024-kk 2024-06-19 "$mm24/kaz.md" 1083bda92b16de089a47fde4ace367ada6b963fa \
  "первоначальная редакция: Закон РК от 19 июня 2024 года № 93-VIII ЗРК «Масс-медиа туралы»; текст на казахском языке"
record_official cao-ch26.2017-12-28.kaz.md kz/cao-ch26-kk 2017-12-28 "$caokk" 088420b41a3d114d9e838285724723037c742e80 \
  "Закон РК от 28 декабря 2017 года № 128-VІ ЗРК (по вопросам информации и коммуникаций); текст на казахском языке"
record_official cao-ch26.2024-09-09.kaz.md kz/cao-ch26-kk 2024-09-09 "$caokk" 6ac7605d1f75ebea661460ebe6f0c366f20fe2e2 \
  "Закон РК от 8 июля 2024 года № 122-VIII ЗРК (о внесении изменений и дополнений в КоАП); текст на казахском языке"

# English excerpts: one [[version]] table per file in the manifest.
python3 - "$english" "$lw" <<'PY'
import subprocess, sys, tomllib, pathlib
root, lw = pathlib.Path(sys.argv[1]), sys.argv[2]
manifest = tomllib.loads((root / "versions.toml").read_text(encoding="utf-8"))
for v in manifest["version"]:
    cmd = [lw, "record", str(root / v["file"]), "--act", v["act"], "--date", str(v["date"]),
           "--stage", v["stage"], "--id", v["id"], "--source", v["source"], "--note", v["note"]]
    subprocess.run(cmd, check=True)
PY
