"""A small declarative schema for YAML and front matter, in the spirit of a declarative site config.

Each rule checks a value and reports problems at the line of the offending key, so
an editor learns which file, which line and which key is wrong.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from quanyi.content.yamlfile import Located
from quanyi.problems import Problems


@dataclass
class Ctx:
    doc: Located
    problems: Problems

    def error(self, key, message: str, fix: str = "") -> None:
        self.problems.error(self.doc.path, self.doc.line(key), message, fix)


def _name(key) -> str:
    return ".".join(str(k) for k in key) or "(top level)"


class Rule:
    description = "a value"

    def check(self, value: Any, key: tuple, ctx: Ctx) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


class Str(Rule):
    description = "text"

    def check(self, value, key, ctx):
        if not isinstance(value, str) or not value.strip():
            ctx.error(key, f"'{_name(key)}' must be {self.description}, found {value!r}",
                      "write some text, in quotes if it contains ':'")


class Number(Rule):
    description = "a number"

    def check(self, value, key, ctx):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
            ctx.error(key, f"'{_name(key)}' must be a positive number, found {value!r}",
                      "write digits only, e.g. 2330 or 23.5 (no unit, no comma)")


class Bool(Rule):
    description = "true or false"

    def check(self, value, key, ctx):
        if not isinstance(value, bool):
            ctx.error(key, f"'{_name(key)}' must be true or false, found {value!r}", "write true or false")


class Date(Rule):
    description = "a date"

    def check(self, value, key, ctx):
        if value is None:
            return  # an impossible date was already reported by the YAML loader
        if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
            ctx.error(key, f"'{_name(key)}' must be a date, found {value!r}",
                      "write it as YYYY-MM-DD, e.g. 2025-01-01")


class Url(Rule):
    description = "a web address"

    def check(self, value, key, ctx):
        if not isinstance(value, str) or not value.startswith(("https://", "http://")):
            ctx.error(key, f"'{_name(key)}' must be a web address starting with https://, "
                      f"found {value!r}", "copy the full address of the source page")


@dataclass
class OneOf(Rule):
    choices: tuple

    def check(self, value, key, ctx):
        if value not in self.choices:
            ctx.error(key, f"'{_name(key)}' must be one of {', '.join(map(str, self.choices))}; "
                      f"found {value!r}", f"use one of: {', '.join(map(str, self.choices))}")


@dataclass
class Nullable(Rule):
    """A value that may be left empty (null) when it is not known."""

    rule: Rule

    def check(self, value, key, ctx):
        if value is not None:
            self.rule.check(value, key, ctx)


@dataclass
class Field:
    rule: Rule
    required: bool = True


@dataclass
class Map(Rule):
    fields: dict[str, Field]
    description: str = "a mapping"

    def check(self, value, key, ctx):
        if not isinstance(value, dict):
            ctx.error(key, f"'{_name(key)}' must be a mapping of keys to values, found {value!r}",
                      f"give it the keys {', '.join(self.fields)}")
            return
        for name, spec in self.fields.items():
            if name not in value:
                if spec.required:
                    where = f"'{_name(key)}' is missing the key" if key else "missing key"
                    ctx.error(key, f"{where} '{name}'",
                              f"add '{name}:' ({spec.rule.description})")
                continue
            spec.rule.check(value[name], key + (name,), ctx)
        for name in value:
            if name not in self.fields:
                where = f" in '{_name(key)}'" if key else ""
                ctx.error(key + (name,), f"unknown key '{name}'{where}",
                          f"remove it or use one of: {', '.join(self.fields)}")


@dataclass
class List(Rule):
    item: Rule
    min_items: int = 0
    description: str = "a list"

    def check(self, value, key, ctx):
        if value is None and self.min_items == 0:
            return
        if not isinstance(value, list):
            ctx.error(key, f"'{_name(key)}' must be a list (lines starting with '- '), "
                      f"found {value!r}", "start each item with '- '")
            return
        if len(value) < self.min_items:
            ctx.error(key, f"'{_name(key)}' needs at least {self.min_items} item(s)",
                      "add the missing items")
        for i, item in enumerate(value):
            self.item.check(item, key + (i,), ctx)


@dataclass
class DictOf(Rule):
    """A mapping whose keys are free-form ids, each value following one rule."""

    value_rule: Rule
    description: str = "a mapping"

    def check(self, value, key, ctx):
        if value is None:
            return
        if not isinstance(value, dict):
            ctx.error(key, f"'{_name(key)}' must be a mapping, found {value!r}",
                      "write 'id:' lines with indented values")
            return
        for name, item in value.items():
            self.value_rule.check(item, key + (name,), ctx)


def lang_text(rule: Rule | None = None) -> Map:
    """Text given in both languages: ``{zh: ..., en: ...}``."""
    rule = rule or Str()
    return Map({"zh": Field(rule), "en": Field(rule)}, description="text in zh and en")


def validate(rule: Rule, doc: Located, problems: Problems) -> bool:
    """Check ``doc`` against ``rule``; True when no new error was reported."""
    before = len(problems.errors)
    rule.check(doc.data, (), Ctx(doc, problems))
    return len(problems.errors) == before


__all__ = ["Date", "DictOf", "Field", "List", "Map", "Nullable", "Number", "OneOf", "Str",
           "Url", "field", "lang_text", "validate"]
