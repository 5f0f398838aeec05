"""Errors a service raises on purpose; each message is meant for the person at the desk.

A message is an English template with named ``{placeholders}``: ``str(exc)`` fills it in (the
command line and the log show that), and the desk translates ``exc.template`` and fills in
``exc.params`` itself (``meldpunt.ui.service_errors``). The English text is the key, as in
Qt: a new or changed template needs its translations. Parameters are numbers, codes and
user names, never personal data from a report.
"""

from __future__ import annotations


class ServiceError(Exception):
    """A known problem with a message for people (not a bug)."""

    def __init__(self, message: str = "", /, **params: object) -> None:
        # Without parameters the message is taken as it is: braces in it are not placeholders.
        super().__init__(message.format(**params) if params else message)
        self.template = message
        self.params: dict[str, object] = params


class AccessDenied(ServiceError):
    pass


class NotFound(ServiceError):
    pass


class Conflict(ServiceError):
    pass


class TooManyAttempts(ServiceError):
    def __init__(self, seconds: int) -> None:
        super().__init__(
            "Too many failed attempts. Wait {seconds} seconds before trying again.",
            seconds=seconds,
        )
        self.seconds = seconds


class InvalidInput(ServiceError):
    pass
