#!/bin/sh
# Renders docs/images/header-before.png and header-after.png from real builds: the top of the
# first worksheet page of the example lesson, once with the built-in settings and once in a
# school folder made by "gesprekskit init" (name, logo, accent colour, an edited header partial).
# Needs pdftoppm (poppler-utils). Run from the repository root after "npm install".
set -eu
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$(pwd)
gk="node $root/bin/gesprekskit.js"

$gk init "$work/school" --school "Voorbeeldschool" --logo "$root/test/fixtures/school/logo.png" >/dev/null
cd "$work/school"
sed -i 's|^# accent: "#1d4f73"|accent: "#2f6f4f"|' gesprekskit.config.yaml
sed -i 's|right="{{piece.label}}"|right="{{piece.label}} · 3de graad"|' templates/partials/page-header.hbs
$gk build voorbeeld >/dev/null
# "Before": the same lesson with everything built-in (no config file in $work).
cd "$work"
$gk build voorbeeld --lessons school/lessons --out before >/dev/null

# The top 50 mm of an A4 page at 110 dpi: 909 pixels wide, 217 high.
crop() { pdftoppm -png -r 110 -f 1 -l 1 -x 0 -y 0 -W 909 -H 217 -singlefile "$1" "$2"; }
crop "$work/before/voorbeeld/worksheet.pdf" "$root/docs/images/header-before"
crop "$work/school/output/voorbeeld/worksheet.pdf" "$root/docs/images/header-after"
echo "wrote docs/images/header-before.png and docs/images/header-after.png"
