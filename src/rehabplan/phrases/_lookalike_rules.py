"""
Rules for words that look like a timing and are not one: the weeks of a plan, everyday
life ("daily activities"), a verb ("I am"), a rate of progress a week and a condition on
a progression. Each is read as what it is, so no timing rule takes it.
"""

from __future__ import annotations

from rehabplan.phrases._facts import Handler
from rehabplan.phrases._handlers import h_nothing, noting

__all__ = ["LOOKALIKE_RULES"]

LOOKALIKE_RULES: tuple[tuple[str, str, Handler], ...] = (
    # "each week of the schedule do ... on Monday and Thursday": the weeks of the plan,
    # not how often
    (
        "week_of_the_plan",
        r"(?:each|every|for each|in each) week of (?:the |this |your |our |my )?"
        r"(?:schedule|programme|program|plan|course|training) ",
        h_nothing,
    ),
    # "when I am performing": a verb, not the morning
    ("i_am", r"i am ", h_nothing),
    # "increase by 10% each week": a rate of progress, not a session a week
    (
        "percent_a_week",
        r"(?:by |at |of |)(?P<all>N % (?:more |increase |increment |)(?:each|a|per|every) week )",
        noting("a rate of progress a week, not a session a week"),
    ),
    # "add weight if needed", "increase reps as able": a condition on the progression,
    # not sessions as needed
    (
        "progression_condition",
        r"(?P<all>(?:add|adding|increase|increasing|progress|progressing) (?:the |more |some |a |)"
        r"(?:weight|weights|load|resistance|reps|sets|difficulty|intensity|distance|speed) "
        r"(?:if|when|as) (?:needed|required|necessary) )",
        noting("a condition on the progression, not as needed"),
    ),
    # "daily activities", "activities of daily living": everyday life, not a session a day
    (
        "daily_life",
        r"(?:of )?daily "
        r"(?:activities|activity|tasks|task|life|living|chores|ritual|rituals|intake) ",
        h_nothing,
    ),
)
