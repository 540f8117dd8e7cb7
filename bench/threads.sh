#!/bin/bash
# CPU seconds per thread of one `govtables convert` run (Linux: /proc/<pid>/task/*/stat,
# sampled every 0.1 s; the last sample before exit counts). Tells the worker threads
# apart from V8's background threads (TurboFan, concurrent GC), libuv's file-system pool
# and the main thread, which `time` lumps together (issue #7: why 1 → 2 jobs does not
# double the speed on 2 cores).
#
#   bench/threads.sh CORPUS_DIR JOBS [node flags…]
#
# Threads are not named (all "node"); read them by size and count: N workers of similar
# CPU, 4 V8 platform threads of similar CPU, 4 libuv threads, one main thread.
set -euo pipefail
corpus=$1; jobs=$2; shift 2
root=$(cd "$(dirname "$0")/.." && pwd)
out=$(mktemp -d)
node "$@" "$root/bin/govtables.mjs" convert "$corpus" -o "$out" --jobs "$jobs" -q &
pid=$!
declare -A cpu
while kill -0 "$pid" 2>/dev/null; do
  for t in /proc/"$pid"/task/*; do
    s=$(cat "$t/stat" 2>/dev/null) || continue
    rest=${s#*) }
    read -r -a f <<<"$rest"
    # after the comm: field 14 (utime) and 15 (stime) of stat are f[11] and f[12]
    cpu[${t##*/}]=$(( f[11] + f[12] ))
  done
  sleep 0.1
done
wait "$pid" || true
rm -rf "$out"
tck=$(getconf CLK_TCK)
total=0
for k in "${!cpu[@]}"; do total=$(( total + cpu[$k] )); echo "${cpu[$k]} $k"; done | sort -rn | awk -v t="$tck" '$1 > 0 { printf "%7.2f s  thread %s\n", $1 / t, $2 }'
for k in "${!cpu[@]}"; do total=$(( total + cpu[$k] )); done
awk -v s="$total" -v t="$tck" 'BEGIN { printf "%7.2f s  all threads\n", s / t }'
