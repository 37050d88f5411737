"""YAML loading that remembers where every value came from, so errors name file and line."""

from __future__ import annotations

from dataclasses import dataclass
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
    #: Keys that came from another file (a mapping merged from several, see `merge`).
    key_paths: dict[str, str] | None = None

    def where(self, key: str | None = None) -> str:
        """Return "file:line" for the mapping or for one of its keys."""
        if key is None:
            return f"{self.path}:{self.line}"
        path = self.key_paths.get(key, self.path) if self.key_paths else self.path
        return f"{path}:{self.key_lines.get(key, self.line)}"


def merge(first: LineDict, second: LineDict) -> LineDict:
    """The keys of both mappings (the second's win), each still knowing its file and line."""
    result = LineDict({**first, **second})
    result.path, result.line = first.path, first.line
    result.key_lines = {**first.key_lines, **second.key_lines}
    result.key_paths = {**{k: first.path for k in first}, **(first.key_paths or {}),
                        **{k: second.path for k in second}, **(second.key_paths or {})}
    return result


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


_STR_TAG = "tag:yaml.org,2002:str"


def _value(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    """A node's value, as loader.construct_object(node, deep=True) makes it."""
    # Most of the content's ~36,000 nodes are text, which construct_object returns as the
    # node's value after a round of look-ups per node: taken directly, loading the content
    # takes about a fifth less time.
    if node.tag == _STR_TAG and isinstance(node, yaml.ScalarNode):
        return node.value
    return loader.construct_object(node, deep=True)


def _loader_for(path: str) -> type[yaml.SafeLoader]:
    class Loader(_BASE_LOADER):
        pass

    def mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> LineDict:
        result = LineDict()
        result.path, result.line, result.key_lines = path, node.start_mark.line + 1, {}
        for key_node, value_node in node.value:
            key = _value(loader, key_node)
            if not isinstance(key, (str, int, float, bool)):
                raise ContentError(f"{path}:{key_node.start_mark.line + 1}: keys must be plain")
            key = str(key)
            if key in result:
                raise ContentError(f"{path}:{key_node.start_mark.line + 1}: duplicate key {key!r}")
            result[key] = _value(loader, value_node)
            result.key_lines[key] = key_node.start_mark.line + 1
        return result

    def sequence(loader: yaml.SafeLoader, node: yaml.SequenceNode) -> LineList:
        result = LineList(_value(loader, child) for child in node.value)
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
        raw = path.read_bytes()
    except OSError as exc:
        raise ContentError(f"{shown}: cannot read: {exc.strerror}") from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise ContentError(f"{shown}:{line}: not UTF-8 text (byte 0x{raw[exc.start]:02x});"
                           " save the file as UTF-8") from exc
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


@dataclass(frozen=True)
class ContentFiles:
    """Where each content file is read from: the organisation's folder first, file by file.

    `shipped` holds the content that comes with the advisor; `own` (ADVISOR_CONTENT_DIR), if
    set, the organisation's copy, which may hold only the files it changes. A file there
    replaces the shipped file of the same path. Errors name an own file by its full path and
    a shipped one by its path in the content (knowledge/rules.yaml).
    """

    shipped: Path
    own: Path | None = None

    @classmethod
    def of(cls, content: Path | ContentFiles) -> ContentFiles:
        """The files of a content folder (the shipped ones only), or the files as given."""
        return content if isinstance(content, ContentFiles) else cls(content)

    def is_own(self, rel: str) -> bool:
        """The organisation's folder has this file."""
        return self.own is not None and (self.own / rel).is_file()

    def path(self, rel: str) -> Path:
        """The file to read for rel: the organisation's, else the shipped one."""
        if self.own is not None and (self.own / rel).is_file():
            return self.own / rel
        return self.shipped / rel

    def exists(self, rel: str) -> bool:
        """Either folder has the file."""
        return self.path(rel).is_file()

    def shown(self, rel: str) -> str:
        """How errors name the file."""
        return str(self.path(rel)) if self.is_own(rel) else rel

    def load(self, rel: str) -> Any:
        """Load the file for rel (see `path`)."""
        return load_yaml(self.path(rel), None if self.is_own(rel) else self.shipped)

    def load_shipped(self, rel: str) -> Any:
        """Load the shipped version of a file, whatever the organisation's folder holds."""
        return load_yaml(self.shipped / rel, self.shipped)

    def names(self, folder: str) -> list[str]:
        """The YAML files of a folder of the content, in either place, by name."""
        found = {p.name for p in (self.shipped / folder).glob("*.yaml")}
        if self.own is not None:
            found |= {p.name for p in (self.own / folder).glob("*.yaml")}
        return sorted(found)
