"""Encrypted drafts: what is typed in the intake form survives a crash or an idle lock."""

from __future__ import annotations

import json
import logging
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from meldpunt.crypto.encoding import decode_text, encode_text
from meldpunt.crypto.errors import IntegrityError
from meldpunt.crypto.keyring import KeyRing
from meldpunt.crypto.keys import KeyClass
from meldpunt.services.clock import Clock, as_utc, utc_now
from meldpunt.services.errors import AccessDenied
from meldpunt.storage.keystore import DataKeys
from meldpunt.storage.models import DraftRow
from meldpunt.storage.sealed import FieldSealer

log = logging.getLogger(__name__)

# A draft mixes identity and case data; it is sealed with the case class, which exactly the
# roles that may type reports hold.
DRAFT_CLASS = KeyClass.CASE


@dataclass(frozen=True)
class Draft:
    id: str
    report_id: str | None  # set when the draft edits a saved report
    updated_at: datetime
    data: dict[str, Any]


class DraftService:
    def __init__(self, sessions: sessionmaker[Session], *, clock: Clock = utc_now) -> None:
        self.sessions = sessions
        self.clock = clock

    @staticmethod
    def _check(ring: KeyRing) -> str:
        if ring.is_locked or ring.user_id is None or not ring.holds(DRAFT_CLASS):
            raise AccessDenied("Your role cannot keep drafts.")
        return ring.user_id

    def save(
        self,
        ring: KeyRing,
        data: dict[str, Any],
        *,
        draft_id: str | None = None,
        report_id: str | None = None,
    ) -> str:
        """Create or overwrite a draft; returns its id. One small transaction."""
        user_id = self._check(ring)
        plain = encode_text(json.dumps(data, ensure_ascii=False, sort_keys=True))
        with self.sessions() as s, s.begin():
            keys = DataKeys(s, ring)
            row = s.get(DraftRow, draft_id) if draft_id else None
            if row is None or row.user_id != user_id:
                draft_id = str(uuid.uuid4())
                keys.create(draft_id, [DRAFT_CLASS])
                row = DraftRow(id=draft_id, user_id=user_id, report_id=report_id)
                s.add(row)
            assert draft_id is not None
            row.updated_at = self.clock()
            row.blob = FieldSealer(keys).seal(
                draft_id, DRAFT_CLASS, "draft", "blob", draft_id, plain
            )
        return draft_id

    def list(self, ring: KeyRing) -> list[Draft]:
        """The user's drafts, newest first; a damaged draft is skipped (and logged)."""
        user_id = self._check(ring)
        drafts = []
        with self.sessions() as s:
            sealer = FieldSealer(DataKeys(s, ring))
            rows = s.scalars(
                select(DraftRow)
                .where(DraftRow.user_id == user_id)
                .order_by(DraftRow.updated_at.desc())
            ).all()
            for row in rows:
                try:
                    plain = sealer.open(row.id, DRAFT_CLASS, "draft", "blob", row.id, row.blob)
                    data = json.loads(decode_text(plain) or "{}")
                except (IntegrityError, ValueError):
                    log.warning("A draft could not be read and was skipped")
                    continue
                drafts.append(Draft(row.id, row.report_id, as_utc(row.updated_at), data))
        return drafts

    def discard(self, ring: KeyRing, draft_id: str) -> None:
        user_id = self._check(ring)
        with self.sessions() as s, s.begin():
            row = s.get(DraftRow, draft_id)
            if row is not None and row.user_id == user_id:
                s.delete(row)
                DataKeys(s, ring).shred(draft_id)
