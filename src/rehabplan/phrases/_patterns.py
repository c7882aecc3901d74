"""
Pieces of the grammar's patterns over token symbols, shared by the rule tables.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rehabplan.phrases import _lexicon as lx
from rehabplan.phrases._tokens import word_tokens as _word_tokens

# Grammar pieces over symbols; every token in a pattern is followed by one space.
PER = r"(?:per |a |each |/ |in a |x |p |eachday )"
QUAL = (
    r"(?:at least |atleast |at most |up to |about |approximately |approx |around |roughly |"
    r"a maximum of |a minimum of |no more than |not more than |not to exceed |maximum |max |"
    r"minimum |"
    r"a total of |approx \. |~ |just |only )?"
)
TU = r"(?:sec|second|min|hour|hours)"
#: A dash joins two lengths of one thing when nothing but the end of the clause, a side
#: or a count follows: "30 seconds - 1 minute.", "1 min - 2 mins each side" ("5 seconds
#: - 10 seconds relax", "10 s - 1 min of rest" are a hold and then what comes after).
_DASH_BETWEEN_LENGTHS = rf"- (?=N {TU} (?:[.,;:)] |$|each |per |on each |a side |x |hold ))"


def dur(p: str) -> str:
    """
    A length, or a range of lengths ("30 s to 2 min", "30 seconds up to a minute", "30
    seconds - 1 minute.").
    """
    return (
        rf"(?P<{p}n>N) (?P<{p}u>{TU}) (?:(?:to |up to |{_DASH_BETWEEN_LENGTHS})"
        rf"(?:(?P<{p}n2>N)|a) (?P<{p}u2>{TU}) )?"
    )


DAYU = r"(?:day|days|week|weeks|month|months|night|nights|fortnight|fortnights|year|years)"
PERIOD_AHEAD = (
    r"(?:(?:x |session |time )?(?:per |a |each |/ |in a |x |p |eachday |every )?"
    r"(?:N |ORD |second |other )?(?:day |daily |days |week |weekly |weeks |month |monthly |"
    r"night |nightly |eachday |everyday )"
    r"|(?:x |time )?(?:throughout|through|during|across|over) (?:the|your) "
    r"(?:work |working |school )?(?:day|week) "
    r"|(?:x |time )?on alternate days )"
)
SIDE = r"(?:side|sides|leg|legs)"
#: What may follow a bare "each" after a count ("3 x 10 each, twice a day", "10 each (slow)"):
#: the clause goes on to something else, so the "each" stands alone.
EACH_ALONE = r"(?=[.,;:)(/!-] |and |then |with |daily |weekly |N x |x N |$)"
#: Not after a word of place: "a pillow between both knees", "a band around each wrist"
#: name where something goes, not a side ("roll the ball under each foot" is each side).
NOT_PLACED = "".join(f"(?<!{word} )" for word in "between around behind against".split())
DISTANCE = r"(?:yards|yard|yds|yd|metres|meters|metre|meter|m|kms|km|miles|mile|feet|foot|ft)"
#: Words between a count and a movement that say the count is not of the movement:
#: a unit ("90 degree drive rotate press", "20 meter flying strides") or a verb or
#: article ("One should perform these stretches").
NOT_AN_ADJECTIVE = (
    rf"(?:{DISTANCE}|degree|degrees|kg|lb|%|should|will|can|must|may|could|would|these|those"
    r"|the|of|and|or) "
)
#: A word that a run of skipped words may not be: skipping it would turn "do not
#: exercise for 30 minutes" into a prescription.
NOT_NEGATION = r"(?!(?:not|never|don't|dont|no|avoid|or) )"
#: "Check" as a review of the programme: a check of the feet or the skin ("Check your feet
#: every day", diabetic foot care) is the task itself.
CHECK_AS_A_REVIEW = (
    r"check(?! (?:your |the |his |her |their )?(?:feet|foot|toes|skin|wound|wounds|scar|stump"
    r"|pulse|blood|eyes|heels|legs|mouth|pressure|sugar|glucose|catheter|stoma|dressing) )"
)
SLOT = (
    r"(?:morning|noon|lunch|afternoon|evening|night|bedtime|mane|nocte|qam|qpm|nightly|am|pm|TIME)"
)
#: Times of day and meals a count may name in turn: "three times - morning, noon and
#: before bed", "3 x before breakfast, lunch and dinner".
COUNTED_SLOTS = frozenset(
    "morning noon lunch afternoon evening night bed bedtime breakfast brunch dinner supper tea "
    "TIME".split()
)

__all__ = [
    "A_STEPS_WORDS",
    "BARE_LENGTH_AT_AN_EVENT",
    "CADENCE_UNIT",
    "CHECK_AS_A_REVIEW",
    "CLAUSE_BREAKS",
    "COUNTED_SLOT",
    "COUNTED_SLOTS",
    "DAYS_OFF",
    "DAYU",
    "DETERMINERS",
    "DISTANCE",
    "EACH_ALONE",
    "EVENT",
    "EXERCISE_NOUNS",
    "LATER_ACTIVITY",
    "LOCOMOTION",
    "NOT_AFTER_COURSE_WORDS",
    "NOT_AN_ADJECTIVE",
    "NOT_HELD",
    "NOT_NEGATION",
    "NOT_PERIOD",
    "PAIN_FREE_CONDITION",
    "PER",
    "PERIOD_AHEAD",
    "POST_OP",
    "QUAL",
    "REST_AHEAD",
    "RETURNING",
    "SENTENCE_ENDS",
    "SIDE",
    "SLOT",
    "TU",
    "dur",
    "event_pattern",
    "symptom_pattern",
]


def _longest_first(words: Iterable[str]) -> list[str]:
    """
    Alternatives longest first, so a regular expression prefers the longest, and
    alphabetical within one length, so a rule's pattern is the same text in every
    process (its key in the table of beginnings read ahead of time).
    """
    return sorted(words, key=lambda word: (-len(word), word))


def event_pattern() -> str:
    # The events share a few hundred words: each is read once (reading every word of
    # every event took most of the phrase reader's import).
    words = {word for key in lx.EVENTS for word in key.split()}
    escaped = {word: [re.escape(t.sym) for t in _word_tokens(word, 0, 0)] for word in words}
    alts = set()
    for key in lx.EVENTS:
        alt = " ".join(sym for word in key.split() for sym in escaped[word])
        if key in lx.EVENTS_NAMED_LAST:  # "before you play." but not "before you play golf"
            alt += _NOTHING_NAMED_AFTER
        elif key.startswith("having "):  # "after having your medicine", not "... dose changed"
            alt += _THE_CLAUSE_ENDS_AFTER
        alts.add(alt)
    return "(?:" + "|".join(_longest_first(alts)) + ") "


#: What may follow an event said with "having": the end of its clause, or a timing.
_THE_CLAUSE_ENDS_AFTER = (
    r"(?= (?:[.,;:!?)(/-] |$|and |or |but |then |N |x |daily |twice |once |each |every |in |at "
    r"|on |before |after |when |while ))"
)
#: What may follow an event whose object, when it has one, is the event: a break in
#: the phrase, a joining word, or a count.
_NOTHING_NAMED_AFTER = (
    r"(?= (?:[.,;:!?)(/-] |$|and |or |but |for |from |until |till |N |x |with |at |on "
    r"|in |to |each |every |so |as |then |if |when |while |before |after |daily |twice |once "
    # ("after every climbing workout", "after tennis play": the sport's own session)
    r"|workout |workouts |session |sessions |play |practice |match |matches |game |games "
    r"|training |routine |work |round |rounds |drills |club |lesson |lessons |class |classes "
    r"|today |tonight |warm ))"
)


def symptom_pattern() -> str:
    return "(?:" + "|".join(_longest_first(lx.SYMPTOMS)) + ") "


EVENT = event_pattern()
EXERCISE_NOUNS = "|".join(_longest_first(lx.EXERCISE_NOUNS))
COUNTED_SLOT = "(?:" + "|".join(_longest_first(COUNTED_SLOTS)) + ")"
LOCOMOTION = "|".join(_longest_first(lx.LOCOMOTION))
#: A later stage naming another way of moving with its own when: "then jog every other
#: day", "then start jogging 3 times a week", "then 2 weeks of jogging" (its days are not
#: the first activity's).
LATER_ACTIVITY = (
    # ("starting" and "beginning" are the symbol "from")
    r"(?:(?:start|begin|from|try|add|progress to|move on to|move to|switch to|go on to) )?"
    rf"(?:{LOCOMOTION}) (?:(?!then |and |or )[a-z]+ ){{0,2}}"
    r"(?:daily |weekly |alternate |each (?=day |days |ORD |N |morning |evening |night |week "
    r"|DOW |weekday )|N x (?:a|per|each|/) (?:day|week) |N days (?:a|per|each) week |on DOW "
    rf"|DOW |for (?:the )?(?:next )?(?:N|a) {DAYU})"
    r"|N (?:day|days|week|weeks|month|months) of "
    # "then switched to extrinsic exercises for the final 6 weeks"
    r"|(?:switch|switched|switching|change|changed|move|moved|progress|progressed) (?:on )?to "
    r"(?:[a-z]+ ){1,4}for (?:the )?(?:next |final |last |remaining |following |)(?:N|a) "
    r"(?:day|days|week|weeks|month|months) "
)
DETERMINERS = (
    r"(?:(?:each|the|your|a|any|going|starting|doing|taking|physical|eccentric|my|all|sports|"
    r"even|first|actually|"
    r"and|or|every|other|this|that|these|those|our|his|her|their|you|prolonged|long|"
    r"extended|periods|of|hard|strenuous|heavy|intense|hot|warm|cold|long|go|for|"
    # (not before "from", a start said as a word, or "or" and "and": "before playing from 1
    # May", "before you play or practise" name playing)
    r"play(?! from| or| and)|playing(?! from| or| and)|start|have|having|take|taking|completing|finishing|commencing|beginning|initiating|"
    # "beginning" and "starting" are read as "from": "before beginning the walk"
    r"from|"
    r"finished|completed|out|on|short|easy|quick|gentle|usual|next|"
    r"therapy|physiotherapy|physio|pt|rehab|treatment|form|forms|kind|kinds|type|types) ){0,6}"
)


NOT_PERIOD = rf"(?!{PERIOD_AHEAD})"
#: What a time is of when it is not a hold: "30 seconds of rest", "60 seconds of jogging".
NOT_HELD = (
    r"(?:period |periods )?of (?:rest|recovery|break|breaks|pause|work|exercise|activity"
    r"|(?!stretching )[a-z]+ing) "
)
#: The way back from a held position: "for 15 seconds before bringing it back down" is a
#: hold (before an event, "for 5 minutes before running", it is not).
RETURNING = (
    r"(?:bringing|lowering|returning|releasing|relaxing|letting|coming|moving|slowly|putting|"
    r"rolling|switching|changing|repeating) "
)
#: A rest after its length, said how it is spent or not: "60 seconds active rest", "75
#: seconds static recovery between each effort".
REST_AHEAD = (
    r"(?:(?:isometric|active|passive|easy|complete|full|standing|walking) )?"
    r"(?:rest|recovery|break|breaks|pause) |between "
)

#: Words before a length that make it a course: "for the first 6 weeks after surgery",
#: "a further 7 days after discharge", "until 6 weeks after surgery" (each spaced, so that
#: "min" is not "in").
NOT_AFTER_COURSE_WORDS = "".join(
    f"(?<! {word} )"
    for word in (
        "first for over during within next to least the of until till by through whole "
        "entire all these those more additional extra another remaining total period"
    ).split()
)
#: A bare length before or after an event: "two weeks after", "6 months later".
BARE_LENGTH_AT_AN_EVENT = (
    r"N (?:(?:and|or|to|-) N )?(?:week|weeks|day|days|month|months|year|years) "
    r"(?:after|before|prior to|prior|later|ago|postop|post|postoperatively|postoperative"
    r"|postpartum|postnatally|postnatal) "
)
#: "for the first postoperative week": a course counted from surgery (read only after
#: "for the first" and the like: "after 2 post-op weeks" is when to start).
POST_OP = "(?:postoperative |postop |after (?:op|operative) )"
#: Where a length of days is no course: "on 5 days", a bare length at an event ("twice
#: daily, 6 weeks later" is when), and "x2 day" (twice a day).
NOT_A_COURSE_HERE = (
    rf"(?<! on )(?!(?:, |: )?{NOT_AFTER_COURSE_WORDS}{BARE_LENGTH_AT_AN_EVENT})"
    r"(?!x N (?:day|week) (?!N |off ))"
)

#: A condition of being free of symptoms: "if pain free", "once you've been symptom-free",
#: "when it doesn't hurt", with how long the state lasts ("If asymptomatic for at least 3
#: days"), which is no course.
#: What a patient may be free of for a time before going on: a symptom, or an aid.
_FREE_OF = (
    "(?:pain|symptom|symptoms|fever|dizziness|vertigo|swelling|headache|headaches|nausea"
    "|injury|ache|aches|discomfort|stiffness|soreness|tingling|numbness|limp|crutch|crutches"
    "|brace|boot|sling|cast|splint|aid|stick|cane|walker|frame)"
)
PAIN_FREE_CONDITION = (
    r"(?:if|when|once|N x|provided|as long as) (?:you are |you're |it is |it's |there is "
    r"|there's |theres |you have |you feel |you have been |you've been |there has been "
    r"|it has been |)"
    # ("pain free", "crutch free", "free of symptoms"; not "hands free")
    rf"(?:{_FREE_OF} free |free (?:of|from) [a-z]+ "
    r"|asymptomatic "
    r"|painless "
    r"|(?:no|little|minimal) (?:pain|discomfort|symptoms) "
    r"|(?:it )?(?:does not|doesn't|do not|don't) (?:hurt|cause pain) )"
    r"(?:(?:for|over) (?:at least |)(?:N|a|an) (?:consecutive |full |whole |)"
    r"(?:hours|hour|days|day|weeks|week) |)"
)

#: The days without a session, which must leave the days a week said beside them: "rest
#: the other 2 days", "2 days off a week", "2 days of the week are rest days", "2 days a
#: week off", "5 days a week with 2 rest days" (the week's other days), "take off one day
#: a week", "one day per week of rest".
DAYS_OFF = (
    r"(?:and |then |, |)(?:rest|recover|off) (?:on |for |)(?:the (?:ORD|remaining)|those|these) (?P<n>N) days "
    r"(?:(?:a|per|each|in a) week )?"
    r"|(?:with |and |, )the (?:ORD|remaining|other) (?P<n5>N) days (?:as|are|for|of) (?:rest|recovery|off) (?:days |day |)"
    r"|(?:and |with |, |)(?P<n2>N) (?:complete |full |whole |)(?:rest days |rest day |recovery days |recovery day |days off |day off |days of rest |day of rest )(?:a|per|each|every|in a) week "
    # ("Run 3 days a week off the pavement": a way of moving said first, off a surface;
    # the handler reads the days a week again)
    r"|(?P<n3days>(?:at least |)(?P<n3>N) (?:days |day )(?:of|in|a|per|each|/) (?:the |a |)week )"
    r"(?:(?P<off>off )(?!- season |season )|(?:of|for) (?:rest|recovery) |(?:are|as|is|will be|should be|must be) (?:your |a |)(?:complete |full |total |)(?:(?:rest|recovery|off) (?:days |day )|off |rest |recovery ))"
    r"|(?:and |with |, )(?P<n4>N) (?:rest days |days off |recovery days |days of rest )(?!(?:in )?between |after |before |of )"
    r"|(?:take|taking) off (?:at least |)(?P<n6>N) (?:days |day )(?:a|per|each|every|in a) week "
)


#: The periods a programme grows or is reviewed by: "every 2 weeks", "each fortnight".
CADENCE_UNIT = "(?:day|days|week|weeks|fortnight|fortnights|month|months) "
#: The words of a step after "by N" ("kg", "% of the baseline set resistance"), up to a
#: clause of its own: "by 1 kg and do 3 x 10 every day" steps the load and gives the sessions.
A_STEPS_WORDS = (
    # ("by 1 kg and the reps by 2 each week", "by 1 kg and 2 reps each week": one step)
    r"(?:(?![.,;:] |(?:and|then|followed|plus) (?!the |your |a |an |by |N (?!x ))|N x |x N )"
    r"[^ ]+ ){0,8}?"
)

#: Where a sentence ends, for rules that look no further.
SENTENCE_ENDS = frozenset({".", "!", "?", ";"})
#: Where a clause ends: a word beyond it belongs to another ("Ice when painful, no more
#: than 4 times a day").
CLAUSE_BREAKS = frozenset({",", ";", ".", "!", "?", ":", "(", ")"})
