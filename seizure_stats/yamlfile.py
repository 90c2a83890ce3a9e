"""YAML data files read strictly: a key written twice in one mapping is an error, not a silent overwrite.

PyYAML keeps the last of two equal keys, so a language or world file that says `countries:` twice would lose half
its entries without a word. Both kinds of data file are read through `load_unique`.
"""
from __future__ import annotations

import yaml

_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml parses the large files ~10x faster


class _UniqueKeyLoader(_Base):
    pass


def _construct_mapping(loader, node, deep=False):
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
        seen.add(key)
    return _Base.construct_mapping(loader, node, deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_unique(text: str):
    """The YAML document in `text`, with duplicate keys rejected (yaml.constructor.ConstructorError)."""
    return yaml.load(text, Loader=_UniqueKeyLoader)
