"""The recovery key: 32 random bytes written down as Crockford base32 groups with a check.

Format: the 256-bit key followed by a 19-bit check value, as one 275-bit number written in
55 Crockford base32 characters, in 11 groups of 5 joined by "-". The check value is chosen
so the whole number is divisible by the prime 2**19 - 1. Changing one character adds
d * 32**k (0 < |d| < 32) and swapping two neighbours adds (a - b) * 31 * 32**k; neither is
ever divisible by that prime, so every single typo and every neighbour swap is detected,
and a random mistake slips through about once in 500 000.
"""

from __future__ import annotations

from meldpunt.crypto.errors import InvalidRecoveryKey
from meldpunt.crypto.keys import KEY_BYTES, check_key, random_key

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U
_VALUES = {ch: i for i, ch in enumerate(ALPHABET)}
# Crockford's confusables: read O as zero and I, L as one.
_CONFUSABLES = str.maketrans({"O": "0", "I": "1", "L": "1"})
_IGNORED = frozenset("-_ \t\r\n\u00a0")

_CHECK_BITS = 19
_CHECK_PRIME = 2**_CHECK_BITS - 1  # a Mersenne prime, larger than 32
_KEY_BITS = KEY_BYTES * 8
_TOTAL_BITS = _KEY_BITS + _CHECK_BITS
CHARACTERS = _TOTAL_BITS // 5  # 55
GROUP_SIZE = 5
GROUPS = CHARACTERS // GROUP_SIZE  # 11
assert _TOTAL_BITS % 5 == 0 and CHARACTERS % GROUP_SIZE == 0


def new_recovery_key() -> bytes:
    """A fresh 32-byte recovery key."""
    return random_key()


def format_recovery_key(key: bytes) -> str:
    """The key as 11 groups of 5 characters, e.g. "7ZQ3M-...-K0R9T"; shown once, printed."""
    check_key(key, "recovery key")
    shifted = int.from_bytes(key, "big") << _CHECK_BITS
    number = shifted + (-shifted) % _CHECK_PRIME
    chars = [ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(CHARACTERS))]
    text = "".join(chars)
    return "-".join(text[i : i + GROUP_SIZE] for i in range(0, CHARACTERS, GROUP_SIZE))


def parse_recovery_key(text: str) -> bytes:
    """The key from typed text; case, spaces, line breaks, dashes and O/I/L are forgiven.

    Raises InvalidRecoveryKey naming what is wrong (length, a character's position, or a
    typo somewhere); the message never repeats the typed characters.
    """
    cleaned = "".join(ch for ch in text if ch not in _IGNORED and not ch.isspace())
    cleaned = cleaned.upper().translate(_CONFUSABLES)
    if len(cleaned) != CHARACTERS:
        raise InvalidRecoveryKey(
            f"A recovery key has {CHARACTERS} characters ({GROUPS} groups of {GROUP_SIZE}); "
            f"this one has {len(cleaned)}."
        )
    number = 0
    for position, ch in enumerate(cleaned, start=1):
        value = _VALUES.get(ch)
        if value is None:
            raise InvalidRecoveryKey(
                f"Character {position} of the recovery key is not one a recovery key uses."
            )
        number = (number << 5) | value
    check = number & _CHECK_PRIME  # the low 19 bits (the prime is all ones)
    if number % _CHECK_PRIME != 0 or check == _CHECK_PRIME:
        raise InvalidRecoveryKey(
            "The recovery key has a typo: please compare each group with the printed sheet."
        )
    return (number >> _CHECK_BITS).to_bytes(KEY_BYTES, "big")
