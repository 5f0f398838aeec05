"""Field encryption at the repository level, where the row and column are known."""

from __future__ import annotations

from meldpunt.crypto.aead import FieldCipher, field_aad
from meldpunt.crypto.keys import KeyClass
from meldpunt.storage.keystore import DataKeys

# Data keys are never rotated themselves (class keys are); their blobs carry version 1.
DATA_KEY_VERSION = 1


class FieldSealer:
    """Encrypts one field value with its record's data key, bound to table, column and row."""

    def __init__(self, data_keys: DataKeys, cipher: FieldCipher | None = None) -> None:
        self.data_keys = data_keys
        self.cipher = cipher or FieldCipher()

    def seal(
        self,
        owner_id: str,
        key_class: KeyClass,
        table: str,
        column: str,
        row_id: str,
        plaintext: bytes,
    ) -> bytes:
        return self.cipher.encrypt(
            self.data_keys.get(owner_id, key_class),
            plaintext,
            field_aad(table, column, row_id),
            key_class,
            DATA_KEY_VERSION,
        )

    def open(
        self,
        owner_id: str,
        key_class: KeyClass,
        table: str,
        column: str,
        row_id: str,
        blob: bytes,
    ) -> bytes:
        return self.cipher.decrypt(
            self.data_keys.get(owner_id, key_class),
            bytes(blob),
            field_aad(table, column, row_id),
            f"{table} {row_id}",
            column,
        )
