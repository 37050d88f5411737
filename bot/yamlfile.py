"""YAML loading that remembers where every value came from, so errors name file and line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


class ContentError(Exception):
    """A content file is malformed; the message names the file and line."""


class LineDict(dict[str, Any]):
    """A mapping that knows the file and line of itself and of each key."""

    path: str = "?"
    line: int = 0
    key_lines: dict[str, int]

    def where(self, key: str | None = None) -> str:
        """Return "file:line" for the mapping or for one of its keys."""
        line = self.key_lines.get(key, self.line) if key is not None else self.line
        return f"{self.path}:{line}"


class LineList(list[Any]):
    """A list that knows the file and line it starts at, and the line of each item."""

    path: str = "?"
    line: int = 0
    item_lines: list[int]

    def where(self, index: int | None = None) -> str:
        """Return "file:line" for the list or one of its items."""
        line = self.item_lines[index] if index is not None else self.line
        return f"{self.path}:{line}"


#: libyaml's parser when PyYAML was built with it: the same nodes and line marks, and
#: parsing the content at start-up takes about a fifth of the pure-Python parser's time.
_BASE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _loader_for(path: str) -> type[yaml.SafeLoader]:
    class Loader(_BASE_LOADER):
        pass

    def mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> LineDict:
        result = LineDict()
        result.path, result.line, result.key_lines = path, node.start_mark.line + 1, {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, (str, int, float, bool)):
                raise ContentError(f"{path}:{key_node.start_mark.line + 1}: keys must be plain")
            key = str(key)
            if key in result:
                raise ContentError(f"{path}:{key_node.start_mark.line + 1}: duplicate key {key!r}")
            result[key] = loader.construct_object(value_node, deep=True)
            result.key_lines[key] = key_node.start_mark.line + 1
        return result

    def sequence(loader: yaml.SafeLoader, node: yaml.SequenceNode) -> LineList:
        result = LineList(loader.construct_object(child, deep=True) for child in node.value)
        result.path, result.line = path, node.start_mark.line + 1
        result.item_lines = [child.start_mark.line + 1 for child in node.value]
        return result

    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, sequence)
    return Loader


def load_yaml(path: Path, root: Path | None = None) -> Any:
    """Load one YAML file, turning syntax errors into a ContentError with file and line."""
    shown = str(path.relative_to(root)) if root and path.is_relative_to(root) else str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ContentError(f"{shown}: cannot read: {exc.strerror}") from exc
    try:
        return yaml.load(text, Loader=_loader_for(shown))  # noqa: S506 - SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        # The context (e.g. where an unclosed bracket opened) is where the fault usually is.
        mark = exc.context_mark or exc.problem_mark
        line = mark.line + 1 if mark else 0
        found = f" (noticed at line {exc.problem_mark.line + 1})" if exc.problem_mark else ""
        raise ContentError(f"{shown}:{line}: invalid YAML: {exc.problem}{found}") from exc
    except yaml.YAMLError as exc:
        raise ContentError(f"{shown}: invalid YAML: {exc}") from exc


def require_map(value: Any, where: str, what: str) -> LineDict:
    """Check that a value is a mapping."""
    if not isinstance(value, LineDict):
        raise ContentError(f"{where}: {what} must be a mapping")
    return value


def require_list(value: Any, where: str, what: str) -> LineList:
    """Check that a value is a list."""
    if not isinstance(value, LineList):
        raise ContentError(f"{where}: {what} must be a list")
    return value


def require_str(value: Any, where: str, what: str) -> str:
    """Check that a value is a non-empty string."""
    if not isinstance(value, str) or not value.strip():
        raise ContentError(f"{where}: {what} must be a non-empty text")
    return value
