"""Errors a service raises on purpose; each message is meant for the person at the desk."""

from __future__ import annotations


class ServiceError(Exception):
    """A known problem with a message for people (not a bug)."""


class AccessDenied(ServiceError):
    pass


class NotFound(ServiceError):
    pass


class Conflict(ServiceError):
    pass


class TooManyAttempts(ServiceError):
    def __init__(self, seconds: int) -> None:
        super().__init__(f"Too many failed attempts. Wait {seconds} seconds before trying again.")
        self.seconds = seconds


class InvalidInput(ServiceError):
    pass
