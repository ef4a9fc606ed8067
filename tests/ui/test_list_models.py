"""The list models (library, its filter, clients, plans, sent log) pass qtmodeltester and show what they should."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt

from designer.domain import Client, Plan, SentRecord
from designer.library import Library
from designer.ui.mime import EXERCISE_IDS_MIME, exercise_ids_from_mime
from designer.ui.models.library_model import ExerciseIdRole, LibraryFilter, LibraryModel
from designer.ui.models.record_lists import ClientListModel, PlanListModel, SentLogModel, SubtitleRole
from designer.ui.thumbnails import Thumbnails


def _ids(proxy: LibraryFilter) -> list[str]:
    return [proxy.index(row, 0).data(ExerciseIdRole) for row in range(proxy.rowCount())]


def test_library_model_and_filter(qtbot: Any, qtmodeltester: Any, library: Library) -> None:
    model = LibraryModel(library.all(), Thumbnails(QSize(64, 32)))
    qtmodeltester.check(model)
    proxy = LibraryFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_search("bridge")
    assert set(_ids(proxy)) == {e.id for e in library.search("bridge")}
    proxy.set_search("glute BRIDGE single")
    assert _ids(proxy) == ["single-leg-bridge"]
    proxy.set_search("")
    proxy.set_category("Carries")
    assert set(_ids(proxy)) == {e.id for e in library.search(category="Carries")}
    proxy.set_category("")
    proxy.set_equipment("Kettlebell")
    assert set(_ids(proxy)) == {e.id for e in library.search(equipment="kettlebell")}
    proxy.set_level("challenging")
    assert set(_ids(proxy)) == {e.id for e in library.search(equipment="kettlebell", level="challenging")}
    qtmodeltester.check(proxy)
    # Accents and apostrophes are folded as the library's own search does.
    proxy.set_equipment("")
    proxy.set_level("")
    proxy.set_search("farmers")
    assert "farmers-carry" in _ids(proxy)


def test_library_drag_carries_exercise_ids(library: Library) -> None:
    model = LibraryModel(library.all())
    rows = [model.index(model.row_of("dead-bug"), 0), model.index(model.row_of("bird-dog"), 0)]
    data = model.mimeData(rows)
    assert data.hasFormat(EXERCISE_IDS_MIME)
    assert sorted(exercise_ids_from_mime(data)) == ["bird-dog", "dead-bug"]
    assert model.flags(rows[0]) & Qt.ItemFlag.ItemIsDragEnabled
    assert model.supportedDragActions() == Qt.DropAction.CopyAction


def test_record_lists(qtmodeltester: Any, store: Any, client: Client) -> None:
    store.save_client(Client(name="Bea Jones", phone="01632 960 555"))
    clients = ClientListModel(store.list_clients())
    qtmodeltester.check(clients)
    assert [clients.index(r, 0).data() for r in range(2)] == ["Bea Jones", "Margaret Ellis"]
    assert clients.index(1, 0).data(SubtitleRole) == "margaret@example.com · no plans"
    first = store.save_plan(Plan(title="First", client_id=client.id))
    plans = PlanListModel(store.list_plans(client.id))
    qtmodeltester.check(plans)
    assert plans.index(0, 0).data() == "First"
    assert plans.index(0, 0).data(SubtitleRole).startswith("0 exercises · changed today")
    store.record_sent(
        client.id,
        SentRecord(
            sent_at="2026-03-02T10:00:00+00:00",
            to="margaret@example.com",
            plan_id=first.id,
            plan_title="First",
            plan_revision=1,
            method="smtp",
        ),
    )
    store.record_sent(
        client.id,
        SentRecord(
            sent_at="2026-03-09T10:00:00+00:00",
            to="",
            plan_id=first.id,
            plan_title="First",
            plan_revision=2,
            method="saved",
        ),
    )
    sent = SentLogModel()
    sent.set_rows(store.sent_log(client.id))
    qtmodeltester.check(sent)
    assert sent.index(0, 0).data() == "First (version 2)"
    assert sent.index(0, 0).data(SubtitleRole).startswith("saved as PDF · 9 Mar 2026")
    assert sent.index(1, 0).data(SubtitleRole).startswith("emailed to margaret@example.com · 2 Mar 2026")
