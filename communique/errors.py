"""Exceptions named for the condition. Library code raises; the CLI and web app format."""


class CommuniqueError(Exception):
    """Base class: every error communique raises on purpose."""

    status = 400


class InputError(CommuniqueError):
    """An input file cannot be read as any supported format (or the one asked for)."""

    def __init__(self, path, problem, fix):
        self.path, self.problem, self.fix = str(path), problem, fix
        super().__init__(f"{self.path}: {problem}. {fix}")


class UnknownFormat(InputError):
    pass


class NotFoundError(CommuniqueError):
    status = 404


class QueryError(CommuniqueError):
    """A search or filter the store cannot run (bad date, unknown field...)."""

    status = 400


class LimitExceeded(CommuniqueError):
    """An input exceeds a configured limit (file size, post size, batch size)."""

    status = 413
