"""Competence check and referral: suggested bodies, the reporter's consent, the referral letter."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meldpunt.domain.model import Report
from meldpunt.domain.referral import ReferralAdvice
from meldpunt.reports.letters import LETTER_LANGS
from meldpunt.services.cases import RefusedTransition
from meldpunt.services.errors import ServiceError
from meldpunt.services.evidence import EvidenceInfo
from meldpunt.ui.cases.common import Messages, code_label, codes_label
from meldpunt.ui.context import AppContext
from meldpunt.ui.service_errors import error_text
from meldpunt.ui.tasks import run_task

log = logging.getLogger(__name__)

BODY_ROLE = Qt.ItemDataRole.UserRole + 1


class CompetenceDialog(QDialog):
    """For one report: which bodies the rules suggest, and what the caseworker decides.

    Outside a case file the dialog also ends the competence check (open a file, information
    given, registered only, referred); inside a file it records a referral on the timeline.
    """

    file_opened = Signal(str)
    changed = Signal()
    letter_made = Signal(object)

    def __init__(self, context: AppContext, report_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("competenceDialog")
        self.context = context
        self.report_id = report_id
        self.taxonomy = context.services.taxonomy
        self.lang = context.language
        self.messages = Messages(self)
        self.busy = False
        ring = context.ring
        self.report, self.version = context.services.reports.get(ring, report_id)
        self.in_file = self.report.case_file_id is not None
        self.advice: ReferralAdvice = context.services.referrals.suggest(ring, report_id)
        self.contacts = context.services.referrals.contacts()
        self.setWindowTitle(
            self.tr("Competence and referral — report {number}").format(
                number=self.report.number or ""
            )
        )

        summary = QLabel(self._summary(self.report))
        summary.setObjectName("competenceSummary")
        summary.setWordWrap(True)
        summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)

        self.suggestions = QTreeWidget()
        self.suggestions.setObjectName("suggestionsTree")
        self.suggestions.setAccessibleName(self.tr("Suggested bodies"))
        self.suggestions.setHeaderLabels([self.tr("Body"), self.tr("Why")])
        self.suggestions.setRootIsDecorated(False)
        self.suggestions.setWordWrap(True)
        self.suggestions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        kinds = {
            "competent": self.tr("competent"),
            "crime": self.tr("possible crime"),
            "support": self.tr("support"),
        }
        for suggestion in self.advice.suggestions:
            body = code_label(self.taxonomy, "referral_body", suggestion.body, self.lang)
            item = QTreeWidgetItem(
                [f"{body} ({kinds[suggestion.kind]})", " ".join(suggestion.reasons(self.lang))]
            )
            item.setData(0, BODY_ROLE, suggestion.body)
            item.setToolTip(1, " ".join(suggestion.reasons(self.lang)))
            self.suggestions.addTopLevelItem(item)
        self.suggestions.setColumnWidth(0, 280)
        self.suggestions.setMaximumHeight(150)
        self.suggestions.currentItemChanged.connect(self._suggestion_chosen)
        # The table cuts long reasons; the chosen suggestion's reasons are shown in full.
        self.reasons = QLabel()
        self.reasons.setObjectName("suggestionReasons")
        self.reasons.setWordWrap(True)
        self.reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        suggestions_label = QLabel(self.tr("&Suggested by the office's rules (you decide):"))
        suggestions_label.setBuddy(self.suggestions)
        excluded = [
            self.tr("{body}: {reason}").format(
                body=code_label(self.taxonomy, "referral_body", item.body, self.lang),
                reason=item.reason(self.lang),
            )
            for item in self.advice.not_suggested
        ]
        if not self.advice.suggestions:
            excluded.insert(0, self.tr("The rules suggest no body for these facts."))
        self.not_suggested = QLabel("\n".join(excluded))
        self.not_suggested.setObjectName("notSuggested")
        self.not_suggested.setWordWrap(True)
        self.not_suggested.setVisible(bool(excluded))

        self.referral_box = self._referral_box()
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(suggestions_label)
        layout.addWidget(self.suggestions)
        layout.addWidget(self.reasons)
        layout.addWidget(self.not_suggested)
        layout.addWidget(self.referral_box)
        if not self.in_file:
            layout.addWidget(self._decision_box())
        self.status = QLabel()
        self.status.setObjectName("competenceStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(720, 600)
        first = self.suggestions.topLevelItem(0)
        if first is not None:
            self.suggestions.setCurrentItem(first)
        self._update()

    # --- building -----------------------------------------------------------------------

    def _summary(self, report: Report) -> str:
        t, lang = self.taxonomy, self.lang
        parts = [
            code_label(t, "domain", report.domain, lang),
            codes_label(t, "criteria", report.criteria, lang),
            codes_label(t, "forms", report.forms, lang),
        ]
        role = code_label(t, "reporter_role", report.reporter.role, lang)
        counterparty = code_label(t, "counterparty_type", report.counterparty.type, lang)
        return self.tr("{facts}\nReporter: {role}. Counterparty: {counterparty}.").format(
            facts=" · ".join(p for p in parts if p),
            role=role or "—",
            counterparty=counterparty or "—",
        )

    def _referral_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Refer"))
        self.body = QComboBox()
        self.body.setObjectName("referralBody")
        self.body.setAccessibleName(self.tr("Body to refer to"))
        suggested = [s.body for s in self.advice.suggestions]
        for code in [*suggested, *(c.code for c in self.taxonomy.codes("referral_body"))]:
            if self.body.findData(code) < 0:
                self.body.addItem(code_label(self.taxonomy, "referral_body", code, self.lang), code)
        self.body.currentIndexChanged.connect(self._update)
        self.contact = QLabel()
        self.contact.setObjectName("bodyContact")
        self.contact.setWordWrap(True)
        self.consent = QCheckBox(self.tr("The reporter &consents to passing on their details"))
        self.consent.setObjectName("referralConsent")
        # What the reporter said at intake is the starting point; the caseworker confirms.
        self.consent.setChecked(self.report.wishes.may_refer is True)
        self.consent.toggled.connect(self._update)
        self.letter_lang = QComboBox()
        self.letter_lang.setObjectName("letterLanguage")
        self.letter_lang.setAccessibleName(self.tr("Language of the letter"))
        for lang in LETTER_LANGS:
            self.letter_lang.addItem(code_label(self.taxonomy, "language", lang, self.lang), lang)
        reporter_lang = self.report.reporter.language
        self.letter_lang.setCurrentIndex(
            max(
                0,
                self.letter_lang.findData(reporter_lang if reporter_lang in LETTER_LANGS else "nl"),
            )
        )
        self.make_letter = QCheckBox(self.tr("Make the referral &letter (PDF, confidential)"))
        self.make_letter.setObjectName("makeLetter")
        self.make_letter.setChecked(True)
        self.note = QLineEdit()
        self.note.setObjectName("referralNote")
        self.note.setAccessibleName(self.tr("Note on the referral"))
        self.record_button = QPushButton(self.tr("&Record referral"))
        self.record_button.setObjectName("recordReferralButton")
        self.record_button.clicked.connect(self.record_referral)
        form = QFormLayout(box)
        for text, widget in (
            (self.tr("&Body"), self.body),
            (self.tr("Letter lan&guage"), self.letter_lang),
            (self.tr("&Note"), self.note),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", self.contact)
        form.addRow("", self.consent)
        form.addRow("", self.make_letter)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.record_button)
        form.addRow(row)
        return box

    def _decision_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Or end the competence check"))
        self.open_file_button = QPushButton(self.tr("Open a case &file"))
        self.open_file_button.setObjectName("openFileButton")
        self.open_file_button.clicked.connect(self.open_case_file)
        self.info_button = QPushButton(self.tr("&Information given"))
        self.info_button.setObjectName("infoGivenButton")
        self.info_button.clicked.connect(lambda: self._end("info_given"))
        self.register_button = QPushButton(self.tr("Registered &only"))
        self.register_button.setObjectName("registeredOnlyButton")
        self.register_button.clicked.connect(lambda: self._end("registered_only"))
        row = QHBoxLayout(box)
        row.addWidget(self.open_file_button)
        row.addWidget(self.info_button)
        row.addWidget(self.register_button)
        row.addStretch(1)
        return box

    # --- state --------------------------------------------------------------------------

    def _suggestion_chosen(self, item: QTreeWidgetItem | None) -> None:
        if item is not None:
            self.body.setCurrentIndex(max(0, self.body.findData(item.data(0, BODY_ROLE))))
            self.reasons.setText(item.text(1))

    def _update(self) -> None:
        body = str(self.body.currentData())
        contact = self.contacts.get(body)
        if contact is not None and contact.lines():
            self.contact.setText(", ".join(contact.lines()))
        else:
            self.contact.setText(
                self.tr(
                    "No contact details entered for this body yet (Case files → Settings); "
                    "the letter is addressed to its name."
                )
            )
        consent = self.consent.isChecked()
        self.make_letter.setEnabled(consent and not self.busy)
        if not consent:
            self.make_letter.setToolTip(
                self.tr("A letter with personal data needs the reporter's consent.")
            )
        self.record_button.setEnabled(not self.busy)

    def _ended(self) -> None:
        """The report left the competence check: nothing more to decide here."""
        self.referral_box.setEnabled(False)
        for button in self.findChildren(QPushButton):
            if button.objectName() in ("openFileButton", "infoGivenButton", "registeredOnlyButton"):
                button.setEnabled(False)

    # --- decisions ----------------------------------------------------------------------

    def record_referral(self) -> None:
        body = str(self.body.currentData())
        consent = self.consent.isChecked()
        services = self.context.services
        ring = self.context.ring
        try:
            referral = services.referrals.record(
                ring, self.report_id, body, consent=consent, note=self.note.text()
            )
            if not self.in_file:
                services.cases.change_report_status(
                    ring, self.report_id, "referred", lang=self.lang
                )
        except RefusedTransition as exc:
            self.messages.error(exc.refused.message(self.lang))
            return
        except ServiceError as exc:
            self.messages.error(error_text(exc))
            return
        body_label = code_label(self.taxonomy, "referral_body", body, self.lang)
        self.status.setText(self.tr("Referral to {body} recorded.").format(body=body_label))
        self.changed.emit()
        if not self.in_file:
            self._ended()
        if consent and self.make_letter.isChecked():
            self._make_letter(referral.id)

    def _make_letter(self, referral_id: str) -> None:
        referrals = self.context.services.referrals
        ring = self.context.ring
        lang = str(self.letter_lang.currentData())
        self.busy = True
        self._update()
        self.status.setText(self.tr("Making the referral letter…"))
        run_task(
            lambda: referrals.referral_letter(ring, referral_id, lang=lang),
            self._letter_done,
            self._letter_failed,
        )

    def _letter_done(self, info: object) -> None:
        assert isinstance(info, EvidenceInfo)
        self.busy = False
        self._update()
        self.status.setText(
            self.tr("The referral letter was stored as evidence of the report ({name}).").format(
                name=info.file_name
            )
        )
        self.letter_made.emit(info)
        self.changed.emit()

    def _letter_failed(self, exc: BaseException) -> None:
        self.busy = False
        self._update()
        if isinstance(exc, ServiceError):
            self.messages.error(error_text(exc))
        else:
            log.error("Making the referral letter failed", exc_info=exc)
            self.messages.error(self.tr("The letter could not be made; see the log file."))

    def open_case_file(self) -> None:
        try:
            record = self.context.services.cases.open_file(
                self.context.ring,
                [self.report_id],
                assigned_to=self.context.user_id,
                lang=self.lang,
            )
        except RefusedTransition as exc:
            self.messages.error(exc.refused.message(self.lang))
            return
        except ServiceError as exc:
            self.messages.error(error_text(exc))
            return
        self.changed.emit()
        self.file_opened.emit(record.id)
        self.accept()

    def _end(self, status: str) -> None:
        try:
            self.context.services.cases.change_report_status(
                self.context.ring, self.report_id, status, lang=self.lang
            )
        except RefusedTransition as exc:
            self.messages.error(exc.refused.message(self.lang))
            return
        except ServiceError as exc:
            self.messages.error(error_text(exc))
            return
        self.status.setText(
            self.tr("The report is now: {status}.").format(
                status=code_label(self.taxonomy, "status", status, self.lang)
            )
        )
        self._ended()
        self.changed.emit()
