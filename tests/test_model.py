"""Records (promptlint.model.Record): value equality, repr, replace, pickling."""

import pickle

import pytest

from promptlint.config import Config
from promptlint.extract import Chunk, Document
from promptlint.model import Finding, Rule, Severity


def _rule(**changes):
    fields = {"code": "XX001", "name": "x", "entity": "e", "severity": Severity.INFO,
              "guideline": 2, "message": {"da": "m"}}
    return Rule(**{**fields, **changes})


def test_records_are_equal_by_value_and_by_type():
    assert _rule() == _rule()
    assert _rule() != _rule(code="XX002")
    assert Chunk("a") == Chunk("a", 0, 1, 1, 0, None)
    assert Chunk("a") != Document("a", "a")
    assert Chunk("a") != ("a", 0, 1, 1, 0, None)


def test_a_record_with_mutable_fields_is_not_hashable():
    with pytest.raises(TypeError):
        hash(_rule())


def test_defaults_are_fresh_per_record():
    a, b = _rule(), _rule()
    a.what["da"] = "changed"
    assert b.what == {}
    assert Config().severity is not Config().severity


def test_repr_names_the_fields():
    assert repr(Chunk("a", 3)) == "Chunk(text='a', start=3, line=1, column=1, keep_from=0, keep_to=None)"


def test_replace_changes_only_the_named_fields():
    config = Config(lang="en")
    changed = config.replace(format="json")
    assert (changed.lang, changed.format, config.format) == ("en", "json", "text")
    assert config.with_overrides(lang=None, show_values=True) == Config(lang="en", show_values=True)
    with pytest.raises(TypeError, match="no field 'colour'"):
        config.replace(colour="red")


def test_records_cross_process_boundaries():
    # --jobs sends findings from worker processes back through pickle.
    finding = Finding("a.txt", _rule(), 0, 3, 1, 1, 1, 4, Severity.ERROR, 0.9, "abc")
    assert pickle.loads(pickle.dumps(finding)) == finding


def test_records_take_only_their_fields():
    with pytest.raises(AttributeError):
        Chunk("a").extra = 1  # __slots__: a typo in a field name fails loudly
