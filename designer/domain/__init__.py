"""The designer's domain: exercises, prescriptions, plans, stages, clients and the clinic.

Plain, typed dataclasses with their validation.  Nothing here touches Qt,
files or ReportLab, so everything above can rely on it and test it alone.
"""

from .client import Client, check_email, is_email, new_id
from .clinic import Clinic, Delivery, Layout, MailSettings, PaperSize, Security, SignIn
from .dose import Frequency, Range, Side
from .errors import Problem, ValidationError
from .exercise import Exercise, Illustration, Level, is_exercise_id, make_exercise_id
from .load import Kilograms
from .plan import RECOMMENDED_MAX_EXERCISES, Plan, PlanItem, Stage
from .precautions import CONDITIONS, MOVEMENTS, Condition, PrecautionConflict, precaution_conflicts
from .prescription import Prescription
from .regions import CATEGORIES, CATEGORIES_BY_REGION, REGIONS, find_region, region_of_category
from .sent import SentRecord
from .tempo import Tempo, explain_tempo

__all__ = [
    "CATEGORIES",
    "CATEGORIES_BY_REGION",
    "CONDITIONS",
    "MOVEMENTS",
    "RECOMMENDED_MAX_EXERCISES",
    "REGIONS",
    "Client",
    "Clinic",
    "Condition",
    "Delivery",
    "Exercise",
    "Frequency",
    "Illustration",
    "Kilograms",
    "Layout",
    "Level",
    "MailSettings",
    "PaperSize",
    "Plan",
    "PlanItem",
    "PrecautionConflict",
    "Prescription",
    "Problem",
    "Range",
    "Security",
    "SentRecord",
    "Side",
    "SignIn",
    "Stage",
    "Tempo",
    "ValidationError",
    "check_email",
    "explain_tempo",
    "find_region",
    "is_email",
    "is_exercise_id",
    "make_exercise_id",
    "new_id",
    "precaution_conflicts",
    "region_of_category",
]
