#!/bin/bash
# kzsim bench pagesize: a small sweep writes the table, CSV, JSON, plots and an offline HTML
# report; shards merge back into the whole; the guide's 16G -> 20G example and host
# fragmentation pick the page sizes zones/memory gives; refusals name the input. How long a
# sweep takes is a benchmark figure (BENCHMARKS.md), not checked here.
# Usage: bench_pagesize_test.sh KZSIM
set -u
kzsim=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

check() {  # NAME EXPECTED ACTUAL
  if [[ "$2" != "$3" ]]; then
    echo "FAIL: $1"
    diff <(printf '%s\n' "$2") <(printf '%s\n' "$3")
    failures=$((failures + 1))
  fi
}

# The backing page size column of the configurations CSV lines matching a pattern.
backing() {  # CSV PATTERN
  awk -F, -v pattern="$2" 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "backing_page") column = i; next }
    $0 ~ pattern { print $column }' "$1"
}

sweep=(--model intel-skylake --model sparc-m7 --workload random,scan --memory 16G,20G
       --policy largest-available,largest-only,smallest-only,fixed,mrp --pagesize 2G --accesses 20000)

"$kzsim" bench pagesize "${sweep[@]}" --out "$work/all" >"$work/table" 2>"$work/stderr"
check "sweep exits 0" 0 $?
check "no progress bar when stderr is not a tty" "" "$(cat "$work/stderr")"
for file in report.html results.csv results.json intel-skylake-cycles.svg intel-skylake-cycles.png \
            sparc-m7-walk-share.svg sparc-m7-walk-share.png; do
  check "$file written" yes "$([[ -s "$work/all/$file" ]] && echo yes)"
done
check "csv columns" "index,model,workload,memory,policy,fragment_percent,guest_page,backing_page,tlb_page,walk_references_per_walk,cycles_per_access,tlb1_level,tlb1_misses_per_1k,tlb2_level,tlb2_misses_per_1k,walks_per_1k,walk_references,walk_cycles,walk_cycle_share,slowdown,status" \
  "$(head -1 "$work/all/results.csv")"
check "one csv line per configuration" 41 "$(wc -l <"$work/all/results.csv")"
check "table has the same lines" 41 "$(grep -c '' "$work/table" | xargs expr -1 +)"
check "json holds every configuration" 40 "$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["results"]))' "$work/all/results.json")"
check "html inlines the plots" 4 "$(grep -c '<svg' "$work/all/report.html")"
# Every plot's y axis starts at zero (#19): one "set yrange [0:*]" a plot.
check "y axes start at zero" "$(grep -c '^set title ' "$work/all/plots.gp")" "$(grep -c '^set yrange \[0:\*\]$' "$work/all/plots.gp")"
check "html needs no network" 0 "$(grep -Eci '<(script|link)|src="http|url\(' "$work/all/report.html")"

# The guide's example: 16G may grow to 20G only with a page size both divide.
csv=$work/all/results.csv
check "sparc-m7 16G largest-available" 16G "$(backing "$csv" '^[0-9]+,sparc-m7,random,16G,largest-available,' )"
check "sparc-m7 20G largest-available" 2G "$(backing "$csv" '^[0-9]+,sparc-m7,random,20G,largest-available,')"
check "sparc-m7 20G largest-only fails" 1 "$(grep -c '^[0-9]*,sparc-m7,random,20G,largest-only,.*boot failed: error: capped-memory:physical value of 20GB is not a multiple of the page size 16GB.' "$csv")"
check "sparc-m7 fixed 2G at both sizes" "2G
2G" "$(backing "$csv" '^[0-9]+,sparc-m7,random,[0-9]+G,fixed=2G,')"
check "sparc-m7 smallest-only" 256M "$(backing "$csv" '^[0-9]+,sparc-m7,random,16G,smallest-only,')"
check "x86 has no 2G pages for fixed" 2 "$(grep -c '^[0-9]*,intel-skylake,random,[0-9]*G,fixed=2G,.*boot failed' "$csv")"

# Shards of a sweep merge into the same results as the whole sweep.
small=(--model sparc-m7 --workload random,scan --memory 16G --policy largest-available,smallest-only,mrp --accesses 4000)
"$kzsim" bench pagesize "${small[@]}" --out "$work/small" >/dev/null
for k in 1 2 3; do "$kzsim" bench pagesize "${small[@]}" --shard $k/3 --out "$work/shard$k" >/dev/null; done
"$kzsim" bench merge "$work/merged" "$work/shard1" "$work/shard2" "$work/shard3" >/dev/null
check "merge exits 0" 0 $?
check "merged csv equals the whole sweep" "$(cat "$work/small/results.csv")" "$(cat "$work/merged/results.csv")"
actual=$("$kzsim" bench merge "$work/partial" "$work/shard1" "$work/shard3" 2>&1 >/dev/null)
check "merge refuses a missing shard" 2 $?
check "merge names the missing configurations" \
  "kzsim: bench merge: configurations 1, 4 are in no shard given; expected every shard of the 6-configuration sweep" "$actual"

# Fragmentation: pinned 1G frames leave largest-available 2M pages; a reservation pool made at
# host boot keeps its 1G pages.
"$kzsim" bench pagesize --model intel-skylake --workload random --memory 16G --policy largest-available,mrp \
  --fragment 0,100 --accesses 4000 --out "$work/frag" >/dev/null
check "fragmented host (largest-available 0%, 100%; mrp 0%, 100%)" "1G
2M
1G
1G" "$(backing "$work/frag/results.csv" '^[0-9]+,intel-skylake,random,16G,(largest-available|mrp),(0|100),')"

# Without gnuplot: a warning, no plots, exit 0.
actual=$(PATH=/nonexistent "$kzsim" bench pagesize --model intel-skylake --workload scan --memory 16G --accesses 4000 \
  --out "$work/noplot" 2>&1 >/dev/null)
check "no gnuplot exits 0" 0 $?
check "no gnuplot warns" "kzsim bench: warning: gnuplot not found in PATH; plots skipped (install gnuplot-nox to draw them)" "$actual"
check "no gnuplot: report still written" yes "$([[ -s "$work/noplot/report.html" && ! -e "$work/noplot/intel-skylake-cycles.svg" ]] && echo yes)"

actual=$("$kzsim" bench pagesize --policy biggest --out "$work/bad" 2>&1)
check "unknown policy exits 2" 2 $?
check "unknown policy named" "kzsim: --policy biggest: unknown; expected one of largest-available, largest-only, smallest-only, fixed (one per --pagesize), mrp (a memory reservation pool enabled at host boot with largest-available), native (the global zone, no nested paging)" "$actual"
actual=$("$kzsim" bench pagesize --policy fixed --out "$work/bad" 2>&1)
check "fixed without --pagesize" "kzsim: --policy fixed: expected --pagesize SIZE[,SIZE...] as well" "$actual"
actual=$("$kzsim" bench pagesize --shard 4/3 --out "$work/bad" 2>&1)
check "bad shard" "kzsim: --shard 4/3: expected K/N with 1 <= K <= N, such as 2/8" "$actual"

exit $((failures > 0))
