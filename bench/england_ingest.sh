#!/usr/bin/env bash
# The England-scale end-to-end benchmark: generate the synthetic England market, ingest it
# into SQLite with `oversight ingest` (read, check, store in one transaction), and import the
# same CSV files with the sqlite3 shell's .import for comparison. Prints wall time, peak
# memory, rows per second and the ratio. Usage: bench/england_ingest.sh [BUILD_DIR]
set -euo pipefail
build=${1:-build}
oversight="$build/oversight"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$oversight" generate --scale england --seed 1 --out "$work/data" --quiet
rows=$(for f in "$work"/data/*.csv; do tail -n +2 "$f" | wc -l; done | paste -sd+ | bc)
bytes=$(cat "$work"/data/*.csv | wc -c)

# Best of three runs each, so that a cold page cache does not decide the figure.
best_ingest=999999; best_rss=0
for run in 1 2 3; do
  rm -f "$work/oversight.db"
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$oversight" ingest "$work/data" --db "$work/oversight.db" --quiet
  read -r seconds rss_kb < "$work/time.txt"
  if (( $(echo "$seconds < $best_ingest" | bc) )); then best_ingest=$seconds; best_rss=$rss_kb; fi
done

best_import=999999
for run in 1 2 3; do
  rm -f "$work/import.db"
  script="$work/import.sql"
  : > "$script"
  echo "BEGIN;" >> "$script"
  for f in "$work"/data/*.csv; do
    echo ".import --csv --skip 1 '$f' $(basename "$f" .csv)" >> "$script"
  done
  echo "COMMIT;" >> "$script"
  # .import creates each table with TEXT columns from the header when it does not exist;
  # the header row is skipped on a second pass, so create the tables from the headers first.
  for f in "$work"/data/*.csv; do
    table=$(basename "$f" .csv)
    cols=$(head -n 1 "$f" | tr -d '\r' | sed 's/,/" TEXT,"/g')
    echo "CREATE TABLE \"$table\"(\"$cols\" TEXT);" | sqlite3 "$work/import.db"
  done
  /usr/bin/time -f "%e" -o "$work/time.txt" sqlite3 "$work/import.db" < "$script"
  seconds=$(cat "$work/time.txt")
  if (( $(echo "$seconds < $best_import" | bc) )); then best_import=$seconds; fi
done

echo "England-scale ingest benchmark"
echo "  data set:            $rows rows, $((bytes / 1024 / 1024)) MiB of CSV"
echo "  oversight ingest:    ${best_ingest} s, peak RSS $((best_rss / 1024)) MiB, $(echo "$rows / $best_ingest" | bc) rows/s"
echo "  sqlite3 .import:     ${best_import} s, $(echo "$rows / $best_import" | bc) rows/s (text columns, no checks)"
echo "  ratio ingest/import: $(echo "scale=2; $best_ingest / $best_import" | bc)"
