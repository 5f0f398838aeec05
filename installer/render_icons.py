"""Render the application icon (resources/icons/meldpunt.svg) to PNG sizes and a Windows .ico."""

from __future__ import annotations

import os
import sys
from pathlib import Path

SVG = Path(__file__).resolve().parent.parent / "resources" / "icons" / "meldpunt.svg"
# The sizes desktops ask for (hicolor theme) and that a Windows .ico carries.
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(out: Path) -> list[Path]:
    """Draw each size from the SVG itself, so small icons stay sharp instead of scaled down."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {SVG} is not a valid SVG")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = out / f"meldpunt-{size}.png"
        if not image.save(str(target)):
            raise SystemExit(f"render_icons: cannot write {target}")
        written.append(target)
    return written


def write_ico(pngs: list[Path], target: Path) -> None:
    """One .ico with every size (Qt's own ICO writer stores a single image)."""
    from PIL import Image  # Pillow comes with reportlab

    images = [Image.open(png) for png in pngs]
    largest = images[-1]
    largest.save(
        target,
        format="ICO",
        sizes=[image.size for image in images],
        append_images=images[:-1],
    )


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: render_icons.py OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[0])
    write_ico(render(out), out / "meldpunt.ico")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
