"""Errors that end a run with exit code 2 and a one-line message (never a traceback)."""


class PromptlintError(Exception):
    """A usage, input or configuration error. ``str(err)`` is the one-line message."""


class ConfigError(PromptlintError):
    """The configuration file or a command-line option has a bad key or value."""


class PackError(PromptlintError):
    """A pattern pack or a plugin detector is broken; the message names the file and the problem."""


class InputError(PromptlintError):
    """An input cannot be read as text: missing, binary, undecodable, empty or too large."""
