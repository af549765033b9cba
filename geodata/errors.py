"""The one error type the pipeline raises for bad input: it names the file, the line and the fix."""

from pathlib import Path


class InputError(Exception):
    """Bad input: a message that names the file (and line) and says how to fix it."""

    def __init__(self, path: Path | str, message: str, line: int | None = None, fix: str = ""):
        self.path = Path(path)
        self.line = line
        self.message = message
        self.fix = fix
        where = f"{self.path}:{line}" if line is not None else f"{self.path}"
        text = f"{where}: {message}"
        if fix:
            text += f"\n  fix: {fix}"
        super().__init__(text)


class InputErrors(Exception):
    """Several bad-input errors at once, so one run lists every problem."""

    def __init__(self, errors: list[InputError]):
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))
