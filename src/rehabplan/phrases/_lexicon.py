"""
The vocabulary of the phrase language, as data.

Every word the parser knows maps to a *symbol*: a canonical lower-case word ("day",
"sec", "each") or an upper-case class (``N`` a number, ``DOW`` a weekday, ``TIME`` a
clock time, ``DATE`` a date, ``MONTH`` a month name). The grammar (`_grammar`) is
written over symbols, so "secs", "seconds" and "s" are one word to it.

Clinical abbreviations follow the usual Latin-derived prescription conventions:
OD/QD *omni die* (once daily), BD/BID *bis in die* (twice daily), TDS *ter die
sumendum* and TID *ter in die* (three times), QDS *quater die sumendum* and QID
(four times), QOD every other day, qNh every N hours, mane (morning), nocte (at
night), HS *hora somni* (bedtime), PRN *pro re nata* (as needed), SOS *si opus sit*
(if needed). HL7 FHIR's TimingAbbreviation codes (BID, TID, QID, AM, PM, QD, QOD,
Q4H, BED, WK, JB, ...) are read when they stand alone as the whole phrase.
"""

from __future__ import annotations

__all__ = [
    "ABBREVIATIONS",
    "AMBIGUOUS_ABBREVIATIONS",
    "BEFORE_DIRECTIONS",
    "COUNT_WORDS",
    "DAY_LETTERS",
    "DIRECTIONS",
    "DOTTED_ABBREVIATIONS",
    "ENGLISH_LOOKALIKES",
    "EVENTS",
    "EVENTS_NAMED_LAST",
    "EXERCISE_NOUNS",
    "EXERCISE_WORDS",
    "FILLERS",
    "HOW_IT_IS_DONE",
    "KEYWORDS",
    "LOCOMOTION",
    "MEDICATION_WORDS",
    "MEDICINE_NAMES",
    "MISSPELLINGS",
    "MONTHS",
    "NEEDING_WORDS",
    "NUMBER_WORDS",
    "SLOT_WORDS",
    "SPORTS",
    "STEP_OR_CHECK_STEMS",
    "SUPPLIES",
    "SYMBOLS",
    "SYMPTOMS",
    "TURNING",
    "WEEKDAYS",
    "WHOLE_PHRASE_CODES",
    "WHOLE_ROUTINE",
    "WORN",
]

#: Numbers written as words.
NUMBER_WORDS: dict[str, int] = {
    "zero": 0,
    "nought": 0,
    "naught": 0,
    "nil": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "dozen": 12,
}

#: Words that are a count of times: "twice" is "2 times".
COUNT_WORDS: dict[str, int] = {"once": 1, "twice": 2, "thrice": 3}

#: Ordinals, as in "every third day".
ORDINALS: dict[str, int] = {
    "other": 2,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "fifth": 5,
    "5th": 5,
    "sixth": 6,
    "seventh": 7,
}

#: Word -> symbol. Words not listed here are their own symbol.
SYMBOLS: dict[str, str] = {
    # "90 percent" is "90%": a share, never a length
    "percent": "%",
    # units of time
    "s": "sec",
    "sec": "sec",
    "secs": "sec",
    "seconds": "sec",
    "second": "second",
    "min": "min",
    "mins": "min",
    "minute": "min",
    "minutes": "min",
    "mn": "min",
    "h": "hour",
    "hr": "hour",
    "hrs": "hours",
    "hour": "hour",
    "hours": "hours",
    "hourly": "hourly",
    "hrly": "hourly",
    "hly": "hourly",
    "d": "day",
    "day": "day",
    "days": "days",
    "dy": "day",
    "dys": "days",
    "daily": "daily",
    "dly": "daily",
    "everyday": "everyday",
    "w": "week",
    "wk": "week",
    "wks": "weeks",
    "week": "week",
    "weeks": "weeks",
    "weekly": "weekly",
    "wkly": "weekly",
    "mo": "month",
    "mth": "month",
    "mths": "months",
    "month": "month",
    "months": "months",
    "monthly": "monthly",
    "year": "year",
    "years": "years",
    "yr": "year",
    "yrs": "years",
    "night": "night",
    "nights": "nights",
    "nightly": "nightly",
    "tonight": "tonight",
    "fortnight": "fortnight",
    "fortnights": "fortnights",
    "fortnightly": "fortnightly",
    # twice a period, or every other one: asked ("semi-weekly" is twice a week)
    "biweekly": "bi-period",
    "bidaily": "bi-period",
    "bimonthly": "bi-period",
    "triweekly": "tri-period",
    "trimonthly": "tri-period",
    "semiweekly": "semiweekly",
    # counting
    "x": "x",
    "times": "x",
    "x's": "x",
    "time": "time",
    "timesa": "x",
    "rep": "reps",
    "reps": "reps",
    "repetition": "reps",
    "repetitions": "reps",
    "repeats": "reps",
    "rpt": "reps",
    "strokes": "reps",
    "set": "sets",
    "sets": "sets",
    "rounds": "sets",
    "batches": "sets",
    "series": "sets",
    "lots": "sets",
    "circuit": "sets",
    "circuits": "sets",
    "session": "session",
    "sessions": "session",
    "dose": "session",
    "doses": "session",
    "workout": "session",
    "workouts": "session",
    "bout": "session",
    "bouts": "session",
    # per words
    "per": "per",
    "p": "per",
    "a": "a",
    "an": "a",
    "each": "each",
    "every": "each",
    "ea": "ea",
    "eachday": "eachday",
    "q": "q",
    # sides
    "side": "side",
    "sides": "sides",
    "leg": "leg",
    "legs": "legs",
    "arm": "leg",
    "arms": "legs",
    "foot": "leg",
    "feet": "legs",
    "knee": "leg",
    "knees": "legs",
    "hip": "leg",
    "hips": "legs",
    "shoulder": "leg",
    "shoulders": "legs",
    "hand": "leg",
    "hands": "legs",
    "fist": "leg",
    "ankle": "leg",
    "ankles": "legs",
    "limb": "leg",
    "limbs": "legs",
    "calf": "leg",
    "calves": "legs",
    "elbow": "leg",
    "wrist": "leg",
    "heel": "leg",
    # muscles of a limb: "stretch each hamstring" is each side
    "quad": "leg",
    "quads": "legs",
    "quadricep": "leg",
    "quadriceps": "legs",
    "hamstring": "leg",
    "hamstrings": "legs",
    "glute": "leg",
    "glutes": "legs",
    "thigh": "leg",
    "thighs": "legs",
    "buttock": "leg",
    "buttocks": "legs",
    "adductor": "leg",
    "adductors": "legs",
    "shin": "leg",
    "shins": "legs",
    "forearm": "leg",
    "forearms": "legs",
    "trap": "leg",
    "traps": "legs",
    "trapezius": "leg",
    "bilateral": "bilateral",
    "bilaterally": "bilateral",
    "bil": "bilateral",
    "bilat": "bilateral",
    "direction": "direction",
    "directions": "direction",
    "way": "direction",
    # holds
    "hold": "hold",
    "squeeze": "hold",
    "tighten": "hold",
    "contract": "hold",
    "sustain": "hold",
    "maintain": "hold",
    # "Hang for 7 seconds" (a hangboard or a dead hang): a static hold
    "hang": "hold",
    "retain": "hold",
    "retaining": "hold",
    "holds": "hold",
    "held": "hold",
    "holding": "hold",
    "isometric": "isometric",
    "isometrics": "isometric",
    "static": "isometric",
    # loads
    "kg": "kg",
    "kgs": "kg",
    "kilo": "kg",
    "kilos": "kg",
    "kilogram": "kg",
    "kilograms": "kg",
    "gm": "g",
    "gms": "g",
    "gram": "g",
    "grams": "g",
    "lb": "lb",
    "lbs": "lb",
    "pound": "lb",
    "pounds": "lb",
    # anchors and conditions
    "before": "before",
    "prior": "prior",
    "pre": "before",
    "after": "after",
    "post": "after",
    "following": "after",
    "when": "when",
    "whenever": "when",
    # times of day
    "morning": "morning",
    "mornings": "morning",
    "sunrise": "morning",
    "dawn": "morning",
    "am": "am",
    "mane": "mane",
    "om": "mane",
    "qam": "qam",
    "noon": "noon",
    "midday": "noon",
    "lunchtime": "noon",
    "afternoon": "afternoon",
    "afternoons": "afternoon",
    "pm": "pm",
    "qpm": "qpm",
    "evening": "evening",
    "evenings": "evening",
    "eve": "evening",
    "sunset": "evening",
    "dusk": "evening",
    "nocte": "nocte",
    "noct": "nocte",
    "qhs": "bedtime",
    "hs": "bedtime",
    "bedtime": "bedtime",
    "bed": "bed",
    "sleep": "bed",
    "asleep": "asleep",
    # prn
    "prn": "prn",
    "sos": "prn",
    "needed": "needed",
    "required": "needed",
    "req": "needed",
    "reqd": "needed",
    "necessary": "needed",
    "requ": "needed",
    # weekday groups
    "weekday": "weekdays",
    "weekdays": "weekdays",
    "weekend": "weekends",
    "weekends": "weekends",
    # misc
    "alt": "alternate",
    "alternate": "alternate",
    "alternating": "alternate",
    "alternative": "alternate",
    "alternately": "alternate",
    "apart": "apart",
    "until": "until",
    "till": "until",
    "til": "until",
    "untill": "until",
    "for": "for",
    "over": "over",
    "during": "during",
    "within": "within",
    "lasting": "for",
    "from": "from",
    "starting": "from",
    "beginning": "from",
    "except": "except",
    "excluding": "except",
    # a sign said in words: "every minus three days"
    "minus": "minus",
    "negative": "minus",
    "but": "but",
    "rest": "rest",
    "rests": "rest",
    "resting": "rest",
    "relax": "relax",
    "pause": "rest",
    "wait": "rest",
    "repeat": "repeat",
    "repeated": "repeat",
    "repeating": "repeat",
    "more": "more",
    "further": "more",
    "additional": "more",
    "several": "VAGUE",
    "few": "VAGUE",
    "many": "VAGUE",
    "multiple": "VAGUE",
    "numerous": "VAGUE",
    "various": "VAGUE",
    "some": "VAGUE",
    "couple": "VAGUE",
    "regular": "VAGUE",
    "periodically": "VAGUE",
    "frequently": "VAGUE",
    "often": "often",
    "most": "most",
    "clock": "clock",
    "round": "round",
    "around": "around",
}

#: Abbreviations that stand for a whole timing: word -> symbols (N:value for numbers).
#: Abbreviations read only with their dots, as symbols: "3x p.d" is three times a day,
#: where "PD" without dots is as often Parkinson's disease.
DOTTED_ABBREVIATIONS: dict[str, tuple[str, ...]] = {"p.d": ("per", "day"), "p.w": ("per", "week")}

ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "od": ("daily",),
    "qd": ("daily",),
    "qday": ("daily",),
    "qdaily": ("daily",),
    "bd": ("N:2", "x", "daily"),
    "es": ("each", "side"),
    "bid": ("N:2", "x", "daily"),
    "bds": ("N:2", "x", "daily"),
    "tds": ("N:3", "x", "daily"),
    "tid": ("N:3", "x", "daily"),
    "td": ("N:3", "x", "daily"),
    "qds": ("N:4", "x", "daily"),
    "qid": ("N:4", "x", "daily"),
    "qqh": ("N:4", "x", "daily"),
    "qod": ("each", "other", "day"),
    "eod": ("each", "other", "day"),
    "qad": ("each", "other", "day"),
    "qh": ("each", "hour"),
    "qwk": ("N:1", "x", "weekly"),
    "biw": ("N:2", "x", "weekly"),
    "tiw": ("N:3", "x", "weekly"),
    "qw": ("N:1", "x", "weekly"),
    "pw": ("per", "week"),
    # before (ante cibum) and after (post cibum) meals; FHIR ACM/ACD/ACV, PCM/PCD/PCV
    "ac": ("before", "meal"),
    "pc": ("after", "meal"),
    "acm": ("before", "breakfast"),
    "acd": ("before", "lunch"),
    "acv": ("before", "dinner"),
    "pcm": ("after", "breakfast"),
    "pcd": ("after", "lunch"),
    "pcv": ("after", "dinner"),
    "eow": ("each", "other", "week"),
    "qow": ("each", "other", "week"),
}

#: Abbreviations whose reading a clinician might doubt, and why.
AMBIGUOUS_ABBREVIATIONS: dict[str, str] = {
    "od": "OD read as once daily (omni die); in eye care it means the right eye",
    "bd": "BD read as twice daily (bis die)",
    "pm": "PM read as the evening (alone, as an HL7 code, the afternoon)",
    "om": "OM read as in the morning (omni mane)",
}

#: HL7 FHIR / GTS timing codes, read only when a code is the whole phrase.
WHOLE_PHRASE_CODES: dict[str, str] = {
    "wk": "once a week",
    "jb": "on weekdays",
    "je": "at weekends",
    "bed": "at bedtime",
    "am": "in the morning",
    "pm": "in the afternoon",
    "morn": "in the morning",
    "aft": "in the afternoon",
    "eve": "in the evening",
    "night": "at night",
    "wake": "when waking",
    "q1h": "every hour",
}

#: Weekday names -> index (Monday is 0).
WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "mon": 0,
    "mondays": 0,
    "mo": 0,
    "tuesday": 1,
    "tue": 1,
    "tues": 1,
    "tuesdays": 1,
    "tu": 1,
    "wednesday": 2,
    "wed": 2,
    "weds": 2,
    "wednesdays": 2,
    "we": 2,
    "thursday": 3,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "thursdays": 3,
    "th": 3,
    "friday": 4,
    "fri": 4,
    "fridays": 4,
    "fr": 4,
    "saturday": 5,
    "sat": 5,
    "saturdays": 5,
    "sa": 5,
    "sunday": 6,
    "sun": 6,
    "sundays": 6,
    "su": 6,
    # "on Saturday's": the plural written with an apostrophe, as handouts often do
    **{
        f"{day}day's": index
        for index, day in enumerate(("mon", "tues", "wednes", "thurs", "fri", "satur", "sun"))
    },
}
#: Weekday letter codes written as one word: "MWF", "TTh".
DAY_LETTERS: dict[str, tuple[int, ...]] = {
    "mwf": (0, 2, 4),
    "mw": (0, 2),
    "wf": (2, 4),
    "mf": (0, 4),
    "tth": (1, 3),
    "tuth": (1, 3),
    "tr": (1, 3),
    "mtwtf": (0, 1, 2, 3, 4),
    "mtwthf": (0, 1, 2, 3, 4),
    "mtwrf": (0, 1, 2, 3, 4),
}

#: Two-letter weekday codes are only read in a list of weekdays (they are also words).
SHORT_WEEKDAYS = frozenset({"mo", "tu", "we", "th", "fr", "sa", "su", "sat", "sun", "wed"})

#: Month names -> number.
MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

#: Symbols of times of day -> slot name.
SLOT_WORDS: dict[str, str] = {
    "morning": "morning",
    "am": "morning",
    "mane": "morning",
    "qam": "morning",
    "noon": "noon",
    "lunch": "noon",
    "afternoon": "afternoon",
    "pm": "evening",
    "qpm": "evening",
    "evening": "evening",
    "night": "night",
    "nocte": "night",
    "nightly": "night",
    "bedtime": "bedtime",
}

#: Events an anchor may name -> their normal form. Keys are single words or phrases.
#: Sports and activities named as events by their names: "before and after tennis".
SPORTS = tuple(
    """tennis golf football soccer rugby netball basketball cricket hockey squash badminton
    volleyball baseball softball lacrosse climbing bouldering skiing surfing dancing yoga
    pilates gym rowing bowling bowls boxing kickboxing karate judo taekwondo wrestling fencing
    gymnastics snowboarding kayaking canoeing handball""".split()
)

EVENTS: dict[str, str] = {
    "long run": "long run",
    "long runs": "long run",
    # a run with others is still a run: "before each club run"
    "club run": "run",
    "club runs": "run",
    "group run": "run",
    "group runs": "run",
    "run": "run",
    "runs": "run",
    "running": "run",
    "jog": "run",
    "jogging": "run",
    "jogs": "run",
    "walk": "walk",
    "walks": "walk",
    "walking": "walk",
    "exercise": "exercise",
    "exercises": "exercise",
    "exercising": "exercise",
    "activity": "exercise",
    "activities": "exercise",
    "sport": "sport",
    "sports": "sport",
    "workout": "exercise",
    "workouts": "exercise",
    "physical activity": "exercise",
    "physical activities": "exercise",
    "aerobic activity": "exercise",
    "aerobic activities": "exercise",
    "aerobic exercise": "exercise",
    "eccentric exercise": "exercise",
    "the exercise": "exercise",
    "training": "training",
    "practice": "practice",
    "practices": "practice",
    "practicing": "practice",
    "practising": "practice",
    "practise": "practice",
    "you practise": "practice",
    "you practice": "practice",
    "game": "game",
    "games": "game",
    "match": "match",
    "matches": "match",
    "race": "race",
    "races": "race",
    # a musician's or a player's playing, and a contest: "stretch before and after playing"
    "playing": "playing",
    "play": "playing",
    "you play": "playing",
    "i play": "playing",
    "playing your instrument": "playing",
    "playing an instrument": "playing",
    "playing the instrument": "playing",
    # a thrower's work: "ice after each throwing session", "before you throw"
    "throwing": "throwing",
    "throwing session": "throwing",
    "throwing sessions": "throwing",
    "throwing program": "throwing",
    "throwing programme": "throwing",
    "you throw": "throwing",
    "pitching": "pitching",
    # a sport or an activity by its name: "before and after tennis", "after the gym"
    **{name: name for name in SPORTS},
    "the gym": "gym",
    "dance class": "dancing",
    # a class of its own: "Use ice after class", "stretch before each class"
    "class": "class",
    "classes": "class",
    "dialysis": "dialysis",
    "haemodialysis": "dialysis",
    "hemodialysis": "dialysis",
    "dialysis session": "dialysis",
    "dialysis sessions": "dialysis",
    "on dialysis": "dialysis",
    "competition": "competition",
    "competitions": "competition",
    "competing": "competition",
    "you compete": "competition",
    "session": "session",
    "sessions": "session",
    "swim": "swim",
    "swimming": "swim",
    "swims": "swim",
    "ride": "ride",
    "rides": "ride",
    "riding": "ride",
    "cycle": "ride",
    "cycling": "ride",
    "bike": "ride",
    "biking": "ride",
    "getting up": "getting out of bed",
    "getting out of bed": "getting out of bed",
    "stepping out of bed": "getting out of bed",
    "climbing out of bed": "getting out of bed",
    "rolling out of bed": "getting out of bed",
    "step out of bed": "getting out of bed",
    "climb out of bed": "getting out of bed",
    "roll out of bed": "getting out of bed",
    "hop out of bed": "getting out of bed",
    "get up": "getting out of bed",
    "you get up": "getting out of bed",
    "rising": "getting out of bed",
    "waking": "getting out of bed",
    "breakfast": "breakfast",
    "lunch": "lunch",
    "dinner": "dinner",
    "supper": "dinner",
    "meals": "meal",
    "meal": "meal",
    "food": "food",
    "eating": "meal",
    # "one hour after taking the medicine": the dose taken, an event of the day ("before
    # your medication wears off" is none)
    "taking the medicine": "taking medication",
    "taking your medicine": "taking medication",
    "taking medicine": "taking medication",
    "taking the medication": "taking medication",
    "taking your medication": "taking medication",
    "taking medication": "taking medication",
    "having your medicine": "taking medication",
    "having your medication": "taking medication",
    "having my medicine": "taking medication",
    "having my medication": "taking medication",
    "shower": "shower",
    "showering": "shower",
    "bath": "bath",
    "work": "work",
    # a desk worker's day: "stretch at the end of each meeting"
    "meeting": "meeting",
    "meetings": "meeting",
    "staff meeting": "meeting",
    "staff meetings": "meeting",
    "team meeting": "meeting",
    "team meetings": "meeting",
    "work meeting": "meeting",
    "work meetings": "meeting",
    "sitting down": "sitting down",
    "sit down": "sitting down",
    "you sit down": "sitting down",
    "standing up": "standing up",
    "stand up": "standing up",
    "you stand up": "standing up",
    "toilet": "going to the toilet",
    "go to the toilet": "going to the toilet",
    "you go to the toilet": "going to the toilet",
    "going to the toilet": "going to the toilet",
    # "whenever you get up to go to the restroom": the toilet, not getting out of bed
    **{
        f"{who}{get} up to go to the {room}": "going to the toilet"
        for who in ("", "you ")
        for get in ("get", "getting")
        for room in ("toilet", "restroom", "bathroom", "loo")
    },
    **{
        f"{go} to the {room}": "going to the toilet"
        for go in ("go", "going", "you go")
        for room in ("restroom", "bathroom", "loo")
    },
    "sitting": "sitting",
    "sitting for long periods": "sitting",
    "get up from a chair": "standing up",
    "you get up from a chair": "standing up",
    "getting up from a chair": "standing up",
    "stand up from a chair": "standing up",
    # "every time you get up from the couch": standing up, not getting out of bed
    **{
        f"{up} from a {seat}": "standing up"
        for up in ("get up", "you get up", "getting up", "stand up", "rising", "you rise")
        for seat in ("couch", "sofa", "settee", "seat", "desk", "table", "floor", "chair")
    },
    # "after rising from sitting": standing up, not getting out of bed
    **{
        f"{up} from {position}": "standing up"
        for up in ("get up", "getting up", "rising", "you rise", "standing up", "stand up")
        for position in (
            "sitting",
            "seating position",
            "sitting position",
            "a sitting position",
            "a seated position",
            "kneeling",
        )
    },
    "brushing your teeth": "brushing teeth",
    "brush your teeth": "brushing teeth",
    "you brush your teeth": "brushing teeth",
    "brushing teeth": "brushing teeth",
    "go for a run": "run",
    "you go for a run": "run",
    "go for a walk": "walk",
    "you go for a walk": "walk",
    "playing sport": "exercise",
    "play sport": "exercise",
    "you start your walk": "walk",
    "you start": "exercise",
    "urinating": "urinating",
    "you urinate": "urinating",
    "urinate": "urinating",
    "you pass urine": "urinating",
    "passing urine": "urinating",
    "you begin": "exercise",
    "starting": "exercise",
    "regimen": "exercise",
    "standing": "standing up",
    "evening meal": "dinner",
    "morning meal": "breakfast",
    "midday meal": "lunch",
    "nappy change": "changing nappy",
    "diaper change": "changing nappy",
    "changing nappy": "changing nappy",
    "changing his nappy": "changing nappy",
    "changing her nappy": "changing nappy",
    "change your baby's nappy": "changing nappy",
    "you change your baby's nappy": "changing nappy",
    "change your baby's diaper": "changing nappy",
    "you change your baby's diaper": "changing nappy",
    "change their nappy": "changing nappy",
    "nappy changes": "changing nappy",
    "diaper changes": "changing nappy",
    "breastfeeding": "breastfeeding",
    "feeding": "feeding",
    "feeds": "feeding",
    "feed": "feeding",
    "hopping in the shower": "shower",
    "typing": "typing",
    "adjustment": "adjustment",
    "an adjustment": "adjustment",
    "your adjustment": "adjustment",
    "a shift": "shift",
    "your shift": "shift",
    "shift": "shift",
    "icing": "icing",
    # a warm-up, heat or ice before or after stretching: "warm up before you stretch"
    "stretching": "stretching",
    "you stretch": "stretching",
    "toothbrushing": "brushing teeth",
    **{
        f"{whose}{daily}{brushing}": "brushing teeth"
        for whose in ("", "your ")
        for daily in ("", "daily ")
        for brushing in (
            "tooth brushing",
            "tooth brushing routine",
            "tooth brushing routines",
            "toothbrushing",
            "toothbrushing routine",
        )
    },
    "cardio": "cardio",
    # everyday moments a short exercise is tied to at home
    "watching tv": "watching TV",
    "you watch tv": "watching TV",
    "watch tv": "watching TV",
    "watching television": "watching TV",
    "the adverts come on": "watching the adverts",
    "the ads come on": "watching the adverts",
    "the ad breaks": "watching the adverts",
    "ad breaks": "watching the adverts",
    "the adverts": "watching the adverts",
    "commercial breaks": "watching the adverts",
    "watching the adverts": "watching the adverts",
    "you boil the kettle": "waiting for the kettle to boil",
    "boiling the kettle": "waiting for the kettle to boil",
    "the kettle boils": "waiting for the kettle to boil",
    "waiting for the kettle": "waiting for the kettle to boil",
    "waiting for the kettle to boil": "waiting for the kettle to boil",
    "you wait for the kettle": "waiting for the kettle to boil",
    "on the phone": "on the phone",
    "you are on the phone": "on the phone",
    "talking on the phone": "on the phone",
    "waiting for the bus": "waiting in a queue",
    "in a queue": "waiting in a queue",
    "you are in the queue": "waiting in a queue",
    "queuing": "waiting in a queue",
    "waiting in a queue": "waiting in a queue",
    "warm up": "warm-up",
    "warmup": "warm-up",
    "warm - up": "warm-up",
    "warming up": "warm-up",
    "warmed up": "warm-up",
    "you have warmed up": "warm-up",
    "you warm up": "warm-up",
    "cool down": "cool-down",
    "cooldown": "cool-down",
    "cool - down": "cool-down",
    "cooling down": "cool-down",
    "you cool down": "cool-down",
    "school": "school",
    # a voice user's day (voice and swallowing therapy): "warm up before you teach"
    "teaching": "teaching",
    "teach": "teaching",
    "you teach": "teaching",
    "singing": "singing",
    "you sing": "singing",
    "singing practice": "singing practice",
    "singing lesson": "singing lesson",
    "singing lessons": "singing lesson",
    "rehearsal": "rehearsal",
    "rehearsals": "rehearsal",
    "painkiller": "painkiller",
    "painkillers": "painkiller",
    "pain medication": "painkiller",
    "pain relief": "painkiller",
}

#: Events named by a verb whose object, when one follows, is the event itself ("before you
#: play golf" is before golf): an event only at the end of what is said.
EVENTS_NAMED_LAST = frozenset(
    {
        "playing",
        "play",
        "you play",
        "i play",
        "competing",
        # "prior to stretching the muscles": what is stretched names it, asked
        "stretching",
        "you stretch",
        # a sport before a noun names something else: "climbing stairs", "tennis elbow"
        *SPORTS,
        # ("before class ends": the end of one class)
        "class",
        "classes",
    }
)

#: The plain forms of the events' verbs: "before getting out of bed", "before you get
#: out of bed" and "before you eat" name the events their "-ing" forms name.
_PLAIN_FORMS = {
    "getting": "get",
    "sitting": "sit",
    "standing": "stand",
    "going": "go",
    "brushing": "brush",
    "eating": "eat",
    "running": "run",
    "walking": "walk",
    "swimming": "swim",
    "cycling": "cycle",
    "exercising": "exercise",
    "showering": "shower",
}
for _said, _event in list(EVENTS.items()):
    _verb, _, _rest = _said.partition(" ")
    if _verb in _PLAIN_FORMS:
        for _form in (_PLAIN_FORMS[_verb], "you " + _PLAIN_FORMS[_verb]):
            EVENTS.setdefault(f"{_form} {_rest}".strip(), _event)
# "get up from a chair", "from the chair", "from your chair": one event
for _said, _event in list(EVENTS.items()):
    if " a " in f" {_said} ":
        for _determiner in ("the", "your"):
            EVENTS.setdefault(f" {_said} ".replace(" a ", f" {_determiner} ").strip(), _event)
# "brushing your teeth", "brushing my teeth": one event, said by the patient too, and
# of a child or another ("while brushing their teeth")
for _said, _event in list(EVENTS.items()):
    if " your " in f" {_said} ":
        _others = ("their", "his", "her") if _event == "brushing teeth" else ()
        for _whose in ("my", *_others):
            EVENTS.setdefault(f" {_said} ".replace(" your ", f" {_whose} ").strip(), _event)

#: Words of a time needed, not a course: "muscles need 6 hours to recover", "Allow 2
#: days for recovery".
NEEDING_WORDS = frozenset(
    """need needs needing needed take takes taking allow allowing allowed give giving given
    require requires required requiring expect expects expected leave leaving have plan""".split()
)

#: Plural movement nouns: "10 squats", "20 bridges" are repetitions.
EXERCISE_NOUNS = frozenset(
    """
    squats squat bridges raises lunges presses curls circles squeezes pumps slides
    rotations tucks pushups push ups press situps crunches hops jumps kicks lifts
    rolls rows dips planks clams reaches extensions flexions marches shrugs twists
    touches taps swings bends drops contractions stretches repetitions movements
    breaths huffs coughs throws catches swallows blinks revolutions kegels exhalations
    inhalations
    clamshells stands releves glides deadlifts thrusts kickbacks pulldowns pullups chinups
    burpees nods retractions fists pinches abductions adductions inversions eversions
    hangs tilts jogs sprints strides bounds skips efforts rises stepups lowers jacks
    """.split()
)

#: Words of medication instructions: an interval in hours there means round the clock.
MEDICATION_WORDS = frozenset(
    """
    tab tabs tablet tablets cap caps capsule capsules po puff puffs mouth ml mls mg mcg drop
    drops inhale inhaler spray sprays dose doses pill pills sachet sachets suppository
    """.split()
)

#: Words that name a medicine's form or measure, whatever counts them.
MEDICINE_NAMES = frozenset(
    """
    tab tabs tablet tablets cap caps capsule capsules po ml mls mg mcg inhaler pill pills
    sachet sachets suppository paracetamol ibuprofen acetaminophen naproxen codeine
    painkiller painkillers medication medicine
    """.split()
)

#: Words of exercise and icing: an interval in hours there is usually while awake.
EXERCISE_WORDS = frozenset(
    """
    do perform exercise exercises exercising repeat stretch stretches stretching ice
    icing walk walking reps repetitions practise practice move movements complete
    pumps bends raises squats bridges
    """.split()
)

#: Verbs of a position, a support or a progression: their "if needed" is how it is done
#: ("Bend your knees slightly if needed", "Increase as needed"), not as needed.
HOW_IT_IS_DONE = frozenset(
    "bend lean support steady place put straighten widen narrow adjust modify increase "
    "progress".split()
)

#: Movements of turning, looking or leaning: counted to the left and to the right, they
#: are each direction ("Look 10 times to the left and 10 times to the right"), no side.
TURNING = frozenset(
    "circle circles circling rotation rotations rotate rotating turn turns turning roll rolls "
    "look looking glance glancing lean leaning sway swaying tilt tilts tilting twist twists "
    "twisting windmill windmills".split()
)
#: Words of a direction after a count: "x 10 + 10 forwards and backwards" is each direction.
DIRECTIONS = frozenset(
    "forwards backwards forward backward clockwise anticlockwise counterclockwise "
    "counter-clockwise direction directions way ways".split()
)

#: Words of a whole routine: its rounds are sets ("circuits (6 exercises, 2-3 rounds)"),
#: where the rounds of one movement are its repetitions ("3 rounds for 30 s").
WHOLE_ROUTINE = frozenset("circuit circuits exercises start routine workout sequence".split())

#: Things worn or applied that are changed, not sides: "Dressing x 1 (change)".
SUPPLIES = frozenset(
    """
    dressing dressings pad pads bandage bandages bag bags tape tapes battery batteries plaster
    plasters patch patches nappy nappies diaper diapers gauze strapping tubigrip stocking
    stockings sock socks splint splints cast casts catheter catheters sling slings brace braces
    pack packs filter filters insole insoles liner liners tube tubes glove gloves strip strips
    ice cube cubes wrap wraps towel towels compress compresses cloth cloths band bands pillow
    pillows cushion cushions bottle bottles sheet sheets
    """.split()
)

#: Things worn whose coming off is no session: "Remove the brace every night".
WORN = frozenset(
    """
    splint splints brace braces stocking stockings hosiery collar sling garment garments sleeve
    sleeves boot boots orthosis orthoses support supports tubigrip
    """.split()
)

#: Ways of moving whose timed bouts ("walk 4 min / run 1 min") are not holds.
LOCOMOTION = frozenset(
    """
    walk walking walks run running runs jog jogging cycle cycling swim swimming march
    marching bike biking row rowing ride riding hike hiking skip skipping shuffle shuffles
    stride strides sprint sprints
    """.split()
)

#: What a length of time said before it is the length of: "an hour walk", "a minute
#: plank", "an hour session".
LENGTH_OF = (
    LOCOMOTION
    | EXERCISE_NOUNS
    | frozenset(
        "session sessions workout workouts class exercise programme program routine".split()
    )
)

#: Words for a symptom: "when wheezy", "if painful" make a prescription as-needed.
SYMPTOMS = frozenset(
    {
        "headache",
        "headaches",
        "migraine",
        "migraines",
        "spasm",
        "spasms",
        "tingling",
        "wheezy",
        "wheezing",
        "breathless",
        "pain",
        "painful",
        "sore",
        "stiff",
        "tight",
        "tightness",
        "stiffness",
        "aching",
        "achy",
        "uncomfortable",
        "symptomatic",
        "swollen",
        "swelling",
        "aches",
        "ache",
        "hurts",
        "hurt",
        "sorer",
        "cramp",
        "cramping",
        "flare",
        "flares",
        "itchy",
        "tense",
        "numb",
        "numbness",
        "soreness",
        "dizzy",
        "dizziness",
        "urge",
        "urgency",
        "short of breath",
        "out of breath",
    }
)

#: Attested misspellings of our keywords, read as the word they stand for.
MISSPELLINGS: dict[str, str] = {
    "evry": "every",
    "twise": "twice",
    "repititions": "repetitions",
    "repetions": "repetitions",
    "secounds": "seconds",
    "minuts": "minutes",
    "mintues": "minutes",
    "minuets": "minutes",
}

#: Words that carry no schedule meaning: verbs of doing, articles, pronouns,
#: connectives, and the nouns of exercise instructions.
FILLERS = frozenset(
    [
        "immediately",
        "directly",
        "shortly",
        "the",
        "of",
        "and",
        "or",
        "to",
        "in",
        "on",
        "at",
        "with",
        "by",
        "into",
        "onto",
        "off",
        "up",
        "down",
        "out",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "them",
        "they",
        "their",
        "you",
        "your",
        "yours",
        "yourself",
        "he",
        "she",
        "his",
        "her",
        "we",
        "our",
        "us",
        "i",
        "me",
        "my",
        "is",
        "are",
        "be",
        "been",
        "being",
        "was",
        "were",
        "do",
        "does",
        "did",
        "doing",
        "done",
        "perform",
        "performed",
        "performing",
        "complete",
        "completed",
        "completing",
        "aim",
        "try",
        "attempt",
        "should",
        "must",
        "can",
        "could",
        "may",
        "might",
        "will",
        "would",
        "shall",
        "please",
        "then",
        "also",
        "as",
        "so",
        "if",
        "not",
        "no",
        "only",
        "just",
        "about",
        "approximately",
        "approx",
        "around",
        "roughly",
        "least",
        "maximum",
        "max",
        "minimum",
        "atleast",
        "up",
        "total",
        "totals",
        "exercise",
        "exercises",
        "stretch",
        "stretches",
        "stretching",
        "movement",
        "movements",
        "routine",
        "programme",
        "program",
        "both",
        "all",
        "any",
        "same",
        "other",
        "same",
        "again",
        "start",
        "begin",
        "continue",
        "continued",
        "keep",
        "going",
        "go",
        "take",
        "taking",
        "make",
        "sure",
        "there",
        "here",
        "what",
        "which",
        "who",
        "how",
        "get",
        "gets",
        "got",
        "have",
        "has",
        "had",
        "need",
        "needs",
        "note",
        "each",
        "one",
        "ones",
        "such",
        "than",
        "too",
        "very",
        "well",
        "good",
        "more",
        "less",
        "much",
        "while",
        "whilst",
        "slowly",
        "gently",
        "quick",
        "strong",
        "supervised",
        "hard",
        "easy",
        "comfortable",
        "comfortably",
        "where",
        "within",
        "through",
        "throughout",
        "whole",
        "entire",
        "full",
        "first",
        "last",
        "next",
        "following",
        "previous",
        "plus",
        "total",
        "frequency",
        "frequent",
        "dosage",
        "dose",
        "duration",
        "intensity",
        "volume",
        "instructions",
        "instruction",
        "patient",
        "patients",
        "client",
        "advice",
        "advised",
        "recommended",
        "recommend",
        "suggested",
        "suggest",
        "ideally",
        "usually",
        "generally",
        "normally",
        "typically",
        "possible",
        "possibly",
        "allowed",
        "allow",
        "tolerate",
        "tolerated",
        "tolerable",
        "int",
        "intermittent",
        "intermittently",
        "sometimes",
        "today",
        "tomorrow",
        "yesterday",
        "anyone",
        "everyone",
        "everything",
        "everywhere",
        "another",
        "otherwise",
        "without",
        "someday",
        "nowadays",
        "anytime",
        "anyway",
    ]
)

#: Words that carry schedule meaning (for "did you mean ...?" suggestions).
KEYWORDS: tuple[str, ...] = tuple(
    sorted(
        {
            "daily",
            "weekly",
            "hourly",
            "monthly",
            "nightly",
            "fortnightly",
            "twice",
            "once",
            "thrice",
            "times",
            "every",
            "each",
            "per",
            "day",
            "days",
            "week",
            "weeks",
            "month",
            "months",
            "hour",
            "hours",
            "minute",
            "minutes",
            "second",
            "seconds",
            "morning",
            "evening",
            "afternoon",
            "night",
            "noon",
            "bedtime",
            "reps",
            "repetitions",
            "sets",
            "hold",
            "side",
            "sides",
            "leg",
            "legs",
            "alternate",
            "other",
            "before",
            "after",
            "until",
            "needed",
            "required",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "weekdays",
            "weekends",
            "rest",
            "repeat",
            "for",
            "round",
            "clock",
            # "taught", "bought" are not misspelt zeros
            *(word for word in NUMBER_WORDS if word not in {"nought", "naught", "nil"}),
            *COUNT_WORDS,
            *ABBREVIATIONS,
        }
    )
)

#: Real English words close to a keyword, so never taken for a misspelling of one
#: ("reach" is not "each", "slide" is not "side"). Made once from the words that both
#: the GCIDE and Webster's Second dictionaries list (the `english-words` package) that
#: `difflib` finds within 0.8 of a keyword; regenerate when KEYWORDS changes.
ENGLISH_LOOKALIKES: frozenset[str] = frozenset(
    """
    thera theraband therabands tired handgrip handgrips tricep triceps bicep biceps
    idea ideas online section sections stride strides timer timers reach reaches
    acock adays adulterate aerate aground alienate alliterate alter alterant alterative
    altercate altercative altern alternant alternateness alternation alternative
    alternatively alternator andine anigh anight anights anodon aper apsides arrest
    aside assets aster atafter atter atwo beach beachy bedight bedim beery befortune
    behold belight benight bere beside besides betimes bever bide bight bimonthly bind
    bird biweekly bleach block bonce bone bore botcher bother bounce bound breach breast
    brightly brother canine catenate cater chock churly cingle clack cleg click cloak
    cluck cock cocky comminute cond cone conine cozen crepis crest crock dail dairy
    daisy dally dater delight desight detach dight dilly diminute dimly dingle dizen
    doily doter doze dozenth dozer drail dray drest driest eater eighteenmo eighteenth
    eighth eighthly eleventh elver emery enarch engine enlight enlighten enquire eparch
    ernest esquire ether even evensong event ever evert ewery exarch feod fever fides
    fifteenth fifthly fight fitly fives flock flour floury footy foray forby ford fore
    forenight forest fork forky form fort forte forth forthy fortify fother found
    fourteenth fourthly fouter fraternate fray freight friary frond frory fury gaily
    gleg gnomon gone grafter greening ground hafter haily hater height heighten hight
    hocus holcad holder holdup holour holy hone horning horse horsy hound houri house
    hundreder hundredth hurds hurl hurly hurst ides ingle inside insight intine jingle
    jounce knight knightly later leach leachy leaven leavening legist leveling lever
    light lighten lightly literate loather lock locky lone mater meekly midweekly
    mightily mighty mine mingle mint minter minuet minus minutely minuteman minuteness
    misrepeat mite momently mona mone monody mont monte mooring morin moringa mortling
    moth mother motherly mothery mothy motoring mound mount mounting mourning mourningly
    mouth mouther mute narine needer needle neigh never nicene nicety nifty nigh nighly
    nighted nightie nineteenth nonce noncon none norther noter nother notion ocher ofter
    onside orotund otter ounce ours outer outher oxter ozena peach peachy pear peat peer
    peery peri perk pern pert petition pholad pier pingle pleach pone potcher pother
    pounce preach prest presto priest puntil quad quaily quaternate queach queening quid
    quod rafter ranine rater ravening reach reasty rebound recast redound reeded refound
    reheat relight remast repass repast repeal repeater repent repentant repetitional
    repetitionary repetitious repletion repose requiem require requirer requite reseat
    resect resent reset reside resist resort resound restem resty result retired revelry
    revery revest rice right righten rightly ronde rondo rother rotund rotunda rotundo
    roun rounce rounded roundel rounder roundly roundup roundy saily satrapy sconce
    search seave secondary seconder secondly secund seedtime seen seity semen semiangle
    send serenity serve servient setose setous seventeenth seventhly sever severity
    severy sewen sheen shide shingle shingler shingles sided sider sidle sieve sight
    sightly sile silty sine sing singe singer singles singlet singleton singly sixteenmo
    sixteenth sixthly sleight sleighty slide slider slightly slock smoothly smother
    snide sond soother sound sourly souther spider springle springlet steen steve steven
    stime stingless stree stride sturdy subalternate sudary sundry surcingle swinge
    swingle taen teach teache teen tend tent tern ternate thee theme therm thirst
    thirstily thirsty thirteenth thoric threne threw thrive throe tice tide tidy tighten
    tightly timeous timer tind tingle tone toter tother tree treen trice triweekly
    tsetse twelvemo twine twire twite unadored undeeded undight undine undraped unfine
    unheeded unhold unline unmighty unoil unrequired unrest unright unsight unsightly
    unsingled unstill unthirsty untie untile untiled untwirl unweeded uphold upside
    utile valerate valerianate veery venin voter wafer wafter water weakly weel weigh
    weight weightily weighty went wheely wight wightly wince wone wound wrest yeven zone
    """.split()
)

#: Words of work done for a time: "N x 30 sec" beside them is as likely bouts as holds.
TIMED_WORK_WORDS = frozenset(
    "interval intervals sprint sprints run runs running jog jogging walk walking cycle cycling "
    "bike row rowing swim swimming skip skipping march marching hop hops hopping burpee burpees "
    "jacks jump jumps jumping climbers repeats kick kicks kicking swing swings swinging rock "
    "rocking roll rolls rolling massage massaging slides shuffle shuffles strides circle circles "
    "circling circular knead kneading rub rubbing forth effort efforts tempo laps drill "
    "rinse rinsing swish swishing gargle gargling brush brushing "
    "drills vigorous brisk briskly uphill downhill hill hills walks jogs rides swims skating "
    "skate skates stepping pedal pedalling pedaling grabbing grabs scrunch scrunches "
    "scrunching spin spinning uphills downhills pickups surges accelerations oscillate "
    "oscillating circuit circuits".split()
)
#: Movements repeated over and over: "Squats for 30 seconds" is worked at, not held (a
#: pause at the top of a raise is still held).
REPEATED_MOVEMENTS = frozenset(
    "squats lunges raises curls crunches twists lifts taps touches steps bends hitches "
    "shrugs nods claps punches ups pushups situps nod nodding shrug shrugging clap clapping "
    "punch punching sway swaying scissor dribble dribbling tread treading wiggle "
    "wiggling clams clamshells descend descending".split()
)
#: Words of moving work of either kind.
MOVING_WORDS = TIMED_WORK_WORDS | REPEATED_MOVEMENTS
#: Words of a position held still: a plank "with leg lifts" is still a plank held.
STILL_WORDS = frozenset("plank planks stretch stretches isometric isometrics pose poses".split())
#: Words of breathing: a length beside them is a breath's, unless a hold is said.
BREATHING_WORDS = frozenset("breathe breathing inhale inhaling exhale exhaling breath".split())
#: Words of a static grip, contraction or position: a time "for" beside them is held.
GRIPPING_WORDS = frozenset(
    "squeeze squeezes squeezing contract contraction tense isometric grip position".split()
)
#: Two words of one movement done back and forth: "bend and straighten", "side to side".
MOVING_PAIRS = frozenset(
    {
        ("bend", "straighten"),
        ("straighten", "bend"),
        ("lift", "lower"),
        ("raise", "lower"),
        ("open", "close"),
        ("squeeze", "release"),
        ("point", "flex"),
        ("flex", "point"),
        ("up", "down"),
        ("in", "out"),
        ("side", "side"),
        ("forward", "back"),
        ("forwards", "backwards"),
        ("back", "forth"),
        ("push", "pull"),
        ("sit", "stand"),
    }
)
#: What the directions of one movement come after ("look left and right", "looking up and
#: down ten times, then left and right"): left and right there are no sides.
BEFORE_DIRECTIONS = (
    *(
        "look looks looking turn turns turning twist twists twisting rock rocks rocking step "
        "steps stepping shift shifts shifting sway sways swaying lean leans leaning glance "
        "glances glancing rotate rotates rotating bend bends bending tilt tilts tilting weight "
        "head eyes gaze chin"
    ).split(),
    *("up ,", "down ,", "down N x , then", "down N x then", "down , then", "down and then"),
    *("move your eye", "move the eye", "moving your eye", "moving the eye"),
    "down then",
)
#: Beginnings of words of a step up, a test or a visit, whose period is not the sessions'
#: ("increase the load at 2 weekly intervals", "weigh yourself biweekly").
STEP_OR_CHECK_STEMS = tuple(
    """review measur monitor assess reassess test retest check record evaluat seen follow
    blood photo x-ray xray weigh scan visit appointment increas progress add chang swap
    switch doubl upgrad reduc advanc""".split()
)
