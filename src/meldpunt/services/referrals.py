"""Competence and referral: rule table, suggestions, consent, letters stored as evidence."""

from __future__ import annotations

import datetime as dt
import io
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from meldpunt.crypto.keyring import KeyRing
from meldpunt.crypto.keys import KeyClass
from meldpunt.domain.model import Report
from meldpunt.domain.referral import (
    ReferralAdvice,
    ReferralFacts,
    RuleTable,
    RuleTableError,
    default_rules_text,
    parse_rules,
    suggest,
)
from meldpunt.domain.taxonomy import Taxonomy, load_taxonomy
from meldpunt.reports.letters import (
    LETTER_KINDS,
    LETTER_LANGS,
    LetterContent,
    build_letter_pdf,
    default_template,
    fixed_text,
    long_date,
    render_template,
    template_problems,
)
from meldpunt.services.audit import AuditLog
from meldpunt.services.busy import in_transaction
from meldpunt.services.cases import CASE_ROLES
from meldpunt.services.casework import local_day
from meldpunt.services.clock import Clock, utc_now
from meldpunt.services.errors import AccessDenied, Conflict, InvalidInput, NotFound
from meldpunt.services.evidence import EvidenceInfo, EvidenceService
from meldpunt.storage.casework_repo import (
    ReferralRecord,
    ReferralRepository,
    TimelineRecord,
    TimelineRepository,
)
from meldpunt.storage.keystore import DataKeys
from meldpunt.storage.models import CaseFileRow, OfficeSetting, ReportRow, StaffUser
from meldpunt.storage.models_casework import LetterTemplateRow, ReferralBodyContactRow
from meldpunt.storage.reports_repo import ReportRepository
from meldpunt.storage.rows import put_setting

log = logging.getLogger(__name__)

__all__ = [
    "BodyContact",
    "LetterTemplate",
    "ReferralService",
    "RulesSource",
]

RULES_SETTING = "referral_rules"
LETTERHEAD_SETTING = "letter_letterhead"
OFFICE_NAME_SETTING = "office_name"
MAX_TEMPLATE_LENGTH = 20_000
MAX_RULES_LENGTH = 200_000
# Office-wide wording and rules are policy: the coordinator decides them.
EDITOR_ROLES = frozenset({"coordinator"})
PDF = "application/pdf"
RULES_CONFLICT = (
    "Someone else saved the referral rules after you opened them; nothing was "
    "overwritten. Reopen them to see the other change."
)
CONTACT_CONFLICT = (
    "Someone else saved these contact details after you opened them; nothing was "
    "overwritten. Reopen them to see the other change."
)
TEMPLATE_CONFLICT = (
    "Someone else saved this letter after you opened it; nothing was overwritten. "
    "Reopen it to see the other change."
)
FILE_TITLES = {
    "information": {
        "nl": "informatiebrief",
        "fr": "lettre-information",
        "en": "information-letter",
    },
    "referral": {"nl": "doorverwijzing", "fr": "reorientation", "en": "referral"},
}


@dataclass(frozen=True)
class RulesSource:
    """The rule table as text, with a revision for conflict checks; default when not edited."""

    text: str
    revision: int
    is_default: bool


@dataclass(frozen=True)
class BodyContact:
    body: str
    name: str = ""
    address: str = ""
    email: str = ""
    phone: str = ""
    version: int | None = None

    def lines(self) -> list[str]:
        return [line for line in (self.name, *self.address.splitlines(), self.email) if line]


@dataclass(frozen=True)
class LetterTemplate:
    kind: str
    lang: str
    text: str
    version: int | None  # None: the bundled text, not edited by the office

    @property
    def is_default(self) -> bool:
        return self.version is None


class ReferralService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        *,
        evidence: EvidenceService,
        taxonomy: Taxonomy | None = None,
        clock: Clock = utc_now,
        audit: AuditLog | None = None,
    ) -> None:
        self.sessions = sessions
        self.evidence = evidence
        self.taxonomy = taxonomy or load_taxonomy()
        self.clock = clock
        # The evidence service's log by default: letters are recorded in the same trail.
        self.audit = audit or evidence.audit

    # --- access ---------------------------------------------------------------------------

    @staticmethod
    def _check(ring: KeyRing) -> None:
        if ring.is_locked:
            raise AccessDenied("Meldpunt is locked; unlock it first.")
        if ring.role not in CASE_ROLES or not all(
            ring.holds(c) for c in (KeyClass.IDENTITY, KeyClass.SPECIAL, KeyClass.CASE)
        ):
            raise AccessDenied("Your role cannot refer reports.")

    @classmethod
    def _check_editor(cls, ring: KeyRing) -> None:
        cls._check(ring)
        if ring.role not in EDITOR_ROLES:
            raise AccessDenied("Only a coordinator can change the referral rules and letters.")

    # --- the rule table -------------------------------------------------------------------

    def rules_source(self) -> RulesSource:
        with self.sessions() as s:
            row = s.get(OfficeSetting, RULES_SETTING)
        if row is None:
            return RulesSource(default_rules_text(), 0, True)
        stored = json.loads(row.value)
        return RulesSource(str(stored["text"]), int(stored["revision"]), False)

    def rules(self) -> RuleTable:
        """The office's table; the bundled one when the office's no longer fits the taxonomy."""
        source = self.rules_source()
        try:
            return parse_rules(source.text, self.taxonomy)
        except RuleTableError:
            log.warning("The office's referral rules cannot be read; using the default rules")
            return parse_rules(default_rules_text(), self.taxonomy)

    def save_rules(self, ring: KeyRing, text: str, *, expected_revision: int) -> RulesSource:
        """Check and store the edited table; refused if someone saved another edit first."""
        self._check_editor(ring)
        if len(text) > MAX_RULES_LENGTH:
            raise InvalidInput("The rule table is too long.")
        try:
            parse_rules(text, self.taxonomy)
        except RuleTableError as exc:
            raise InvalidInput(
                "The rule table was not saved: {problem}", problem=str(exc)
            ) from None
        return self._store_rules(ring, text, expected_revision)

    def reset_rules(self, ring: KeyRing, *, expected_revision: int) -> RulesSource:
        self._check_editor(ring)
        return self._store_rules(ring, default_rules_text(), expected_revision, default=True)

    def _store_rules(
        self, ring: KeyRing, text: str, expected_revision: int, *, default: bool = False
    ) -> RulesSource:
        def work(s: Session) -> int:
            # Two desks saving the first revision at once: the second must see the first's.
            self.audit.claim(s, serialise=True)
            row = s.get(OfficeSetting, RULES_SETTING, with_for_update=True)
            revision = int(json.loads(row.value)["revision"]) if row else 0
            if revision != expected_revision:
                raise Conflict(RULES_CONFLICT)
            value = json.dumps({"revision": revision + 1, "text": text}, ensure_ascii=False)
            put_setting(s, RULES_SETTING, value)
            # The rule table itself holds no personal data, but it is not copied here either.
            self.audit.append(
                s,
                ring,
                "referral_rule.changed",
                detail=f"revision={revision + 1}" + (" default=yes" if default else ""),
            )
            return revision + 1

        revision = in_transaction(self.sessions, work)
        log.info("Referral rules saved%s", " (default)" if default else "")
        return RulesSource(text, revision, False)

    def suggest(self, ring: KeyRing, report_id: str) -> ReferralAdvice:
        self._check(ring)
        report = self._report(report_id, ring)
        return suggest(self.rules(), ReferralFacts.from_report(report), self.taxonomy)

    def _report(self, report_id: str, ring: KeyRing) -> Report:
        with self.sessions() as s:
            try:
                return ReportRepository(s, ring).get(report_id)
            except KeyError:
                raise NotFound("This report does not exist (any more).") from None

    # --- recording a referral -------------------------------------------------------------

    def record(
        self,
        ring: KeyRing,
        report_id: str,
        body: str,
        *,
        consent: bool,
        note: str = "",
        at: dt.datetime | None = None,
    ) -> ReferralRecord:
        """Record that the report was passed on (and whether the reporter consented).

        When the report is in a case file, the referral goes on the file's timeline.
        """
        self._check(ring)
        if not self.taxonomy.is_known("referral_body", body):
            raise InvalidInput("Choose a body to refer to.")
        now = self.clock()
        at = at or now

        def work(s: Session) -> ReferralRecord:
            self.audit.claim(s)
            row = s.get(ReportRow, report_id)
            if row is None:
                raise NotFound("This report does not exist (any more).")
            keys = DataKeys(s, ring)
            referral = ReferralRepository(keys).add(
                report_id=report_id,
                case_file_id=row.case_file_id,
                body=body,
                consent=consent,
                at=at,
                author_id=ring.user_id,
            )
            if row.case_file_id is not None:
                TimelineRepository(keys).add(
                    row.case_file_id,
                    action_type="referral",
                    at=at,
                    author_id=ring.user_id,
                    text=note.strip(),
                    now=now,
                    report_id=report_id,
                    ref_id=referral.id,
                )
            # The body is a code and the consent a yes/no; the note is never copied here.
            self.audit.append(
                s,
                ring,
                "referral.recorded",
                report_id,
                fields=["note"] if row.case_file_id is not None and note.strip() else (),
                detail=f"body={body} consent={'yes' if consent else 'no'} referral={referral.id}",
            )
            return referral

        referral = in_transaction(self.sessions, work)
        log.info("Referral recorded (%s, consent %s)", body, consent)
        return referral

    # --- contact details of bodies --------------------------------------------------------

    def contacts(self) -> dict[str, BodyContact]:
        with self.sessions() as s:
            rows = s.scalars(select(ReferralBodyContactRow))
            return {
                r.body: BodyContact(r.body, r.name, r.address, r.email, r.phone, r.version)
                for r in rows
            }

    def contact(self, body: str) -> BodyContact:
        return self.contacts().get(body) or BodyContact(body)

    def save_contact(self, ring: KeyRing, contact: BodyContact) -> BodyContact:
        """Store how the office reaches a body; ``contact.version`` is the one that was read."""
        self._check(ring)
        if not self.taxonomy.is_known("referral_body", contact.body):
            raise InvalidInput("Unknown body.")
        fields = {
            "name": contact.name.strip()[:200],
            "address": contact.address.strip()[:1000],
            "email": contact.email.strip()[:200],
            "phone": contact.phone.strip()[:64],
        }

        def work(s: Session) -> BodyContact:
            self.audit.claim(s)
            row = s.get(ReferralBodyContactRow, contact.body, with_for_update=True)
            if row is None:
                if contact.version is not None:
                    raise Conflict(CONTACT_CONFLICT)
                changed = [name for name, value in fields.items() if value]
                row = ReferralBodyContactRow(body=contact.body, updated_at=self.clock(), **fields)
                s.add(row)
            else:
                if row.version != contact.version:
                    raise Conflict(CONTACT_CONFLICT)
                changed = [name for name, value in fields.items() if getattr(row, name) != value]
                for name, value in fields.items():
                    setattr(row, name, value)
                row.updated_at = self.clock()
            s.flush()
            if changed:
                self.audit.append(
                    s,
                    ring,
                    "referral_contact.changed",
                    fields=changed,
                    detail=f"body={contact.body}",
                )
            return BodyContact(contact.body, version=row.version, **fields)

        try:
            saved = in_transaction(self.sessions, work)
        except (StaleDataError, IntegrityError):
            raise Conflict(CONTACT_CONFLICT) from None
        log.info("Contact details of a body saved")
        return saved

    # --- letter templates and letterhead --------------------------------------------------

    def template(self, kind: str, lang: str) -> LetterTemplate:
        if kind not in LETTER_KINDS or lang not in LETTER_LANGS:
            raise InvalidInput("Unknown letter or language.")
        with self.sessions() as s:
            row = s.get(LetterTemplateRow, (kind, lang))
            if row is not None:
                return LetterTemplate(kind, lang, row.text, row.version)
        return LetterTemplate(kind, lang, default_template(kind, lang), None)

    def save_template(
        self, ring: KeyRing, kind: str, lang: str, text: str, *, expected_version: int | None
    ) -> LetterTemplate:
        """Store the office's wording; ``expected_version`` None means it was the default."""
        self._check_editor(ring)
        if kind not in LETTER_KINDS or lang not in LETTER_LANGS:
            raise InvalidInput("Unknown letter or language.")
        if len(text) > MAX_TEMPLATE_LENGTH:
            raise InvalidInput("The letter text is too long.")
        problems = template_problems(kind, text)
        if problems:
            raise InvalidInput(
                "The letter was not saved: check {problems} in the text.",
                problems=", ".join(problems),
            )
        now = self.clock()

        def work(s: Session) -> LetterTemplate:
            self.audit.claim(s)
            row = s.get(LetterTemplateRow, (kind, lang), with_for_update=True)
            current = row.version if row is not None else None
            if current != expected_version:
                raise Conflict(TEMPLATE_CONFLICT)
            if row is None:
                row = LetterTemplateRow(
                    kind=kind, lang=lang, text=text, updated_at=now, updated_by=ring.user_id
                )
                s.add(row)
            else:
                row.text = text
                row.updated_at = now
                row.updated_by = ring.user_id
            s.flush()
            self.audit.append(
                s,
                ring,
                "letter_template.changed",
                fields=["text"],
                detail=f"kind={kind} lang={lang} version={row.version}",
            )
            return LetterTemplate(kind, lang, text, row.version)

        try:
            saved = in_transaction(self.sessions, work)
        except (StaleDataError, IntegrityError):
            raise Conflict(TEMPLATE_CONFLICT) from None
        log.info("Letter template saved (%s, %s)", kind, lang)
        return saved

    def reset_template(
        self, ring: KeyRing, kind: str, lang: str, *, expected_version: int | None
    ) -> LetterTemplate:
        """Back to the bundled wording: the office's row is removed (one row, by the ORM)."""
        self._check_editor(ring)

        def work(s: Session) -> None:
            self.audit.claim(s)
            row = s.get(LetterTemplateRow, (kind, lang), with_for_update=True)
            current = row.version if row is not None else None
            if current != expected_version:
                raise Conflict(TEMPLATE_CONFLICT)
            if row is not None:
                s.delete(row)
                self.audit.append(
                    s,
                    ring,
                    "letter_template.changed",
                    fields=["text"],
                    detail=f"kind={kind} lang={lang} default=yes",
                )

        try:
            in_transaction(self.sessions, work)
        except StaleDataError:
            raise Conflict(TEMPLATE_CONFLICT) from None
        return self.template(kind, lang)

    def letterhead(self) -> str:
        """Address, phone and e-mail of the office, printed under its name on every letter."""
        with self.sessions() as s:
            row = s.get(OfficeSetting, LETTERHEAD_SETTING)
            return row.value if row else ""

    def save_letterhead(self, ring: KeyRing, text: str) -> None:
        self._check_editor(ring)
        text = "\n".join(line.strip() for line in text.strip().splitlines())[:1000]

        def work(s: Session) -> None:
            self.audit.claim(s)
            row = s.get(OfficeSetting, LETTERHEAD_SETTING, with_for_update=True)
            if (row.value if row else "") == text:
                return
            put_setting(s, LETTERHEAD_SETTING, text)
            self.audit.append(s, ring, "letterhead.changed", fields=["letterhead"])

        in_transaction(self.sessions, work)

    # --- letters --------------------------------------------------------------------------

    def _office(self, s: Session, ring: KeyRing) -> tuple[str, list[str], str]:
        name = s.get(OfficeSetting, OFFICE_NAME_SETTING)
        head = s.get(OfficeSetting, LETTERHEAD_SETTING)
        user = s.get(StaffUser, ring.user_id) if ring.user_id else None
        return (
            name.value if name else "Meldpunt",
            head.value.splitlines() if head else [],
            user.display_name if user else "",
        )

    def _label(self, field: str, code: str | None, lang: str) -> str:
        if code and self.taxonomy.is_known(field, code):
            return self.taxonomy.label(field, code, lang)
        return ""

    def _labels(self, field: str, codes: Sequence[str], lang: str) -> str:
        return ", ".join(self._label(field, c, lang) for c in codes if c)

    def information_letter(
        self,
        ring: KeyRing,
        file_id: str,
        report_id: str,
        *,
        lang: str = "nl",
        note: str = "",
    ) -> tuple[EvidenceInfo, TimelineRecord]:
        """The information letter to the counterparty, stored as evidence and on the timeline.

        The reporter's name and the date of the facts are passed to the template only when
        the reporter allowed contact with the counterparty; otherwise they are not in the
        letter, whatever the template says.
        """
        self._check(ring)
        if lang not in LETTER_LANGS:
            raise InvalidInput("Unknown letter language.")
        now = self.clock()
        day = local_day(now)
        template = self.template("information", lang).text
        with self.sessions() as s:
            number = self._file_number(s, file_id, report_id)
            report = ReportRepository(s, ring).get(report_id)
            office, letterhead, caseworker = self._office(s, ring)
        allowed = report.wishes.may_contact_counterparty is True
        counterparty = report.counterparty
        values = {
            "office_name": office,
            "date": long_date(day, lang),
            "file_number": number,
            "recipient_name": counterparty.name or "",
            "counterparty_name": counterparty.name or "",
            "domain": self._label("domain", report.domain, lang),
            "caseworker": caseworker,
        }
        if allowed:
            values["reporter_name"] = report.reporter.display_name or ""
            values["incident_date"] = (
                long_date(report.incident.date, lang) if report.incident.date else ""
            )
        content = LetterContent(
            kind="information",
            lang=lang,
            office_name=office,
            office_lines=tuple(letterhead),
            recipient_lines=tuple(
                line
                for line in (counterparty.name, *(counterparty.address or "").splitlines())
                if line
            ),
            place_date=f"Leuven, {long_date(day, lang)}",
            reference=number,
            paragraphs=tuple(render_template(template, values, {"reporter_allowed": allowed})),
            created=_pdf_date(day),
        )
        pdf = build_letter_pdf(content)
        name = f"{FILE_TITLES['information'][lang]}-{number}-{day.isoformat()}.pdf"
        info = self.evidence.add_stream(
            ring, report_id, io.BytesIO(pdf), name, PDF, len(pdf), captured_at=now
        )

        def record_letter(s: Session) -> TimelineRecord:
            self.audit.claim(s)
            entry = TimelineRepository(DataKeys(s, ring)).add(
                file_id,
                action_type="information_letter",
                at=now,
                author_id=ring.user_id,
                text=note.strip() or name,
                now=now,
                report_id=report_id,
                ref_id=info.id,
            )
            # Personal data went into a document: an export, named by codes and ids only.
            self.audit.append(
                s,
                ring,
                "letter.exported",
                report_id,
                detail=(
                    f"kind=information lang={lang} evidence={info.id} "
                    f"reporter_named={'yes' if allowed else 'no'}"
                ),
            )
            return entry

        entry = in_transaction(self.sessions, record_letter)
        log.info("Information letter made and stored as evidence")
        return info, entry

    def referral_letter(
        self, ring: KeyRing, referral_id: str, *, lang: str | None = None
    ) -> EvidenceInfo:
        """The confidential referral letter in the reporter's language, stored as evidence.

        It carries personal data, so it is refused unless the reporter's consent to the
        transfer was recorded with the referral.
        """
        self._check(ring)
        now = self.clock()
        day = local_day(now)
        with self.sessions() as s:
            keys = DataKeys(s, ring)
            try:
                referral = ReferralRepository(keys).get(referral_id)
            except KeyError:
                raise NotFound("This referral does not exist (any more).") from None
            if not referral.consent:
                raise InvalidInput(
                    "The reporter did not consent to passing on their data: no referral "
                    "letter with personal data can be made. Record the consent first."
                )
            report = ReportRepository(s, ring, keys=keys).get(referral.report_id)
            row = s.get(ReportRow, referral.report_id)
            assert row is not None
            number = self._file_number(s, referral.case_file_id, referral.report_id)
            office, letterhead, caseworker = self._office(s, ring)
        lang = lang or _letter_language(report.reporter.language)
        if lang not in LETTER_LANGS:
            raise InvalidInput("Unknown letter language.")
        contact = self.contact(referral.body)
        recipient = contact.name or self._label("referral_body", referral.body, lang)
        consent_day = long_date(local_day(referral.at), lang)
        values = {
            "office_name": office,
            "date": long_date(day, lang),
            "file_number": number,
            "report_number": row.number,
            "recipient_name": recipient,
            "caseworker": caseworker,
            "consent_date": consent_day,
        }
        template = self.template("referral", lang).text
        content = LetterContent(
            kind="referral",
            lang=lang,
            office_name=office,
            office_lines=tuple(letterhead),
            recipient_lines=tuple(contact.lines() or [recipient]),
            place_date=f"Leuven, {long_date(day, lang)}",
            reference=number,
            paragraphs=tuple(render_template(template, values)),
            facts_heading=fixed_text("facts_heading", lang),
            facts=self._referral_facts(report, row.number, lang, consent_day),
            confidential=True,
            created=_pdf_date(day),
        )
        pdf = build_letter_pdf(content)
        body = referral.body.replace("_", "-")
        name = f"{FILE_TITLES['referral'][lang]}-{body}-{number}-{day.isoformat()}.pdf"
        info = self.evidence.add_stream(
            ring, referral.report_id, io.BytesIO(pdf), name, PDF, len(pdf), captured_at=now
        )

        def record_letter(s: Session) -> None:
            self.audit.claim(s)
            keys = DataKeys(s, ring)
            ReferralRepository(keys).set_letter(referral_id, info.id)
            self.audit.append(
                s,
                ring,
                "letter.exported",
                referral.report_id,
                detail=(
                    f"kind=referral lang={lang} body={referral.body} "
                    f"referral={referral_id} evidence={info.id}"
                ),
            )
            if referral.case_file_id is not None:
                TimelineRepository(keys).add(
                    referral.case_file_id,
                    action_type="evidence_added",
                    at=now,
                    author_id=ring.user_id,
                    text=name,
                    now=now,
                    report_id=referral.report_id,
                    ref_id=info.id,
                )

        in_transaction(self.sessions, record_letter)
        log.info("Referral letter made and stored as evidence")
        return info

    def _referral_facts(
        self, report: Report, number: str, lang: str, consent_day: str
    ) -> tuple[tuple[str, str], ...]:
        r, i, c = report.reporter, report.incident, report.counterparty
        name = r.legal_name or ""
        if r.chosen_name and r.chosen_name != r.legal_name:
            name = f"{r.chosen_name} ({r.legal_name})" if r.legal_name else r.chosen_name
        counterparty = "\n".join(
            part
            for part in (self._label("counterparty_type", c.type, lang), c.name, c.address)
            if part
        )
        rows = [
            ("report_number", number),
            ("received_on", long_date(report.received_on, lang) if report.received_on else ""),
            ("reporter_name", name),
            ("role", self._label("reporter_role", r.role, lang)),
            ("email", r.email or ""),
            ("phone", r.phone or ""),
            ("address", r.address or ""),
            ("language", self._label("language", r.language, lang)),
            ("incident", long_date(i.date, lang) if i.date else ""),
            ("place", ", ".join(p for p in (self._label("area", i.area, lang), i.place) if p)),
            ("domain", self._label("domain", report.domain, lang)),
            ("criteria", self._labels("criteria", report.criteria, lang)),
            ("forms", self._labels("forms", report.forms, lang)),
            ("counterparty", counterparty),
            ("narrative", report.narrative or ""),
            ("consent", fixed_text("consent.given", lang, date=consent_day)),
        ]
        return tuple((fixed_text(f"fact.{key}", lang), value) for key, value in rows)

    @staticmethod
    def _file_number(s: Session, file_id: str | None, report_id: str) -> str:
        if file_id is not None:
            number = s.scalar(select(CaseFileRow.number).where(CaseFileRow.id == file_id))
            if number is None:
                raise NotFound("This case file does not exist (any more).")
            linked = s.scalar(select(ReportRow.case_file_id).where(ReportRow.id == report_id))
            if linked != file_id:
                raise InvalidInput("That report is not part of this case file.")
            return number
        number = s.scalar(select(ReportRow.number).where(ReportRow.id == report_id))
        if number is None:
            raise NotFound("This report does not exist (any more).")
        return number

    def letter_bytes(self, ring: KeyRing, evidence_id: str) -> bytes:
        """A stored letter (or any evidence file), decrypted, for viewing or saving."""
        self._check(ring)
        return b"".join(self.evidence.read(ring, evidence_id))


def _letter_language(reporter_language: str | None) -> str:
    """The reporter's language when a letter can be written in it, else Dutch."""
    return reporter_language if reporter_language in LETTER_LANGS else "nl"


def _pdf_date(day: dt.date) -> str:
    return f"D:{day:%Y%m%d}000000+00'00'"
