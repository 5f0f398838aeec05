"""Meldpunt: the desktop application of Leuven's antidiscrimination reporting office."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("meldpunt")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "Meldpunt"
ORG_NAME = "Stad Leuven"
