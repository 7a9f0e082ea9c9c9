#!/usr/bin/env bash
# Mutation testing of the SDK core with Stryker.NET (local tool, .config/dotnet-tools.json).
#
#   eng/mutation.sh                      the whole core (the "mutate" globs in stryker-config.json)
#   eng/mutation.sh --since main         only core files changed since a git ref (committed or not)
#   eng/mutation.sh --mutate 'src/HmsSdk/Paging/*.cs' [--mutate ...]    chosen files or folders
#   eng/mutation.sh --report path/to/mutation-report.json              only summarise an existing report
# Options: --concurrency N (default 1: the machine is shared), --output DIR (default artifacts/mutation),
#          --filter EXPR (a dotnet test filter for the tests Stryker runs, e.g. 'FullyQualifiedName!~WebhookCrashTests';
#          excluded tests kill nothing, so say so next to any score measured with one),
#          --break-at SCORE (exit 1 when the overall raw score is lower), --dry-run (print the Stryker command only).
# Prints one line per mutated file and one overall line. Raw score = (killed + timeout) / (killed + timeout +
# survived + no coverage); compile errors and ignored mutants count for neither side.
set -euo pipefail
cd "$(dirname "$0")/.."

since=""
concurrency=1
output="artifacts/mutation"
break_at=0
report=""
dry_run=0
filter=""
mutate=()
while [ $# -gt 0 ]; do
  case "$1" in
    --since) since="${2:?--since needs a git ref}"; shift 2 ;;
    --since=*) since="${1#--since=}"; shift ;;
    --mutate) mutate+=("${2:?--mutate needs a glob}"); shift 2 ;;
    --filter) filter="${2:?--filter needs a test filter}"; shift 2 ;;
    --concurrency) concurrency="${2:?--concurrency needs a number}"; shift 2 ;;
    --output) output="${2:?--output needs a directory}"; shift 2 ;;
    --break-at) break_at="${2:?--break-at needs a score}"; shift 2 ;;
    --report) report="${2:?--report needs a file}"; shift 2 ;;
    --dry-run) dry_run=1; shift ;;
    -h|--help) sed -n "2,13p" "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "eng/mutation.sh: unknown argument '$1' (try --help)" >&2; exit 2 ;;
  esac
done
case "$concurrency" in ''|*[!0-9]*|0) echo "eng/mutation.sh: --concurrency must be a positive integer" >&2; exit 2 ;; esac
case "$break_at" in ''|*[!0-9]*) echo "eng/mutation.sh: --break-at must be 0-100" >&2; exit 2 ;; esac

summarise() {
  python3 - "$1" "$break_at" <<'PY'
import json, os, sys
report, break_at = sys.argv[1], float(sys.argv[2])
with open(report, encoding="utf-8") as f:
    files = json.load(f)["files"]
detected_states = {"Killed", "Timeout"}
undetected_states = {"Survived", "NoCoverage"}
rows, total_d, total_u = [], 0, 0
for path, data in sorted(files.items()):
    states = [m["status"] for m in data.get("mutants", [])]
    d = sum(s in detected_states for s in states)
    u = sum(s in undetected_states for s in states)
    if d + u == 0:
        continue
    total_d += d; total_u += u
    rel = path.split("src/HmsSdk/", 1)[-1] if "src/HmsSdk/" in path else os.path.relpath(path)
    rows.append((rel, d, u, states.count("Survived"), states.count("NoCoverage"), states.count("Timeout")))
width = max([len(r[0]) for r in rows] + [7])
for rel, d, u, survived, nocov, timeout in rows:
    print(f"{rel:<{width}}  {100.0 * d / (d + u):5.1f} %  killed {d - timeout:3d}  timeout {timeout:2d}  "
          f"survived {survived:3d}  no-coverage {nocov:2d}")
if total_d + total_u == 0:
    print("overall: no mutants tested"); sys.exit(0)
score = 100.0 * total_d / (total_d + total_u)
print(f"{'overall':<{width}}  {score:5.1f} %  {total_d} of {total_d + total_u} mutants detected in {len(rows)} files")
sys.exit(1 if score < break_at else 0)
PY
}

if [ -n "$report" ]; then summarise "$report"; exit $?; fi

if [ -n "$since" ]; then
  # A fresh clone has origin/main but no local main.
  if ! git rev-parse --verify --quiet "$since^{commit}" >/dev/null && git rev-parse --verify --quiet "origin/$since^{commit}" >/dev/null; then
    since="origin/$since"
  fi
  git rev-parse --verify --quiet "$since^{commit}" >/dev/null || { echo "eng/mutation.sh: unknown git ref '$since'" >&2; exit 2; }
  # Changed core files: committed since the merge base, plus uncommitted edits, matched against the config's globs.
  mapfile -t changed < <( { git diff --name-only --diff-filter=d "$(git merge-base "$since" HEAD)" -- src/HmsSdk; \
                            git diff --name-only --diff-filter=d HEAD -- src/HmsSdk; } | sort -u | python3 -c '
import fnmatch, json, sys
globs = json.load(open("stryker-config.json"))["stryker-config"]["mutate"]
inc = [g.removeprefix("**/") for g in globs if not g.startswith("!")]
exc = [g[1:].removeprefix("**/") for g in globs if g.startswith("!")]
for line in sys.stdin:
    p = line.strip()
    name = p.rsplit("/", 1)[-1]
    if any(fnmatch.fnmatch(p, g) for g in inc) and not any(fnmatch.fnmatch(p, g) or fnmatch.fnmatch(name, g) for g in exc):
        print(p)')
  if [ ${#changed[@]} -eq 0 ]; then echo "no core file changed since $since: nothing to mutate"; exit 0; fi
  for f in "${changed[@]}"; do mutate+=("**/$f"); done
  echo "mutating ${#changed[@]} core file(s) changed since $since"
fi

# Stryker runs from the test project's folder: from the root it would pick up HmsSdk.sln and every test project.
root=$(pwd)
case "$output" in /*) ;; *) output="$root/$output" ;; esac
args=(stryker --config-file "$root/stryker-config.json" --concurrency "$concurrency" --output "$output" --skip-version-check)
if [ -n "$filter" ]; then args+=(--test-case-filter "$filter"); fi
for m in "${mutate[@]}"; do
  case "$m" in '**'*|'!'*) ;; *) m="**/$m" ;; esac  # globs are matched against full paths
  args+=(--mutate "$m")
done

if [ "$dry_run" -eq 1 ]; then (cd tests/HmsSdk.Tests && echo "(cd tests/HmsSdk.Tests && dotnet ${args[*]})"); exit 0; fi
dotnet tool restore >/dev/null
rm -rf "$output"
start=$(date +%s)
(cd tests/HmsSdk.Tests && dotnet "${args[@]}")
echo "stryker finished in $(( $(date +%s) - start )) s; report: $output/reports/mutation-report.html"
summarise "$output/reports/mutation-report.json"
