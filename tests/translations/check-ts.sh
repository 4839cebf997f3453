#!/bin/sh
# Fails when a committed .ts file is out of date with the sources (lupdate would add or change an
# entry) or when any language has an unfinished or empty translation.
#   check-ts.sh LUPDATE LRELEASE PROJECT_CMAKE GENERATOR_SCRIPT TS_FILE...
# PROJECT_CMAKE is what qt_add_lupdate wrote at configure time; GENERATOR_SCRIPT turns it into the
# JSON project lupdate reads (Qt's GenerateLUpdateProject.cmake), exactly as update_translations does.
set -eu
lupdate=$1; lrelease=$2; project_cmake=$3; generator=$4; shift 4
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
project="$tmp/project.json"
cmake -DIN_FILE="$project_cmake" -DOUT_FILE="$project" -P "$generator"
status=0
for ts in "$@"; do
  name=$(basename "$ts")
  cp "$ts" "$tmp/$name"
  "$lupdate" -project "$project" -no-obsolete -locations none -ts "$tmp/$name" >/dev/null 2>&1
  if ! cmp -s "$ts" "$tmp/$name"; then
    echo "FAIL: $name is out of date with the sources: run 'cmake --build build --target update_translations'"
    diff "$ts" "$tmp/$name" | head -20
    status=1
  fi
  summary=$("$lrelease" "$ts" -qm "$tmp/$name.qm" 2>&1 | tail -1)
  case "$summary" in
    *"and 0 unfinished"*) echo "ok: $name: $summary" ;;
    *) echo "FAIL: $name: $summary"; status=1 ;;
  esac
  if grep -q '<translation type="unfinished"' "$ts" || grep -q '<translation></translation>' "$ts"; then
    echo "FAIL: $name has unfinished or empty translations"; status=1
  fi
done
[ $status = 0 ] && echo "translations: $# files up to date and complete"
exit $status
