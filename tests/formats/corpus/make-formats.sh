#!/bin/sh
# Seed 004 as .xls (Excel 97-2003, BIFF8) and .ods, converted by LibreOffice from the committed .xlsx; the
# results are committed beside it (tests read them without LibreOffice). Re-run after changing seed004.xlsx:
#   sh tests/formats/corpus/make-formats.sh
set -e
cd "$(dirname "$0")/../../fixtures/workbooks"
profile=$(mktemp -d)
out=$(mktemp -d)
timeout 120 soffice -env:UserInstallation=file://$profile --headless --convert-to xls --outdir "$out" seed004.xlsx >/dev/null
timeout 120 soffice -env:UserInstallation=file://$profile --headless --convert-to ods --outdir "$out" seed004.xlsx >/dev/null
cp "$out/seed004.xls" "$out/seed004.ods" .
rm -rf "$profile" "$out"
ls -l seed004.xls seed004.ods
