#!/usr/bin/env bash
# Build Meldpunt for Linux into dist/: the PyInstaller one-folder bundle (dist/meldpunt/),
# a .tar.gz of it, and a .deb that installs it under /opt/meldpunt with a menu entry and icon.
# Usage: installer/build-linux.sh   (from any folder; PY=path/to/python overrides the venv)
set -euo pipefail
cd "$(dirname "$0")/.."
umask 022 # the .deb's files and folders must be readable by every user
PY=${PY:-.venv/bin/python}

# The venv and the compiled translations (.qm are build products, not committed).
make --no-print-directory translations
if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
  "$PY" -m pip install --quiet -e '.[package]'
fi
version=$("$PY" -c 'from meldpunt import __version__; print(__version__)')
arch=$(dpkg --print-architecture)
# The bundle's libraries were linked against this machine's glibc: the .deb asks for it.
glibc=$(ldd --version | sed -n '1s/.* \([0-9][0-9.]*\)$/\1/p')

echo "build-linux: icons"
QT_QPA_PLATFORM=offscreen "$PY" installer/render_icons.py build/icons

echo "build-linux: PyInstaller bundle (a minute or two)"
"$PY" -m PyInstaller --noconfirm --log-level WARN \
  --workpath build/pyinstaller --distpath dist installer/meldpunt.spec
bundle=dist/meldpunt
cp installer/LICENCES.txt "$bundle/LICENCES.txt"

echo "build-linux: tarball"
tarball="dist/meldpunt-$version-linux-$arch.tar.gz"
# Owner 0 and sorted names: the archive does not depend on who built it or on disk order.
tar --sort=name --owner=0 --group=0 --numeric-owner -C dist -czf "$tarball" meldpunt

echo "build-linux: .deb"
stage="build/deb/meldpunt_${version}_$arch"
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin"
cp -a "$bundle" "$stage/opt/meldpunt"
# The bootloader finds its _internal folder through /proc/self/exe, so a symlink works.
ln -s /opt/meldpunt/meldpunt "$stage/usr/bin/meldpunt"
install -Dm644 installer/linux/meldpunt.desktop "$stage/usr/share/applications/meldpunt.desktop"
for size in 16 24 32 48 64 128 256; do
  install -Dm644 "build/icons/meldpunt-$size.png" \
    "$stage/usr/share/icons/hicolor/${size}x$size/apps/meldpunt.png"
done
install -Dm644 resources/icons/meldpunt.svg "$stage/usr/share/icons/hicolor/scalable/apps/meldpunt.svg"
install -Dm644 installer/LICENCES.txt "$stage/usr/share/doc/meldpunt/copyright"

# What the bundle takes from the system rather than carrying itself. PyInstaller bundles
# the other libraries; check_depends below fails the build when this list falls short.
depends=(
  "libc6 (>= $glibc)"
  libstdc++6 libgcc-s1 # left out of the bundle on purpose (meldpunt.spec)
  libgl1 libegl1 libdrm2 # OpenGL dispatch to the machine's own graphics driver
  libxcb1 # the X connection; its ABI follows the X server's
  fontconfig-config # /etc/fonts, read by the bundled fontconfig
  fonts-dejavu-core # at least one font for the interface
)

# Every library a bundled ELF file needs, that the bundle does not carry, must come from a
# package in Depends: otherwise the .deb would install on a machine where it cannot start.
check_depends() {
  local root=$1 listed needed missing=() lib path pkg
  listed=" $(printf '%s\n' "${depends[@]}" | cut -d' ' -f1 | tr '\n' ' ') "
  needed=$(find "$root" -type f \( -name '*.so*' -o -name meldpunt \) -print0 |
    xargs -0 readelf -d 2>/dev/null | sed -n 's/.*Shared library: \[\(.*\)\]/\1/p' | sort -u)
  for lib in $needed; do
    [ -n "$(find "$root" -name "$lib" -print -quit)" ] && continue
    path=$(ldconfig -p | awk -v l="$lib" '$1 == l && /x86-64|AArch64|64bit/ {print $NF; exit}')
    [ -n "$path" ] || path=$(ldconfig -p | awk -v l="$lib" '$1 == l {print $NF; exit}')
    if [ -z "$path" ]; then
      missing+=("$lib (not on this machine either)")
      continue
    fi
    pkg=$(dpkg -S "$path" 2>/dev/null || dpkg -S "$(readlink -f "$path")" 2>/dev/null || true)
    pkg=${pkg%%:*}
    [[ "$listed" == *" $pkg "* ]] || missing+=("$lib (package ${pkg:-unknown})")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    printf 'build-linux: Depends misses %s\n' "${missing[@]}" >&2
    return 1
  fi
}
check_depends "$stage/opt/meldpunt"

depends_field=$(printf '%s, ' "${depends[@]}")
depends_field=${depends_field%, }
cat >"$stage/DEBIAN/control" <<EOF
Package: meldpunt
Version: $version
Architecture: $arch
Maintainer: Stad Leuven, Meldpunt
Installed-Size: $(du -sk --exclude=DEBIAN "$stage" | cut -f1)
Depends: $depends_field
Section: misc
Priority: optional
Description: Antidiscrimination reporting office of Leuven (Meldpunt)
 The desktop application of the antidiscrimination reporting office
 (meldpunt) of the city of Leuven: intake of reports, case files and
 anonymised yearly statistics, with personal data encrypted at rest.
 .
 The program and its own Python and Qt runtime live in /opt/meldpunt.
EOF

deb="dist/meldpunt_${version}_$arch.deb"
# zstd, not xz: a hundred times faster to pack (seconds instead of minutes on two cores) for
# a package a third larger. Every dpkg that can run this bundle (glibc 2.36, Debian 12 and
# later) reads zstd.
dpkg-deb --root-owner-group -Zzstd --build "$stage" "$deb" >/dev/null

echo "build-linux: done"
du -sh "$bundle" "$tarball" "$deb"
