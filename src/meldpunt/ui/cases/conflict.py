"""Saying in words what another desk changed, when a save of ours was refused."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from meldpunt.domain.taxonomy import Taxonomy
from meldpunt.services.casework import Change
from meldpunt.ui.cases.common import Messages, code_label
from meldpunt.ui.dates import format_moment


class ConflictText(QObject):
    """Turns the service's list of changes into sentences for the message box."""

    def __init__(self, taxonomy: Taxonomy, lang: str) -> None:
        super().__init__()
        self.taxonomy = taxonomy
        self.lang = lang

    def _who(self, change: Change) -> str:
        parts = [p for p in (change.by, format_moment(change.at) if change.at else "") if p]
        return f" ({', '.join(parts)})" if parts else ""

    def _label(self, field: str, code: str | None) -> str:
        return code_label(self.taxonomy, field, code, self.lang) or self.tr("(none)")

    def line(self, change: Change) -> str:
        who = self._who(change)
        text = change.detail.get("text", "")
        match change.what:
            case "status":
                return (
                    self.tr("Status: {old} → {new}").format(
                        old=self._label("status", change.old), new=self._label("status", change.new)
                    )
                    + who
                )
            case "assigned_to":
                return self.tr("Assigned to: {old} → {new}").format(
                    old=change.old or self.tr("nobody"), new=change.new or self.tr("nobody")
                )
            case "assessment":
                return self.tr("Assessment: {new}").format(
                    new=self._label("assessment", change.new)
                )
            case "result":
                return self.tr("Result: {new}").format(new=self._label("result", change.new))
            case "action_added":
                action = self._label("action_type", change.new)
                line = self.tr("New on the timeline: {action}").format(action=action) + who
                return f"{line} — {text}" if text else line
            case "note_changed":
                return self.tr("A note now reads: {text}").format(text=change.new or "")
            case "task_added":
                return self.tr("New task: {text}").format(text=change.new or "") + who
            case "task_done":
                return self.tr("Task done: {text}").format(text=change.new or "")
            case "task_undone":
                return self.tr("Task open again: {text}").format(text=change.new or "")
            case "task_due":
                return self.tr("Task '{text}' now due on {new}").format(
                    text=text, new=change.new or ""
                )
            case "task_text":
                return self.tr("A task now reads: {text}").format(text=change.new or "")
            case "task_assigned":
                return self.tr("Task '{text}' now for {new}").format(
                    text=text, new=change.new or self.tr("nobody")
                )
            case "reports":
                return self.tr("Linked reports: {old} → {new}").format(
                    old=change.old or "", new=change.new or ""
                )
        return change.what

    def show(self, messages: Messages, changes: Sequence[Change], what: str) -> QMessageBox:
        """The box: nothing was overwritten, your input is kept, this is what changed."""
        lines = [f"• {self.line(c)}" for c in changes] or [
            self.tr("• (the change is no longer visible; it may have been undone)")
        ]
        text = self.tr(
            "Someone else changed {what} while you had it open. Your change was not saved and "
            "nothing of theirs was overwritten; what you typed is still there."
        ).format(what=what)
        details = self.tr("What the other person changed:") + "\n" + "\n".join(lines)
        return messages.show(
            QMessageBox.Icon.Warning, self.tr("Changed by someone else"), text, details
        )
