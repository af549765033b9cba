"""Literal prefilters derived from regular expressions: skip a search that cannot match.

In:  a pattern (a compiled pattern, a lexicon.Lazy one, or its source text).
Out: `necessary_literals(pattern)` -> strings of which every match contains at least one, or None
     when none can be derived (then nothing may be skipped); `may_match(pattern, text)` -> False
     only when the pattern cannot match anywhere in `text`.

The literals come from the pattern's own parse (the `re` module's parser), so a pattern edited or
added in lexicon.py gets its prefilter at once, with no hand-kept word list. Only what every match
must consume is taken: a run of literal characters, a group, an alternation whose every branch
has literals of its own, a repeat of at least one; lookarounds, classes and case-insensitive
patterns give nothing. A `str in text` test per literal is much cheaper than a regular expression
that tries every position of a sentence.
"""

from functools import cache

try:  # Python 3.11+: the parser is re._parser (sre_parse before, deprecated since)
    from re import _constants as sre_constants, _parser as sre_parse
except ImportError:  # pragma: no cover
    import sre_constants
    import sre_parse

_LITERAL, _SUBPATTERN, _BRANCH = sre_constants.LITERAL, sre_constants.SUBPATTERN, sre_constants.BRANCH
_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, getattr(sre_constants, "POSSESSIVE_REPEAT", None)}
_ATOMIC = getattr(sre_constants, "ATOMIC_GROUP", None)
_IGNORECASE = sre_constants.SRE_FLAG_IGNORECASE


def _score(literals: frozenset[str]) -> tuple[int, int]:
    """The better prefilter: its shortest literal longest, then fewer literals."""
    return min(map(len, literals)), -len(literals)


def _necessary(items) -> frozenset[str] | None:
    """Literals one of which every match of the parsed sequence `items` contains (None: unknown)."""
    best: frozenset[str] | None = None
    run: list[str] = []

    def consider(found):
        nonlocal best
        if found and all(found) and (best is None or _score(found) > _score(best)):
            best = found

    for op, av in items:
        if op is _LITERAL:
            run.append(chr(av))
            continue
        consider(frozenset(["".join(run)]) if run else None)
        run = []
        if op is _SUBPATTERN:
            group, add_flags, del_flags, sub = av
            if add_flags & _IGNORECASE:
                raise ValueError("case-insensitive group")
            consider(_necessary(sub))
        elif op is _BRANCH:
            branches = [_necessary(branch) for branch in av[1]]
            if all(branches):
                consider(frozenset().union(*branches))
        elif op in _REPEATS and av[0] >= 1:
            consider(_necessary(av[2]))
        elif _ATOMIC is not None and op is _ATOMIC:
            consider(_necessary(av))
        # classes, any character, anchors, lookarounds, back references: nothing certain
    consider(frozenset(["".join(run)]) if run else None)
    return best


@cache
def literals_of(source: str, flags: int = 0) -> tuple[str, ...] | None:
    """necessary_literals() of a pattern source, computed once per pattern."""
    try:
        parsed = sre_parse.parse(source, flags)
        if parsed.state.flags & _IGNORECASE:
            return None
        found = _necessary(parsed)
    except (ValueError, TypeError, AttributeError, IndexError):  # a construct this reader does not know
        return None
    return tuple(sorted(found)) if found else None


def necessary_literals(pattern) -> tuple[str, ...] | None:
    """Strings of which every match of `pattern` contains one, or None when none is certain."""
    if isinstance(pattern, str):
        return literals_of(pattern)
    source = getattr(pattern, "source", None)  # lexicon.Lazy, without compiling it
    if source is not None:
        return literals_of(source)
    return literals_of(pattern.pattern, pattern.flags & ~sre_constants.SRE_FLAG_UNICODE)


def may_match(pattern, text: str) -> bool:
    """False only when `pattern` cannot match in `text` (none of its necessary literals is there)."""
    source = getattr(pattern, "source", None)  # lexicon.Lazy: its source, without compiling it
    if source is not None or isinstance(pattern, str):
        key = (source or pattern, 0)
    else:
        key = (pattern.pattern, pattern.flags)
    check = _CHECKS.get(key)
    if check is None:
        check = _CHECKS[key] = checker(necessary_literals(pattern))
    return check(text)


_CHECKS: dict = {}  # (pattern source, flags) -> its checker


def checker(literals: tuple[str, ...] | None):
    """A function telling whether a text holds one of `literals` (always True for None)."""
    if literals is None:
        return lambda text: True
    if len(literals) == 1:
        literal = literals[0]
        return lambda text: literal in text
    if len(literals) == 2:
        first, second = literals
        return lambda text: first in text or second in text

    def holds_one(text: str) -> bool:  # a plain loop: twice as fast as any() over a generator
        for literal in literals:
            if literal in text:
                return True
        return False

    return holds_one
