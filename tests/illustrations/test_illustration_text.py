"""The drawing agrees with its exercise's words: where the set-up or the steps say where the hands, feet, back or
seat are, the drawing declares that contact (and the checks then hold the picture to it)."""

from __future__ import annotations

import re

import pytest

from designer.illustrations.describe import Drawing, PropKind
from designer.illustrations.poses import DRAWINGS
from designer.library import load_builtin_exercises

EXERCISES = {exercise.id: exercise for exercise in load_builtin_exercises()}

# Words in the set-up or steps, and the contacts they ask for: (part, what it rests on), where the part is a
# body part without its side ("hand" is either hand) and "|" separates what it may rest on.
RULES: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (r"lie on your back", (("back", "floor"),)),
    # "Walk your feet back" (incline push-up) places the feet, it does not say they are flat: leaning that far,
    # the heels lift and the toes take the weight.
    (r"feet flat|foot flat|feet hip-width apart|stand tall|\bwalk\b(?! your feet back)", (("foot", "floor"),)),
    (r"place one whole foot on the step", (("foot", "step"),)),
    (
        r"hands? on (?:the front of )?your hips|hand on your hip|fingertips just inside your hip bones",
        (("hand", "hip_front|hip_r|hip_l"),),
    ),
    (r"one hand on your chest and one on your belly", (("hand", "chest"), ("hand", "belly"))),
    (r"hands on your tummy(?! or by your sides)", (("hand", "belly"),)),
    (r"hands on your tummy or by your sides", (("hand", "belly|floor"),)),
    (r"one hand on your belly and one on your side", (("hand", "belly"), ("hand", "hip_l|hip_r"))),
    (r"hands on your lower ribs", (("hand", "ribs"),)),
    (r"rest on your forearms?", (("forearm", "floor"),)),
    (r"rest your forearms or hands on it", (("forearm|hand", "worktop|bench"),)),
    (r"back against a sturdy bench", (("back", "bench"),)),
    (r"near the front of a (?:firm )?chair", (("seat", "chair"),)),
    (
        r"sit tall in a comfortable chair|sitting bones on the chair|touch the chair with your bottom",
        (("seat", "chair"),),
    ),
    (r"hands on the wall", (("hand", "wall"),)),
    (r"hands on its edge", (("hand", "worktop"),)),
    (r"forehead resting on your stacked hands", (("head", "hand_r|hand_l"),)),
    (
        r"rest one hand on (?:a sturdy bench or chair seat|its back)|hold it with one hand|a chair beside you to hold",
        (("hand", "chair"),),
    ),
    (r"hands on the floor behind you", (("hand", "floor"),)),
    (r"hands and knees", (("hand", "floor"), ("knee", "floor"))),
    (r"arms by your sides, palms down", (("hand", "floor"),)),
    (r"calves resting on the seat of a chair", (("shank", "chair"),)),
    (r"kneel on one knee on a cushion", (("knee", "pillow"),)),
    (r"hands in your lap", (("hand", "thigh_r|thigh_l"),)),
    (r"head on (?:a pillow|your lower arm or a cushion)", (("head", "pillow|upper_arm_r"),)),
    (r"kettlebell close to your chest with both hands", (("hand_r", "kettlebell"), ("hand_l", "kettlebell"))),
    (r"dumbbell across your hips and hold it there with both hands", (("hand_r", "dumbbell"), ("hand_l", "dumbbell"))),
    (
        r"one hand behind your neck and one at the small of your back",
        (("hand", "behind_neck"), ("hand", "behind_waist")),
    ),
    (r"until your bottom touches the wall", (("seat", "wall"),)),
    (r"tuck your toes under", (("toes", "floor"),)),
    (r"top hand on your hip|other hand on your hip", (("hand", "hip_l|hip_r"),)),
    (r"cross one ankle over the opposite knee", (("heel", "knee_r|knee_l"),)),
    (r"hold the back of the thigh", (("hand", "thigh_r|thigh_l"),)),
    (r"knee up towards your chest and hold it with both hands", (("hand", "knee_r|knee_l"),)),
    (r"kettlebell on the floor between your feet", (("hand", "kettlebell"),)),
    (r"hold the box firmly with both hands", (("hand_r", "box"), ("hand_l", "box"))),
    (
        r"kettlebell or a shopping bag in one hand|kettlebell or dumbbell in one hand|pick it up",
        (("hand", "kettlebell"),),
    ),
    (r"one in each hand", (("hand_r", "kettlebell"), ("hand_l", "kettlebell"))),
    (r"dumbbell in each hand", (("hand_r", "dumbbell"), ("hand_l", "dumbbell"))),
    (r"holding a light dumbbell|dumbbell in your free hand", (("hand", "dumbbell"),)),
    (r"rest your good hand on it|rest your sore hand on it", (("hand", "worktop"),)),
    (r"back of your wrist against the wall", (("hand", "wall"),)),
    (r"light dumbbell in your top hand", (("hand", "dumbbell"),)),
    (r"rest your head on the mat(?!, or on a thin folded towel)", (("head", "floor"),)),
    (r"forehead on a folded towel", (("head", "pillow"),)),
    (r"hold the side of the chair seat", (("hand", "chair"),)),
    (r"hand on the (?:top|back) of your head|palm of one hand on your forehead", (("hand", "head"),)),
    (r"just above the elbow with your other hand", (("hand", "elbow_r|elbow_l"),)),
    (r"hand on the (?:kitchen )?counter", (("hand", "worktop"),)),
    (r"hand on the wall", (("hand", "wall"),)),
    (r"knee against a folded pillow", (("knee", "pillow"),)),
    (r"foot on the bottom stair", (("foot", "step"),)),
    (r"rest your forearm on your thigh", (("forearm", "thigh_r|thigh_l"),)),
    (r"other hand on the back of your hand", (("hand", "hand_r|hand_l"),)),
    (r"hold a light dumbbell", (("hand", "dumbbell"),)),
    (r"place your hands flat on the floor", (("hand", "floor"),)),
    # Knee exercises (issue 12).
    (r"small rolled towel under the knee", (("knee", "pillow"),)),
    (r"rolled towel under the heel", (("heel", "pillow"),)),
    (r"sit tall in a firm chair", (("seat", "chair"),)),
    (r"hands resting on the worktop", (("hand", "worktop"),)),
    (r"back flat against a wall", (("back", "wall"),)),
    (r"sit on the seat with your hands on the handlebars", (("seat", "box"),)),
    (r"stand side-on on the bottom stair or a low step", (("foot", "step"),)),
    # The first days after an operation (issue 12): a rail, a stick and a walking frame are held.
    (r"hands on the arms of the chair", (("hand", "chair"),)),
    (r"one hand on the rail", (("hand", "dowel"),)),
    (r"hold (?:the|your) stick", (("hand", "dowel"),)),
    (r"both hands on the frame's hand grips", (("hand_r", "dowel"), ("hand_l", "dowel"))),
    (r"rolled towel or a firm cushion under the operated knee", (("knee", "pillow"),)),
    (r"foot of your operated leg on the second stair", (("foot", "step"),)),
    # Ankle, foot and balance: the kitchen counter the client holds, sitting on the floor, a cushion underfoot,
    # and walking on the heels or the toes.
    (r"one hand on its edge|fingertips of one hand on its edge|hands on the counter's edge", (("hand", "worktop"),)),
    (r"sit on the floor", (("seat", "floor"),)),
    (r"stand on the cushion", (("foot", "pillow"),)),
    (r"so you stand on your heels", (("heel", "floor"),)),
    (r"rise up onto the balls of your feet", (("toes", "floor"),)),
    # Either resting place the text offers (session 6): the mat, or a thin folded towel on it.
    (r"rest your head on the mat, or on a thin folded towel", (("head", "floor|pillow"),)),
)


def words(exercise_id: str) -> str:
    exercise = EXERCISES[exercise_id]
    return " ".join([*exercise.setup, *exercise.steps]).lower()


def declared(drawing: Drawing) -> set[tuple[str, str]]:
    return {(contact.part, contact.on) for position in drawing.positions for contact in position.contacts}


def has(contacts: set[tuple[str, str]], part: str, on: str) -> bool:
    parts, surfaces = part.split("|"), on.split("|")
    return any(
        (have_part == wanted or have_part.rsplit("_", 1)[0] == wanted) and have_on in surfaces
        for have_part, have_on in contacts
        for wanted in parts
    )


def test_every_drawing_has_its_exercise_text() -> None:
    assert set(DRAWINGS) == set(EXERCISES)


@pytest.mark.parametrize("exercise_id", sorted(EXERCISES))
def test_the_drawing_declares_the_contacts_its_text_describes(exercise_id: str) -> None:
    text, contacts = words(exercise_id), declared(DRAWINGS[exercise_id])
    matched = [(pattern, wanted) for pattern, wanted in RULES if re.search(pattern, text)]
    assert matched, f"{exercise_id}: its text says nothing these rules know about where the body rests"
    for pattern, wanted in matched:
        for part, on in wanted:
            assert has(contacts, part, on), f"{exercise_id}: the text says '{pattern}', so {part} rests on {on}"


def test_the_rules_are_not_blind() -> None:
    """A drawing without the hand on the belly that its text asks for is caught."""
    contacts = declared(DRAWINGS["belly-breathing"])
    assert has(contacts, "hand", "belly")
    assert not has({pair for pair in contacts if pair[1] != "belly"}, "hand", "belly")


@pytest.mark.parametrize("exercise_id", ["goblet-squat", "goblet-carry"])
def test_the_goblet_kettlebell_is_held_at_the_chest_with_both_hands(exercise_id: str) -> None:
    for position in DRAWINGS[exercise_id].positions:
        bells = [prop for prop in position.props if prop.kind == PropKind.KETTLEBELL]
        assert bells and all(bell.at.body == "chest" for bell in bells), "held at the chest, not by one hand"


@pytest.mark.parametrize("exercise_id", ["band-row", "pallof-press", "pallof-hold"])
def test_band_exercises_show_the_anchor_and_the_band(exercise_id: str) -> None:
    for position in DRAWINGS[exercise_id].positions:
        kinds = [prop.kind for prop in position.props]
        assert PropKind.ANCHOR in kinds and PropKind.BAND in kinds
