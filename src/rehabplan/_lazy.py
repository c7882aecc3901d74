"""
Names a package's face imports on first use (PEP 562), so that importing the package
stays cheap: a program pays only for the modules it uses.

>>> namespace = {"__name__": "demo", "__all__": ["sqrt"]}
>>> getattr_, dir_ = lazy(namespace, {"sqrt": "math"})
>>> getattr_("sqrt")(9.0), "sqrt" in namespace, dir_()
(3.0, True, ['__all__', '__name__', 'sqrt'])
"""

from __future__ import annotations

import importlib

# `typing.TYPE_CHECKING` without importing `typing`: `import rehabplan` does without it.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from typing import Any

__all__ = ["lazy"]


def lazy(
    namespace: dict[str, Any], names: Mapping[str, str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """
    A module's ``__getattr__`` and ``__dir__`` that import each of *names* from its
    module the first time it is asked for, then keep it in *namespace* (the module's
    globals), so the next lookup is an ordinary global.

    >>> namespace = {"__name__": "demo", "__all__": []}
    >>> getattr_, _ = lazy(namespace, {})
    >>> getattr_("missing")
    Traceback (most recent call last):
    ...
    AttributeError: module 'demo' has no attribute 'missing'
    """

    def getattr_(name: str) -> Any:
        module = names.get(name)
        if module is None:
            raise AttributeError(f"module {namespace['__name__']!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        namespace[name] = value
        return value

    def dir_() -> list[str]:
        return sorted({*namespace, *namespace["__all__"]})

    return getattr_, dir_
