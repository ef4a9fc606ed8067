"""The first start: a short, skippable set-up of the clinic's details, offered once and reachable again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from designer.domain import Clinic


class SetUpDialogs:
    """Every set-up dialog the window opens, each answered at once by ``answer`` (by default: skipped)."""

    def __init__(self) -> None:
        self.opened: list[Any] = []
        self.answer: Any = lambda dialog: 0


@pytest.fixture
def setup_dialog(monkeypatch: pytest.MonkeyPatch) -> SetUpDialogs:
    from designer.ui.dialogs.first_setup_dialog import FirstSetupDialog

    dialogs = SetUpDialogs()

    def exec_dialog(dialog: FirstSetupDialog) -> int:
        dialogs.opened.append(dialog)
        return int(dialogs.answer(dialog))

    monkeypatch.setattr(FirstSetupDialog, "exec", exec_dialog)
    return dialogs


def fill_in(dialog: Any) -> int:
    dialog.name.setText("Springback Rehab")
    dialog.therapist.setText("Tom Reid")
    dialog.booking_link.setText("https://springback.example/book")
    dialog.phone.setText("01632 960 123")
    dialog.email.setText("hello@springback.example")
    assert dialog.save.isEnabled() and not dialog.problem.text()
    dialog.accept()
    return int(dialog.result())


def test_the_first_start_offers_the_set_up_once_and_keeps_what_is_typed(
    make_window: Any, store: Any, setup_dialog: SetUpDialogs
) -> None:
    opened = setup_dialog.opened
    setup_dialog.answer = fill_in
    window = make_window()
    window.show()
    assert store.get_clinic().name == Clinic().name
    window.clinic_actions.offer_first_setup()
    assert len(opened) == 1
    # The placeholder name is not offered as text to keep.
    clinic = store.get_clinic()
    assert (clinic.name, clinic.therapist, clinic.phone) == ("Springback Rehab", "Tom Reid", "01632 960 123")
    assert clinic.booking_link == "https://springback.example/book" and clinic.email == "hello@springback.example"
    assert window.state.clinic == clinic
    window.clinic_actions.offer_first_setup()
    assert len(opened) == 1  # offered once
    # Settings → Set up the clinic… brings it back, with what was saved.
    setup_dialog.answer = lambda dialog: 0
    window.menu_actions.set_up_clinic.trigger()
    assert len(opened) == 2 and opened[1].name.text() == "Springback Rehab"


def test_skipping_leaves_the_clinic_as_it_was_and_is_not_asked_again(
    make_window: Any, store: Any, setup_dialog: SetUpDialogs
) -> None:
    opened = setup_dialog.opened
    window = make_window()
    window.clinic_actions.offer_first_setup()
    assert opened == []  # not while the window is not on screen (closing, or never shown)
    window.show()
    window.clinic_actions.offer_first_setup()
    assert len(opened) == 1 and opened[0].name.text() == ""
    assert store.get_clinic() == Clinic()
    window.clinic_actions.offer_first_setup()
    assert len(opened) == 1


def test_a_clinic_already_named_is_not_asked(make_window: Any, store: Any, setup_dialog: SetUpDialogs) -> None:
    store.save_clinic(Clinic(name="Springback Rehab"))
    window = make_window()
    window.show()
    window.clinic_actions.offer_first_setup()
    assert setup_dialog.opened == []


def test_what_is_not_right_is_said_beside_the_form_and_save_waits(
    qtbot: Any, store: Any, messages: Any, tmp_path: Path
) -> None:
    from designer.ui.dialogs.first_setup_dialog import FirstSetupDialog

    dialog = FirstSetupDialog(Clinic(), store)
    qtbot.addWidget(dialog)
    assert not dialog.save.isEnabled() and "Clinic name" in dialog.problem.text()
    dialog.name.setText("Your Clinic")
    assert "placeholder" in dialog.problem.text() and not dialog.save.isEnabled()
    dialog.name.setText("Springback Rehab")
    dialog.email.setText("not an address")
    assert "Email" in dialog.problem.text() and not dialog.save.isEnabled()
    dialog.accept()
    assert dialog.result() == 0 and dialog.email.text() == "not an address"  # kept, with its reason beside it
    dialog.email.setText("hello@springback.example")
    assert dialog.save.isEnabled() and dialog.problem.text() == ""

    # A logo: a real picture is kept; a broken file is refused in words, and nothing else changes.
    good = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), "#2A6F6B").save(good)
    assert dialog.use_logo_file(good)
    assert dialog.logo_picture.pixmap() is not None and not dialog.logo_picture.pixmap().isNull()
    kept = dialog.clinic().logo
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not a picture")
    assert not dialog.use_logo_file(broken)
    assert "cannot be used as the logo" in messages.texts()
    assert dialog.clinic().logo == kept
