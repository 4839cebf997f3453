#!/usr/bin/env bash
# Checks the installation and the Debian package made from a configured and built tree:
#   tests/package/check-package.sh [BUILD_DIR]        (default build/; scripts/test runs it)
# 1. `cmake --install` into a temporary root (DESTDIR): every file in its place; the .desktop file,
#    the AppStream metainfo and both man pages validate; the installed programs run from there.
# 2. The man page of ccadmin names every command and option that `ccadmin --help` and each
#    `ccadmin COMMAND --help` print, every CLOUDCOCKPIT_* variable and every exit code of the code;
#    cloudcockpit-admin's names every option of its --help; the bash completion completes them.
# 3. CPack makes the .deb from the same tree; lintian finds no error; `dpkg-deb -x` of it runs:
#    ccadmin against its own sandbox, and cloudcockpit-admin --demo up to its first page.
# Prints one line a check (with the seconds since the start); exits 1 if any check failed.
set -euo pipefail
src=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$src/build}" && pwd)
work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
export LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/runtime
mkdir -m 700 "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
unset LANGUAGE CLOUDCOCKPIT_API_URL CLOUDCOCKPIT_TENANT CLOUDCOCKPIT_TOKEN CLOUDCOCKPIT_CLIENT_ID \
      CLOUDCOCKPIT_CLIENT_SECRET CLOUDCOCKPIT_TOKEN_URL

failures=0
start=$EPOCHREALTIME
at() { printf 'at %.1f s' "$(bc <<<"$EPOCHREALTIME - $start")"; }
ok() { echo "package: ok   $* ($(at))"; }
fail() { echo "package: FAIL $* ($(at))"; failures=$((failures + 1)); }
check() { # check DESCRIPTION COMMAND...: runs the command, its output shown only on failure
  local what=$1 out
  shift
  if out=$("$@" 2>&1); then ok "$what"; else fail "$what"; printf '%s\n' "$out" | sed 's/^/    /'; fi
}

cache_value() { sed -n "s/^$1:[A-Z]*=//p" "$build/CMakeCache.txt"; }
version=$(cache_value CMAKE_PROJECT_VERSION)
app_id=$(sed -n 's/^set(CC_APP_ID \([^ )]*\)).*/\1/p' "$src/CMakeLists.txt")
[ -n "$version" ] && [ -n "$app_id" ] || { echo "package: cannot read the version or the app ID"; exit 1; }

# CPack and lintian take most of the time: they run meanwhile, and part 3 waits for them.
deb=$work/deb/cloudcockpit-admin_${version}_amd64.deb
(
  cpack --config "$build/CPackConfig.cmake" -B "$work/deb" >"$work/cpack.log" 2>&1 && echo $? >"$work/cpack.status" ||
    echo $? >"$work/cpack.status"
  if [ -f "$deb" ]; then
    lintian --fail-on error "$deb" >"$work/lintian.log" 2>&1 && echo 0 >"$work/lintian.status" || echo $? >"$work/lintian.status"
  fi
) &
packager=$!
pids+=("$packager")

# --- 1. cmake --install into a temporary root --------------------------------------------------
root=$work/destdir
DESTDIR=$root cmake --install "$build" --prefix /usr >"$work/install.log" 2>&1 ||
  { cat "$work/install.log"; echo "package: FAIL cmake --install"; exit 1; }
ok "cmake --install into DESTDIR"

expect_files=(
  usr/bin/cloudcockpit-admin usr/bin/ccadmin
  "usr/share/applications/$app_id.desktop" "usr/share/metainfo/$app_id.metainfo.xml"
  "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
  usr/share/man/man1/ccadmin.1.gz usr/share/man/man1/cloudcockpit-admin.1.gz
  usr/share/bash-completion/completions/ccadmin
  usr/share/doc/cloudcockpit-admin/copyright usr/share/doc/cloudcockpit-admin/changelog.gz)
for size in 16 22 24 32 48 64 128 256; do
  expect_files+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
missing=()
for f in "${expect_files[@]}"; do [ -s "$root/$f" ] || missing+=("$f"); done
if [ ${#missing[@]} = 0 ]; then ok "every file installed (${#expect_files[@]})"; else fail "not installed: ${missing[*]}"; fi
bad_icons=()
for size in 16 22 24 32 48 64 128 256; do
  file -b "$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png" | grep -q "PNG image data, $size x $size," ||
    bad_icons+=("${size}x${size}")
done
if [ ${#bad_icons[@]} = 0 ]; then ok "icons are PNGs of their size"; else fail "icons of the wrong size: ${bad_icons[*]}"; fi

desktop=$root/usr/share/applications/$app_id.desktop
metainfo=$root/usr/share/metainfo/$app_id.metainfo.xml
check "desktop-file-validate $app_id.desktop" desktop-file-validate "$desktop"
check "appstreamcli validate --no-net $app_id.metainfo.xml" appstreamcli validate --no-net "$metainfo"
translated() {
  local lang
  for lang in pt_PT pt_BR es fr de it; do
    grep -q "^Name\[$lang\]=." "$desktop" && grep -q "^Comment\[$lang\]=." "$desktop" && grep -q "^GenericName\[$lang\]=." "$desktop" &&
      grep -q "^Keywords\[$lang\]=." "$desktop" && grep -q "<summary xml:lang=\"$lang\">" "$metainfo" ||
      { echo "no $lang"; return 1; }
  done
}
check "desktop entry and metainfo translated (pt_PT pt_BR es fr de it)" translated
check "metainfo: MIT, provides both binaries, launchable, release $version" \
  grep -qz "<project_license>MIT</project_license>.*<launchable type=\"desktop-id\">$app_id.desktop</launchable>.*<binary>cloudcockpit-admin</binary>.*<binary>ccadmin</binary>.*<release version=\"$version\"" "$metainfo"

man_warnings() { # groff's warnings (-ww) for a page; none allowed
  local out
  out=$(zcat "$1" | groff -man -ww -z -Tutf8 2>&1) && [ -z "$out" ] || { echo "$out"; return 1; }
  out=$(man --warnings -l "$1" 2>&1 >/dev/null) && [ -z "$out" ] || { echo "$out"; return 1; }
}
for page in ccadmin cloudcockpit-admin; do
  check "man -l $page.1.gz renders without warnings" man_warnings "$root/usr/share/man/man1/$page.1.gz"
done

no_build_paths() { # the programs find translations and icons as Qt resources, not in this tree
  local b
  for b in "$1"/usr/bin/*; do
    if grep -qaF "$src/" "$b" || grep -qaF "$build/" "$b"; then echo "$b names $src or $build"; return 1; fi
    if readelf -d "$b" | grep -qE 'R(UN)?PATH'; then echo "$b has an RPATH"; return 1; fi
  done
}
check "installed programs name no path of the source or build tree, no RPATH" no_build_paths "$root"

speaks() { # speaks LOCALE PROGRAM QT_OPTIONS_HEADING: its --help in that language, ours and Qt's parts
  local en xx
  en=$(LC_ALL=C.UTF-8 "$2" --help) && xx=$(LC_ALL=$1 "$2" --help) || return 1
  # The second line is our description; "Options:" is Qt's.
  [ "$(sed -n 2p <<<"$en")" != "$(sed -n 2p <<<"$xx")" ] && grep -qx 'Options:' <<<"$en" && grep -qx "$3" <<<"$xx" ||
    { echo "$2 in $1:"; head -4 <<<"$xx"; return 1; }
}
run_installed() { # run_installed ROOT LABEL: the programs as installed under ROOT
  local r=$1 label=$2 out
  check "$label: ccadmin --version" bash -c "[ \"\$('$r/usr/bin/ccadmin' --version)\" = 'ccadmin $version' ]"
  check "$label: cloudcockpit-admin --version" \
    bash -c "[ \"\$('$r/usr/bin/cloudcockpit-admin' --version)\" = 'CloudCockpit Admin $version' ]"
  # Their translations, ours and Qt's own, are compiled in: nothing to find on disk.
  check "$label: ccadmin in German, cloudcockpit-admin in Portuguese (our and Qt's catalogues)" \
    eval 'speaks de_DE.UTF-8 "$r/usr/bin/ccadmin" Optionen: && speaks pt_PT.UTF-8 "$r/usr/bin/cloudcockpit-admin" Opções:'
  "$r/usr/bin/ccadmin" sandbox --customers 30 --seed 3 >"$work/sandbox-$label.env" 2>"$work/sandbox-$label.err" &
  local pid=$!
  pids+=("$pid")
  # Waits for the sandbox's last line (it flushes each at once) or its exit, at most 30 s.
  local deadline=$((SECONDS + 30))
  until grep -qs '^reseller-id=' "$work/sandbox-$label.env" || ! kill -0 "$pid" 2>/dev/null || [ $SECONDS -ge $deadline ]; do
    sleep 0.05
  done
  local api tenant token
  api=$(sed -n 's/^api-url=//p' "$work/sandbox-$label.env")
  tenant=$(sed -n 's/^tenant=//p' "$work/sandbox-$label.env")
  token=$(sed -n 's/^csp-token=//p' "$work/sandbox-$label.env")
  if out=$(CLOUDCOCKPIT_API_URL=$api CLOUDCOCKPIT_TENANT=$tenant CLOUDCOCKPIT_TOKEN=$token \
             "$r/usr/bin/ccadmin" customers list --page-size 5 --format csv 2>&1) &&
     [ "$(printf '%s\n' "$out" | wc -l)" = 6 ] && [ "${out%%,*}" = id ]; then
    ok "$label: ccadmin customers list against ccadmin sandbox (5 rows and a header)"
  else
    fail "$label: ccadmin customers list against ccadmin sandbox"
    printf '%s\n' "$out" "$(cat "$work/sandbox-$label.err")" | sed 's/^/    /'
  fi
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
run_installed "$root" DESTDIR

# --- 2. the man pages and the completion against --help -----------------------------------------
ccadmin=$root/usr/bin/ccadmin
# The roff source as words: `\-` is a minus, fonts switched with \fB \fI \fR.
man_text() { zcat "$1" | sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/\\(aq/'"'"'/g'; }
long_options() { sed -n 's/^  \(-[a-z?], \)\{0,1\}\(--[a-z][a-z-]*\).*/\2/p'; }
commands_of_help() { # ccadmin's commands: its Commands: section, or else the `command` argument's list
  local help
  help=$(cat)
  if grep -qx 'Commands:' <<<"$help"; then
    awk '/^Commands:$/ { on = 1; next } on && /^[^ ]/ { exit }
         on && /^  [a-z]/ { line = $0; sub(/^  /, "", line); sub(/  .*/, "", line); n = split(line, f, " "); w = ""
                            for (i = 1; i <= n && f[i] ~ /^[a-z][a-z-]*$/; i++) w = w (w ? " " : "") f[i]; print w }' <<<"$help"
  else # `customers list | customers show ID | ...`
    sed -n '/^Arguments:/,$p' <<<"$help" | sed '1d' | sed -e 's/^  command *//' -e 's/^ *//' | tr '\n' ' ' | tr '|' '\n' |
      awk '{ w = ""; for (i = 1; i <= NF; i++) if ($i ~ /^[a-z][a-z-]*$/) w = w (w ? " " : "") $i; if (w) print w }'
  fi
}
ccadmin_page=$(man_text "$root/usr/share/man/man1/ccadmin.1.gz")
"$ccadmin" --help >"$work/help"
mapfile -t commands < <(commands_of_help <"$work/help")
mapfile -t global_options < <(long_options <"$work/help")
declare -A command_options=() # each command's own options, from its --help
for cmd in "${commands[@]}"; do
  command_options[$cmd]=$("$ccadmin" $cmd --help | long_options | grep -vxF -f <(printf '%s\n' "${global_options[@]}") | tr '\n' ' ' || true)
done
# The options a part of a page describes: the first word of each .TP entry's head (`-h, --help`).
entries() { awk 'tp { sub(/^-[a-z?], /, ""); print $1; tp = 0; next } /^\.TP/ { tp = 1 }'; }
man_names_everything() {
  local missing=() cmd opt section
  [ ${#commands[@]} -ge 5 ] || { echo "ccadmin --help lists ${#commands[@]} commands"; return 1; }
  section=$(awk '/^\.SH OPTIONS/ { on = 1; next } on && /^\.SH / { exit } on' <<<"$ccadmin_page" | entries)
  for opt in "${global_options[@]}"; do
    grep -qxF -- "$opt" <<<"$section" || missing+=("$opt under OPTIONS")
  done
  for cmd in "${commands[@]}"; do
    grep -qx ".SS $cmd" <<<"$ccadmin_page" || missing+=("command '$cmd'")
    # The command's sub-section: from its .SS to the next .SS or .SH.
    section=$(awk -v h=".SS $cmd" '$0 == h { on = 1; next } on && /^\.S[SH] / { exit } on' <<<"$ccadmin_page" | entries)
    for opt in ${command_options[$cmd]}; do
      grep -qxF -- "$opt" <<<"$section" || missing+=("$opt under $cmd")
    done
  done
  [ ${#missing[@]} = 0 ] || { printf 'not in ccadmin.1: %s\n' "${missing[@]}"; return 1; }
}
check "ccadmin.1 names every command (${#commands[@]}) and option of ccadmin --help and COMMAND --help" man_names_everything
man_environment_and_exit_codes() {
  local missing=() var code env_section exit_section
  env_section=$(awk '/^\.SH ENVIRONMENT/ { on = 1; next } on && /^\.SH / { exit } on' <<<"$ccadmin_page")
  exit_section=$(awk '/^\.SH EXIT STATUS/ { on = 1; next } on && /^\.SH / { exit } on' <<<"$ccadmin_page")
  # Every variable the code reads and --help mentions.
  for var in $( (grep -rhoE '"CLOUDCOCKPIT_[A-Z_]+"' "$src/app/cli" | tr -d '"'; grep -oE 'CLOUDCOCKPIT_[A-Z_]+' "$work/help") | sort -u); do
    grep -qx "\.B $var" <<<"$env_section" || missing+=("$var")
  done
  # Every exit code the code defines (enum ExitCode { Ok = 0, Usage = 2, ... }).
  local codes
  codes=$(grep -rhA3 'enum ExitCode' "$src/app/cli" | tr -d '\n' | sed 's/}.*//' | grep -oE '= *[0-9]+' | tr -dc '0-9\n')
  [ -n "$codes" ] || { echo "no enum ExitCode in app/cli"; return 1; }
  for code in $codes; do grep -qx "\.B $code" <<<"$exit_section" || missing+=("exit code $code"); done
  [ ${#missing[@]} = 0 ] || { printf 'not in ccadmin.1: %s\n' "${missing[@]}"; return 1; }
}
check "ccadmin.1 has every CLOUDCOCKPIT_* variable and exit code of the code" man_environment_and_exit_codes
gui_page_names_options() {
  local page missing=() opt
  page=$(man_text "$root/usr/share/man/man1/cloudcockpit-admin.1.gz")
  page=$(awk '/^\.SH OPTIONS/ { on = 1; next } on && /^\.SH / { exit } on' <<<"$page" | entries)
  for opt in $("$root/usr/bin/cloudcockpit-admin" --help | long_options); do
    grep -qxF -- "$opt" <<<"$page" || missing+=("$opt")
  done
  [ ${#missing[@]} = 0 ] || { printf 'not in cloudcockpit-admin.1: %s\n' "${missing[@]}"; return 1; }
}
check "cloudcockpit-admin.1 names every option of cloudcockpit-admin --help" gui_page_names_options

# Runs the installed completion function in a bash of its own, as bash would on <Tab>.
completion_script='
  set -u
  source "$1"
  ccadmin=$2 tmp=$3
  shift 3
  complete_words() {
    COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=()
    _ccadmin 2>"$tmp/completion-stderr"
    [ ! -s "$tmp/completion-stderr" ] || { echo "[$*] printed:"; cat "$tmp/completion-stderr"; } >>"$tmp/completion-errors"
    [ ${#COMPREPLY[@]} = 0 ] || printf "%s\n" "${COMPREPLY[@]}" | sort | tr "\n" " "
  }
  expect() { local want=$1 got; shift; got=$(complete_words "$@"); [ "$got" = "$want" ] || { echo "[$*] completed \"$got\", want \"$want\""; exit 1; }; }
  for entry in "$@"; do # COMMAND=OPTIONS: each command, word by word, and the options of its --help
    cmd=${entry%%=*} first=${entry%%[ =]*}
    if [ "$cmd" = -- ]; then
      got=$(complete_words ccadmin --)
      for opt in ${entry#*=}; do grep -qw -- "$opt" <<<"$got" || { echo "ccadmin -- does not complete to $opt"; exit 1; }; done
      continue
    fi
    complete_words ccadmin "${first:0:3}" | grep -qw -- "$first" || { echo "${first:0:3} does not complete to $first"; exit 1; }
    if [ "$first" != "$cmd" ]; then
      complete_words ccadmin "$first" "" | grep -qw -- "${cmd#* }" || { echo "$first does not complete to $cmd"; exit 1; }
    fi
    for opt in ${entry#*=}; do
      complete_words ccadmin $cmd "$opt" | grep -qw -- "$opt" || { echo "ccadmin $cmd $opt does not complete"; exit 1; }
    done
  done
  expect "csv json text " ccadmin --format ""
  expect "json " ccadmin customers list --format j
  expect "domain internal-id name provider-customer-id " ccadmin customers list --field ""
  expect "ErpMinusDiscount Margin Markup SplitMargin " ccadmin provider-instance add ID --margin-rule ""
  mkdir -p "$tmp/c" && touch "$tmp/c/data.json"
  expect "$tmp/c/data.json " ccadmin provider-instance add ID --customer-data "$tmp/c/da"
  expect "$tmp/c/data.json " ccadmin --client-secret-file "$tmp/c/d"
  expect "" ccadmin customers show ""
  if [ -s "$tmp/completion-errors" ]; then cat "$tmp/completion-errors"; exit 1; fi
'
completion_cases=()
for cmd in "${commands[@]}"; do completion_cases+=("$cmd=${command_options[$cmd]}"); done
completion_cases+=("--=${global_options[*]}") # the global options, before any command
check "bash completion: commands, options, --format/--field/--margin-rule values, files" \
  bash -c "$completion_script" completion "$root/usr/share/bash-completion/completions/ccadmin" "$ccadmin" "$work" \
  "${completion_cases[@]}"

# --- 3. the Debian package -------------------------------------------------------------------------
wait "$packager" || true
if [ "$(cat "$work/cpack.status" 2>/dev/null)" = 0 ] && [ -f "$deb" ]; then
  ok "cpack wrote $(basename "$deb")"
else
  cat "$work/cpack.log"; fail "cpack did not write $(basename "$deb")"; exit 1
fi
lintian_out=$(grep -v '^running with root privileges' "$work/lintian.log" || true)
if [ "$(cat "$work/lintian.status")" = 0 ]; then
  ok "lintian: no error${lintian_out:+ (its warnings and notes below)}"
else
  fail "lintian found errors"
fi
[ -z "$lintian_out" ] || printf '%s\n' "$lintian_out" | sed 's/^/    /'
control_fields() {
  local depends section description
  depends=$(dpkg-deb -f "$deb" Depends)
  section=$(dpkg-deb -f "$deb" Section)
  description=$(dpkg-deb -f "$deb" Description)
  grep -q 'libqt6widgets6' <<<"$depends" && grep -q 'libqt6core6' <<<"$depends" || { echo "Depends: $depends"; return 1; }
  [ -n "$section" ] || { echo "no Section"; return 1; }
  grep -q 'ccadmin' <<<"$description" || { echo "Description: $description"; return 1; }
  [ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || { echo "Version: $(dpkg-deb -f "$deb" Version)"; return 1; }
}
check "control: Version $version, Depends from dpkg-shlibdeps, Section, Description" control_fields
debroot=$work/debroot
dpkg-deb -x "$deb" "$debroot"
dep5_copyright() {
  local c=$debroot/usr/share/doc/cloudcockpit-admin/copyright
  head -1 "$c" | grep -qx 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' &&
    grep -qx 'Files: \*' "$c" && sed -n '/^Files: \*$/,/^$/p' "$c" | grep -qx 'License: MIT' &&
    grep -qx 'License: MIT' "$c" && grep -q 'Permission is hereby granted, free of charge' "$c"
}
check "usr/share/doc/cloudcockpit-admin/copyright is DEP-5 and says MIT" dep5_copyright
same_files() { diff <(cd "$root" && find . -type f | sort) <(cd "$debroot" && find . -type f | sort); }
check "the package holds what cmake --install installs" same_files
check "packaged programs name no path of the source or build tree, no RPATH" no_build_paths "$debroot"
run_installed "$debroot" package
demo() {
  timeout 60 "$debroot/usr/bin/cloudcockpit-admin" --demo --exit-after-first-page
}
check "package: cloudcockpit-admin --demo shows its first page" demo

if [ $failures -gt 0 ]; then
  echo "package: $failures check(s) failed"
  exit 1
fi
echo "package: all checks passed"
