"""The SMTP password lives in the system keyring, or is asked for when there is none."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null

from designer.domain import MailSettings, Security
from designer.mail import MailError, delete_password, get_password, keyring_available, set_password
from designer.mail.passwords import SERVICE, account_name

SETTINGS = MailSettings(
    host="smtp.example.com", port=587, security=Security.STARTTLS, user="frontdesk@springback.example"
)


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps passwords in memory: the real keyring interface without touching the system's."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.passwords:
            raise keyring.errors.PasswordDeleteError("not stored")
        del self.passwords[(service, username)]


class LockedKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("the keyring stayed locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("the keyring stayed locked")


@pytest.fixture
def use_keyring() -> Iterator:
    """``use_keyring(backend)`` for one test; the previous keyring comes back afterwards."""
    previous = keyring.get_keyring()
    yield keyring.set_keyring
    keyring.set_keyring(previous)


def test_the_password_goes_into_the_keyring_under_our_service(use_keyring):
    memory = MemoryKeyring()
    use_keyring(memory)
    assert keyring_available()
    set_password(SETTINGS, "Physio£2024")
    assert memory.passwords == {(SERVICE, "frontdesk@springback.example@smtp.example.com"): "Physio£2024"}
    assert SERVICE == "ProgrammeDesigner SMTP"
    assert get_password(SETTINGS) == "Physio£2024"
    delete_password(SETTINGS)
    assert get_password(SETTINGS) is None
    delete_password(SETTINGS)  # forgetting twice is fine


def test_two_servers_keep_two_passwords(use_keyring):
    use_keyring(MemoryKeyring())
    other = MailSettings(host="SMTP.other.example", user="frontdesk@springback.example")
    set_password(SETTINGS, "first")
    set_password(other, "second")
    assert (get_password(SETTINGS), get_password(other)) == ("first", "second")
    assert account_name(other) == "frontdesk@springback.example@smtp.other.example"


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()])
def test_without_a_real_keyring_the_password_is_asked_for(use_keyring, backend):
    use_keyring(backend)
    assert not keyring_available()
    assert get_password(SETTINGS) is None
    with pytest.raises(MailError) as failure:
        set_password(SETTINGS, "secret")
    assert failure.value.kind == "keyring"
    assert "asked for at each send" in failure.value.message


def test_a_locked_keyring_means_asking_not_crashing(use_keyring):
    use_keyring(LockedKeyring())
    assert get_password(SETTINGS) is None
    with pytest.raises(MailError) as failure:
        set_password(SETTINGS, "secret")
    assert failure.value.kind == "keyring"


def test_no_user_means_no_password(use_keyring):
    memory = MemoryKeyring()
    use_keyring(memory)
    no_user = MailSettings(host="smtp.example.com")
    assert get_password(no_user) is None
    with pytest.raises(MailError) as failure:
        set_password(no_user, "secret")
    assert failure.value.kind == "settings"
    assert memory.passwords == {}
