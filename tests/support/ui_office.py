"""The office a UI test works on: its database, its services and (after creation) its keys."""

from __future__ import annotations

from dataclasses import dataclass

from meldpunt.services.accounts import NewOffice
from meldpunt.services.container import Services
from meldpunt.storage.database import Database


@dataclass
class UiOffice:
    database: Database
    services: Services
    office: NewOffice | None
