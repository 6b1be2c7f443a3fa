#!/usr/bin/env bash
# Builds this example's folio and converts its sample, so that the example never rots.
# Run by .ci/run; needs only what Folio itself needs.
set -euo pipefail
cd "$(dirname "$0")"

# SwiftPM may plan a path dependency's build from its previous file list and fail once after
# files were added or removed there; the second attempt sees the new list. A real error fails twice.
swift build --product folio-archive || swift build --product folio-archive
folio=.build/debug/folio-archive
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# The plugin is registered beside the built-ins and chosen by extension.
"$folio" formats | grep -q '^  archive-export .*\[\.archive; CustomReader example\]'
"$folio" Samples/harbour-ferries.archive -o "$out/ferries.json"
grep -q '"title":"东港码头新开两条客运航线"' "$out/ferries.json"
grep -q '"identifier":"jawb-20250314-a5-02"' "$out/ferries.json"

# The reader's declared option works as -O and as its flag; an undeclared one is refused.
"$folio" Samples/harbour-ferries.archive -o "$out/ferries-hk.json" --export-language zh-HK
grep -q '"language":"zh-HK"' "$out/ferries-hk.json"
"$folio" formats --options | grep -q 'export-language'
if "$folio" Samples/harbour-ferries.archive -o "$out/typo.json" -O export-languag=zh-HK 2> "$out/error.txt"; then
  echo "ci-check: an undeclared option was accepted" >&2; exit 1
fi
grep -q 'did you mean "export-language"' "$out/error.txt"
test ! -e "$out/typo.json"

# The text reader tries the evening paper's layout first, and still reads other papers' pages.
"$folio" Samples/night-market.txt -o "$out/night-market.json"
grep -q '"publication":"江岸晚报"' "$out/night-market.json"
grep -q '"title":"滨江夜市周末试营业"' "$out/night-market.json"
grep -q '{"content":\["摊位怎么分"\],"level":2,"type":"heading"}' "$out/night-market.json"
"$folio" formats | grep -q -- '--layout auto|evening-paper|news|plain'

# Every writer this folio has converts the sample, without a warning (the photo is found).
for format in epub html text; do
  if "$folio" formats | sed -n '/^Writers/,/^Filters/p' | grep -q "^  $format "; then
    "$folio" Samples/harbour-ferries.archive -t "$format" -o "$out/ferries.$format" 2> "$out/warnings.txt"
    test -s "$out/ferries.$format"
    if [ -s "$out/warnings.txt" ]; then cat "$out/warnings.txt" >&2; exit 1; fi
  fi
done

# Bad input fails with the file named, and writes nothing.
printf '{"format": "archive-export/1", "headline": "x"}' > "$out/bad.archive"
if "$folio" "$out/bad.archive" -o "$out/bad.json" 2> "$out/error.txt"; then
  echo "ci-check: a bad export was accepted" >&2; exit 1
fi
grep -q 'bad.archive: malformed input: not an archive export' "$out/error.txt"
test ! -e "$out/bad.json"
echo "CustomReader example: built, both samples converted, bad input refused"
