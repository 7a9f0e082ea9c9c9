#!/usr/bin/env bash
# Regenerates src/HmsSdk/PublicAPI.Unshipped.txt from the analyzer's RS0016/RS0017 findings.
# Run after an intended public API change; review the diff like code.
set -euo pipefail
cd "$(dirname "$0")/.."
project=src/HmsSdk/HmsSdk.csproj
unshipped=src/HmsSdk/PublicAPI.Unshipped.txt
shipped=src/HmsSdk/PublicAPI.Shipped.txt
[ -f "$shipped" ] || printf '#nullable enable\n' > "$shipped"
printf '#nullable enable\n' > "$unshipped"
tmp=$(mktemp -d)
for tfm in netstandard2.0 net8.0 net10.0; do
  dotnet build "$project" -f "$tfm" --no-incremental -p:TreatWarningsAsErrors=false 2>&1 \
    | grep -oE "RS0016: Symbol '.*' is not part of the declared public API" \
    | sed -E "s/^RS0016: Symbol '(.*)' is not part of the declared public API$/\1/" | sort -u > "$tmp/$tfm.txt"
done
# Only what every target exposes goes in the shared file; target-specific members would need per-target files.
comm -12 "$tmp/netstandard2.0.txt" "$tmp/net8.0.txt" | comm -12 - "$tmp/net10.0.txt" >> "$unshipped"
for tfm in netstandard2.0 net8.0 net10.0; do
  extra=$(comm -23 "$tmp/$tfm.txt" <(tail -n +2 "$unshipped" | sort) | wc -l)
  [ "$extra" -eq 0 ] || echo "warning: $extra symbols exist only on $tfm" >&2
done
echo "$(($(wc -l < "$unshipped") - 1)) symbols in $unshipped"
