"""QtGui for Meldpunt: PyInstaller's own QtGui hook, minus plugins a desktop bundle never loads.

PyInstaller collects every QtGui plugin and then every library those plugins link to. The
plugins dropped here pull in GTK, Cairo, Pango, QtNetwork and the Wayland and EGL-fs
libraries (about 20 MB) for platforms Meldpunt does not run on. Kept: the xcb platform
(X11 desktops; Wayland desktops run it through XWayland), offscreen (self-test, CI),
windows, and the image, icon, input-method and xcb-GL plugins. This file takes the place
of the upstream hook because user hooks have the highest priority.
"""

from pathlib import PurePath

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

KEEP_PLATFORMS = {"qxcb", "qoffscreen", "qwindows"}
DROP_TYPES = {
    "egldeviceintegrations",
    "generic",
    "wayland-decoration-client",
    "wayland-graphics-integration-client",
    "wayland-shell-integration",
}
DROP_THEMES = {"qgtk3"}  # needs the system's GTK 3, and Qt's own dialogs serve as well


def _keep(source: str, dest: str) -> bool:
    plugin_type = PurePath(dest).name
    name = PurePath(source).stem.removeprefix("lib")
    if plugin_type in DROP_TYPES:
        return False
    if plugin_type == "platforms":
        return name in KEEP_PLATFORMS
    return not (plugin_type == "platformthemes" and name in DROP_THEMES)


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(source, dest) for source, dest in binaries if _keep(source, dest)]
