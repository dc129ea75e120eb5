"""The spec as data, for every tool: reading and bundling it (``load``), the names and rules the
tools agree on (``names``), walking its operations (``operations``), its fields once resolved
(``schema``), editing its part files (``files``), the one way from its text to Python
(``pyliteral``, ``safe_names``) and the generator's view of it (``generator_adapter``).

The names most tools use are here as well (``from scripts import spec as spec_mod``); the rest
are imported from their module. Nothing here imports another package of scripts/.
"""

from scripts.spec.load import (
    ENTRY,
    ROOT,
    SPEC_DIR,
    SpecError,
    SpecInputError,
    bundle,
    dumps,
    load_spec,
    load_yaml,
    source_files,
    source_hash,
)
from scripts.spec.names import (
    METHODS,
    SYSTEM_HEADERS,
    camel,
    name_words,
    pascal,
    query_signed,
    retry_safe_by_name,
    security,
    snake,
    tag_for_path,
    v2_path,
)
from scripts.spec.operations import (
    REQUEST_RULES,
    RequestField,
    body_media,
    iter_operations,
    request_fields,
)

__all__ = [
    "ENTRY",
    "METHODS",
    "REQUEST_RULES",
    "ROOT",
    "SPEC_DIR",
    "SYSTEM_HEADERS",
    "RequestField",
    "SpecError",
    "SpecInputError",
    "body_media",
    "bundle",
    "camel",
    "dumps",
    "iter_operations",
    "load_spec",
    "load_yaml",
    "name_words",
    "pascal",
    "query_signed",
    "request_fields",
    "retry_safe_by_name",
    "security",
    "snake",
    "source_files",
    "source_hash",
    "tag_for_path",
    "v2_path",
]
