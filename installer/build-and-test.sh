#!/usr/bin/env bash
# Build the Linux packages and show they work where the project's venv is not: the extracted
# tarball runs `meldpunt self-test` and creates an office from an empty environment, and (as
# root on Debian) the .deb installs with apt-get, passes its self-test and is removed again.
# Usage: installer/build-and-test.sh   (PACKAGE_TEST_DEB=no skips the apt-get part)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
PY=${PY:-$repo/.venv/bin/python}

start=$(date +%s)
installer/build-linux.sh
built=$(date +%s)

tarball=$(ls dist/meldpunt-*-linux-*.tar.gz)
deb=$(ls dist/meldpunt_*.deb)
work=$(mktemp -d)
installed_by_us=no
cleanup() {
  if [ "$installed_by_us" = yes ]; then
    apt-get remove -y -qq meldpunt >/dev/null || echo "build-and-test: could not remove meldpunt" >&2
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# The result file, not the exit code alone: a windowed Windows build can only report this way.
check_result() {
  "$PY" - "$1" <<'PY'
import json, sys
result = json.load(open(sys.argv[1], encoding="utf-8"))
failed = [c["name"] for c in result["checks"] if not c["ok"]]
if not result["ok"] or failed:
    sys.exit(f"build-and-test: self-test failed in {sys.argv[1]}: {', '.join(failed)}")
print(f"build-and-test: {sys.argv[1]}: {len(result['checks'])} checks ok")
PY
}

# env -i: nothing of this shell reaches the program (no venv on PATH, no PYTHONPATH, no
# MELDPUNT_* variables, no DISPLAY); HOME is an empty folder, so are its data and log folders.
clean_env=(env -i PATH=/usr/bin:/bin HOME="$work/home" QT_QPA_PLATFORM=offscreen)
mkdir -p "$work/home" "$work/run"
tar -xzf "$tarball" -C "$work"
echo "build-and-test: self-test of the extracted tarball"
(cd "$work/run" && "${clean_env[@]}" "$work/meldpunt/meldpunt" self-test --self-test-output result.json)
check_result "$work/run/result.json"

echo "build-and-test: a new office from the bundle (migrations, keys, recovery sheet PDF)"
(cd "$work/run" && "${clean_env[@]}" MELDPUNT_PASSWORD="bundle test passphrase 1" \
  "$work/meldpunt/meldpunt" init --office "Bundle test" --admin coord \
  --db "sqlite:///$work/run/office.db" --recovery-sheet sheet.pdf >/dev/null)
head -c 5 "$work/run/sheet.pdf" | grep -q '%PDF-'
(cd "$work/run" && "${clean_env[@]}" MELDPUNT_PASSWORD="bundle test passphrase 1" \
  "$work/meldpunt/meldpunt" user list --user coord --db "sqlite:///$work/run/office.db" | grep -q coord)

if [ -n "${MELDPUNT_TEST_PG_URL:-}" ]; then
  # The bundle's own psycopg and libpq against the PostgreSQL server, in a throw-away schema.
  echo "build-and-test: the bundle on PostgreSQL"
  schema="bundle_$(date +%s)_$$"
  pg_url=$("$PY" - "$schema" <<'PY'
import os, sys
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
url = make_url(os.environ["MELDPUNT_TEST_PG_URL"])
engine = create_engine(url)
with engine.begin() as conn:
    conn.execute(text(f'CREATE SCHEMA "{sys.argv[1]}"'))
engine.dispose()
print(url.update_query_dict({"options": f"-csearch_path={sys.argv[1]}"}).render_as_string(hide_password=False))
PY
  )
  drop_schema() {
    "$PY" - "$schema" <<'PY'
import os, sys
from sqlalchemy import create_engine, text
engine = create_engine(os.environ["MELDPUNT_TEST_PG_URL"])
with engine.begin() as conn:
    conn.execute(text(f'DROP SCHEMA IF EXISTS "{sys.argv[1]}" CASCADE'))
engine.dispose()
PY
  }
  status=0
  (cd "$work/run" && "${clean_env[@]}" MELDPUNT_PASSWORD="bundle test passphrase 1" \
    MELDPUNT_DB="$pg_url" "$work/meldpunt/meldpunt" init --office "Bundle test" --admin coord \
    >/dev/null) || status=$?
  drop_schema
  [ "$status" = 0 ] || { echo "build-and-test: init on PostgreSQL failed" >&2; exit 1; }
fi

if [ "${PACKAGE_TEST_DEB:-yes}" = no ]; then
  echo "build-and-test: .deb install test skipped (PACKAGE_TEST_DEB=no)"
elif [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "build-and-test: .deb install test skipped (needs root and apt-get)"
elif dpkg-query -W -f='${Status}' meldpunt 2>/dev/null | grep -q "install ok installed"; then
  # Never replace, then remove, a Meldpunt that someone installed on this machine.
  echo "build-and-test: .deb install test skipped (meldpunt is already installed here)"
else
  echo "build-and-test: apt-get install $deb"
  installed_by_us=yes
  apt-get install -y -qq --no-install-recommends "$repo/$deb" >/dev/null
  mkdir -p "$work/deb"
  (cd "$work/deb" && "${clean_env[@]}" meldpunt self-test --self-test-output result.json)
  check_result "$work/deb/result.json"
  test -f /usr/share/applications/meldpunt.desktop
  test -f /usr/share/icons/hicolor/scalable/apps/meldpunt.svg
  apt-get remove -y -qq meldpunt >/dev/null
  installed_by_us=no
  test ! -e /opt/meldpunt/meldpunt
fi

echo "build-and-test: all green (build $((built - start)) s, tests $(($(date +%s) - built)) s)"
du -sh dist/meldpunt "$tarball" "$deb"
