#!/bin/sh
# Renders the README pictures of the pieces from a real build: docs/images/worksheet.png (first
# page of the worksheet of "identiteit"), cards.png (statement cards of "nultolerantie"),
# slide.png (the slide with ¶4) and fillable.png (a page of the fillable worksheet, filled in
# with docs/fill-worksheet.ts as a student would in a PDF viewer).
# Needs pdftoppm (poppler-utils). Run from the repository root after "npm install".
set -eu
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$(pwd)
images="$root/docs/images"
gk="node $root/bin/gesprekskit.js"
$gk build identiteit nultolerantie --out "$work/out" >/dev/null
$gk build identiteit --fillable --out "$work/fillable" >/dev/null
node --import tsx "$root/docs/fill-worksheet.ts" "$work/fillable/identiteit/worksheet.pdf" "$work/filled.pdf"

# A4 pages at 70 dpi (579 × 819 pixels); slides 960 × 540 pt at 60 dpi (800 × 450).
page() { pdftoppm -png -r "$3" -f "$2" -l "$2" -singlefile "$1" "$4"; }
page "$work/out/identiteit/worksheet.pdf" 1 70 "$images/worksheet"
page "$work/out/nultolerantie/cards.pdf" 1 70 "$images/cards"
slide=$(pdftotext "$work/out/identiteit/slides.pdf" - | awk 'BEGIN { RS = "\f" } /¶4/ { print NR; exit }')
page "$work/out/identiteit/slides.pdf" "$slide" 60 "$images/slide"
# The page with the "Denkvragen": answers typed in under questions 2 to 5.
filled=$(pdftotext "$work/filled.pdf" - | awk 'BEGIN { RS = "\f" } /Denkvragen/ { print NR; exit }')
page "$work/filled.pdf" "$filled" 70 "$images/fillable"
echo "wrote docs/images/worksheet.png, cards.png, slide.png and fillable.png"
