"""A page that says plainly which screen will come here, without pretending to have data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ComingSoonPage(QWidget):
    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comingSoonPage")
        heading = QLabel(title)
        heading.setObjectName("pageHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        badge = QLabel(self.tr("Coming in a later version"))
        badge.setObjectName("comingSoonBadge")
        badge.setStyleSheet(
            "QLabel#comingSoonBadge { background: #fff4ce; color: #5c4400; "
            "border: 1px solid #e0c36a; border-radius: 4px; padding: 4px 8px; }"
        )
        badge.setSizePolicy(
            badge.sizePolicy().horizontalPolicy(), badge.sizePolicy().verticalPolicy()
        )
        body = QLabel(description)
        body.setWordWrap(True)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.setSpacing(16)
        layout.addWidget(heading)
        layout.addWidget(badge, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(body)
        layout.addStretch(1)
        self.setAccessibleName(title)
