#!/usr/bin/env bash
# Regenerates PublicAPI.Unshipped.txt of every shipped package from the analyzer's RS0016 findings.
# Run after an intended public API change; review the diff like code.
# Usage: eng/update-public-api.sh [project-dir ...]   (default: every package under src/)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$#" -gt 0 ]; then dirs=("$@"); else dirs=(src/HmsSdk src/HmsSdk.Testing src/HmsSdk.Testing.Server src/HmsSdk.AspNetCore); fi
for dir in "${dirs[@]}"; do
  [ -d "$dir" ] || continue
  name=$(basename "$dir")
  project="$dir/$name.csproj"
  unshipped="$dir/PublicAPI.Unshipped.txt"
  shipped="$dir/PublicAPI.Shipped.txt"
  [ -f "$shipped" ] || printf '#nullable enable\n' > "$shipped"
  printf '#nullable enable\n' > "$unshipped"
  tfms=$(sed -n 's:.*<TargetFrameworks\?>\(.*\)</TargetFrameworks\?>.*:\1:p' "$project" | head -n1 | tr ';' ' ')
  tmp=$(mktemp -d)
  for tfm in $tfms; do
    dotnet build "$project" -f "$tfm" --no-incremental -p:TreatWarningsAsErrors=false 2>&1 \
      | grep -oE "RS0016: Symbol '.*' is not part of the declared public API" \
      | sed -E "s/^RS0016: Symbol '(.*)' is not part of the declared public API$/\1/" | sort -u > "$tmp/$tfm.txt" || true
  done
  # Only what every target exposes goes in the shared file; target-specific members would need per-target files.
  first=1
  for tfm in $tfms; do
    if [ $first -eq 1 ]; then cp "$tmp/$tfm.txt" "$tmp/common.txt"; first=0; else comm -12 "$tmp/common.txt" "$tmp/$tfm.txt" > "$tmp/next.txt"; mv "$tmp/next.txt" "$tmp/common.txt"; fi
  done
  cat "$tmp/common.txt" >> "$unshipped"
  for tfm in $tfms; do
    extra=$(comm -23 "$tmp/$tfm.txt" "$tmp/common.txt" | wc -l)
    [ "$extra" -eq 0 ] || echo "warning: $name: $extra symbols exist only on $tfm" >&2
  done
  rm -rf "$tmp"
  echo "$(($(wc -l < "$unshipped") - 1)) symbols in $unshipped"
done
