"""The keys an unlocked staff member holds in memory, and their wiping on lock."""

from __future__ import annotations

from dataclasses import dataclass, field

from meldpunt.crypto.errors import CryptoError
from meldpunt.crypto.keys import KeyClass


class MissingKey(CryptoError):
    """The unlocked user's role holds no key for this class of data."""

    def __init__(self, key_class: KeyClass, version: int | None = None) -> None:
        which = key_class.code if version is None else f"{key_class.code} v{version}"
        super().__init__(f"Your role does not hold the {which} key for this data.")
        self.key_class = key_class
        self.version = version


class Locked(CryptoError):
    def __init__(self) -> None:
        super().__init__("Meldpunt is locked; unlock it first.")


@dataclass(eq=False)
class KeyRing:
    """Class keys (by class and version) and private keys of one unlocked session.

    Keys are held in bytearrays so ``wipe`` can overwrite them; Python may still have
    made copies (bytes passed to the cipher), which is the limit of a managed runtime.
    """

    user_id: str | None
    username: str
    role: str
    slot_id: str
    box_private: bytearray
    signing_private: bytearray
    class_keys: dict[tuple[KeyClass, int], bytearray] = field(default_factory=dict)
    current_versions: dict[KeyClass, int] = field(default_factory=dict)
    _wiped: bool = False

    @property
    def is_locked(self) -> bool:
        return self._wiped

    def _check(self) -> None:
        if self._wiped:
            raise Locked()

    def holds(self, key_class: KeyClass) -> bool:
        return not self._wiped and key_class in self.current_versions

    def classes(self) -> frozenset[KeyClass]:
        return frozenset(self.current_versions)

    def key(self, key_class: KeyClass, version: int) -> bytes:
        self._check()
        try:
            return bytes(self.class_keys[(key_class, version)])
        except KeyError:
            raise MissingKey(key_class, version) from None

    def current(self, key_class: KeyClass) -> tuple[int, bytes]:
        self._check()
        version = self.current_versions.get(key_class)
        if version is None:
            raise MissingKey(key_class)
        return version, self.key(key_class, version)

    def box_key(self) -> bytes:
        self._check()
        return bytes(self.box_private)

    def signing_key(self) -> bytes:
        self._check()
        return bytes(self.signing_private)

    def add(self, key_class: KeyClass, version: int, key: bytes, *, current: bool) -> None:
        self._check()
        self.class_keys[(key_class, version)] = bytearray(key)
        if current or key_class not in self.current_versions:
            self.current_versions[key_class] = version

    def wipe(self) -> None:
        """Overwrite and drop every key (lock)."""
        for buf in (self.box_private, self.signing_private, *self.class_keys.values()):
            buf[:] = bytes(len(buf))
        self.class_keys.clear()
        self.current_versions.clear()
        self._wiped = True
