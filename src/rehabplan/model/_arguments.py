"""
Arguments checked where they enter the library: a public function refuses a value
of the wrong type with a `ProgrammeError` naming the parameter, instead of failing
deep inside with a built-in exception.

Part of `rehabplan.model`, which re-exports every public name.
"""

from __future__ import annotations

import collections.abc
import datetime
import functools
import types
import typing
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

from rehabplan.errors import ProgrammeError

__all__ = ["checked"]

P = ParamSpec("P")
R = TypeVar("R")

#: Containers whose items are checked too (a generator is not: checking would use it up).
_SIZED = (list, tuple, set, frozenset)


def _fits(value: Any, hint: Any) -> bool:
    """Whether *value* is of the type *hint* (as far as a check at the door can tell)."""
    if hint is Any or isinstance(hint, TypeVar):
        return True
    if hint is None or hint is type(None):
        return value is None
    origin = typing.get_origin(hint)
    arguments = typing.get_args(hint)
    if origin in (types.UnionType, typing.Union):
        return any(_fits(value, one) for one in arguments)
    if origin is typing.Literal:
        return any(value == one and type(value) is type(one) for one in arguments)
    if origin is None:
        if not isinstance(hint, type):
            return True  # a hint this check does not know: the function checks it
        if hint is float:
            return isinstance(value, int | float) and not isinstance(value, bool)
        if hint is int and isinstance(value, bool):
            return False
        if hint is datetime.date and isinstance(value, datetime.datetime):
            return False  # a day, not a moment: a datetime is a date only by inheritance
        return isinstance(value, hint)
    if getattr(origin, "__module__", "") == "typing":
        return True  # typing.IO and its kind: no isinstance check tells a stream
    if not isinstance(origin, type) or not isinstance(value, origin):
        return False
    if not arguments or origin.__name__ == "Callable":
        return True
    if isinstance(value, str | bytes) and arguments[0] not in (str, bytes):
        return False  # text is iterable, but never a list of paths or of exercises
    if isinstance(value, dict | collections.abc.Mapping):
        return all(_fits(k, arguments[0]) for k in value)
    if isinstance(value, _SIZED):
        if origin is tuple and len(arguments) == 2 and arguments[1] is not Ellipsis:
            return len(value) == 2 and all(map(_fits, value, arguments))
        return all(_fits(item, arguments[0]) for item in value)
    return True


def _describe(hint: Any) -> str:
    text = str(hint).replace("typing.", "").replace("datetime.", "dt.")
    return getattr(hint, "__name__", text) if isinstance(hint, type) else text


def _hints(fn: Callable[..., Any], skip: tuple[str, ...]) -> dict[str, Any]:
    """
    The parameters' types, each read on its own: one the module cannot name is left
    out, and so are those in *skip* (the function checks them, in its own words).
    """
    found = {}
    # Names a module may import for its type checker only.
    namespace = {"dt": datetime, **getattr(fn, "__globals__", {})}
    for name, annotation in getattr(fn, "__annotations__", {}).items():
        if name in ("return", *skip):
            continue
        if "Path" in str(annotation) and "Path" not in namespace:
            import pathlib  # only for a function that takes paths: it is slow to import

            namespace["Path"] = pathlib.Path
        one = types.SimpleNamespace(__annotations__={name: annotation})
        try:
            found[name] = typing.get_type_hints(one, globalns=namespace)[name]
        except Exception:  # a name only the type checker sees
            continue
    return found


def checked(*skip: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """
    Check the type of each argument (but those named in *skip*, which the function
    checks itself) against the function's annotations on every call.

    >>> @checked()
    ... def weeks(count: int) -> int:
    ...     return count
    >>> weeks("3")
    Traceback (most recent call last):
    ...
    rehabplan.errors.ProgrammeError: count: must be int (got str '3')
    """

    def decorate(fn: Callable[P, R]) -> Callable[P, R]:
        hints: dict[str, Any] | None = None
        names: list[str] = []

        @functools.wraps(fn)
        def call(*args: P.args, **kwargs: P.kwargs) -> R:
            nonlocal hints
            if hints is None:  # read on first use, to keep importing cheap
                import inspect

                hints = _hints(fn, skip)
                names[:] = list(inspect.signature(fn).parameters)
            for name, value in (*zip(names, args, strict=False), *kwargs.items()):
                hint = hints.get(name)
                if hint is not None and not _fits(value, hint):
                    shown = repr(value)
                    shown = shown if len(shown) <= 60 else shown[:57] + "..."
                    raise ProgrammeError(
                        f"must be {_describe(hint)} (got {type(value).__name__} {shown})",
                        where=name,
                        value=value,
                    )
            return fn(*args, **kwargs)

        return call

    return decorate
