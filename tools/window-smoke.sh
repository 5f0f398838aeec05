#!/usr/bin/env bash
# Real-window smoke test: start Meldpunt under Xvfb with Qt's xcb platform, grab the
# screen with xwd, and fail when the picture is blank. Usage: tools/window-smoke.sh OUT.png [ARGS…]
set -euo pipefail
out=${1:?usage: tools/window-smoke.sh OUT.png [meldpunt args…]}
shift
here=$(cd "$(dirname "$0")/.." && pwd)
py=${PY:-$here/.venv/bin/python}
wait_s=${WAIT_SECONDS:-6}
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export MELDPUNT_HOME="$home" QT_QPA_PLATFORM=xcb
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  "$0" -m meldpunt "$@" &
  pid=$!
  sleep '"$wait_s"'
  if ! kill -0 $pid 2>/dev/null; then echo "window-smoke: meldpunt exited early" >&2; exit 1; fi
  xwd -root -silent > "'"$home"'/screen.xwd"
  kill $pid; wait $pid 2>/dev/null || true
' "$py" "$@"
convert "xwd:$home/screen.xwd" "png:$out"
"$py" - "$out" <<'PY'
import sys
from PySide6.QtGui import QImage
img = QImage(sys.argv[1])
if img.isNull():
    sys.exit("window-smoke: no screenshot")
colours = {img.pixel(x, y) for x in range(0, img.width(), 7) for y in range(0, img.height(), 7)}
print(f"window-smoke: {img.width()}x{img.height()}, {len(colours)} distinct colours sampled")
sys.exit(0 if len(colours) > 20 else "window-smoke: the screen is blank")
PY
