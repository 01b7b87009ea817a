#!/usr/bin/env bash
# Scores the news extractor on a split of the development corpus, as a whole, per genre and per type, with the
# gazetteer the jar carries (what a user gets). Needs target/realpolitik.jar (./mvnw -B -DskipTests package).
# Usage, from the project root: tools/corpus/score.sh dev|heldout
set -euo pipefail
split=${1:-dev}
corpus=src/test/resources/corpus
jar=target/realpolitik.jar
[ -f "$jar" ] || { echo "no $jar: run ./mvnw -B -DskipTests package first" >&2; exit 2; }
[ -d "$corpus/$split" ] || { echo "no split '$split' in $corpus" >&2; exit 2; }
score() {
  java -jar "$jar" evaluate --gold "$corpus/$split/gold.jsonl" --actors "$corpus/actors.json" \
    --gazetteer seeds/actors.yaml "$@" 2>/dev/null
}
echo "== $split: all documents"
score "$corpus/$split"
for genre in encyclopaedia govpress unpress news; do
  files=("$corpus/$split/${genre}_"*.txt)
  [ -e "${files[0]}" ] || continue
  echo "== $split: $genre (${#files[@]} documents)"
  score "${files[@]}" | grep -E "^(core four|all types|negation|dated)"
done
