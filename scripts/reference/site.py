"""The HTML reference (``python -m scripts.docs_site``, ``make docs``): Markdown pages from the
spec, the generated client and the README, turned into a static site by MkDocs with the
Material theme.

The Markdown goes to a build directory (``build/docs/src``, with its ``mkdocs.yml``), never to
the repository. The site needs no network when viewed: fonts are the system's, search runs
from an index inlined by Material's ``offline`` plugin, and the worker shim that plugin would load
from a CDN is served from the site (``scripts/reference/assets``).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from scripts import spec as spec_mod
from scripts.reference.examples import example, run
from scripts.reference.models import MODELS_PAGE, models_page, wrapper
from scripts.reference.pages import INDEX_PAGE, Operation, index_page, page_name, resource_page
from scripts.reference.sdk import sdk_method

SITE = spec_mod.ROOT / "site"
WORK = spec_mod.ROOT / "build" / "docs"
README = spec_mod.ROOT / "README.md"
ASSETS = Path(__file__).resolve().parent / "assets"
MKDOCS_TIMEOUT = 300  # seconds; a build takes a few
_IMAGES = {".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp"}
_LINK = re.compile(r"(!?)\[([^\]]*)\]\(([^)\s]+)\)")
# Material's advice for API names: also split camelCase, dots and underscores, so that a search
# for "fullName" finds "addressParam.fullName" and "page size" finds "page_size". Chinese has no
# spaces: with jieba installed (the docs extra), Material's search plugin puts a zero-width space
# (U+200B) between the words of Chinese text as it builds the index, and the separator splits
# there, so that "退款" is a word of its own and a search for it finds the pages that say it.
_SEARCH_SEPARATOR = r'[\s\u200b\-_,:!=\[\]()"/]+|(?!\b)(?=[A-Z][a-z])|\.(?!\d)|&[lg]t;'
#: The repository's Markdown the site holds besides the generated pages, in the nav's order:
#: (section, title, path in the repository). Links between them stay links on the site.
GUIDES = [
    ("Guides", "Message callbacks (webhooks)", "docs/webhooks.md"),
    ("Guides", "Running on several machines", "docs/several-machines.md"),
    ("Guides", "Evidence from real traffic", "docs/evidence.md"),
    ("Project", "Testing", "TESTING.md"),
    ("Project", "Benchmarks", "BENCHMARKS.md"),
    ("Project", "Contributing", "CONTRIBUTING.md"),
    ("Project", "Changelog", "CHANGELOG.md"),
]


def on_site(root: Path = spec_mod.ROOT) -> dict[str, str]:
    """Where each repository file the site holds is on it (README is the home page); a guide
    missing from ``root`` (a partial copy of the repository) is left out, and links to it
    become code."""
    guides = {path: path for _, _, path in GUIDES if (root / path).is_file()}
    return {"README.md": "index.md", **guides}


def operations(spec: dict[str, Any]) -> tuple[dict[str, list[Operation]], dict[str, list[str]]]:
    """The operations of each SDK resource (in the spec's order), and each resource's tag texts."""
    tags = {t["name"]: t for t in spec.get("tags") or []}
    descriptions: dict[str, list[str]] = {}
    found = []
    for path, method, op in spec_mod.iter_operations(spec):
        tag = tags[op["tags"][0]]
        resource = str(tag["x-pandapon-resource"])
        texts = descriptions.setdefault(resource, [])
        if tag.get("description") and tag["description"] not in texts:
            texts.append(str(tag["description"]))
        sdk = sdk_method(resource, str(op["x-pandapon-sdk-method"]))
        found.append((resource, path, method, op, sdk, example(op, sdk)))
    outcomes = run(item[-1] for item in found)
    grouped: dict[str, list[Operation]] = {}
    for resource, path, method, op, sdk, code in found:
        outcome = outcomes[code.operation_id]
        grouped.setdefault(resource, []).append(Operation(path, method, op, sdk, code, outcome))
    return grouped, descriptions


def home_page(readme: str, src: Path, root: Path = spec_mod.ROOT) -> str:
    """The README as the home page (see ``repository_page``)."""
    return repository_page(readme, "README.md", src, root)


def repository_page(text: str, where: str, src: Path, root: Path = spec_mod.ROOT) -> str:
    """A Markdown file of the repository (at ``where``) as a page of the site: links to the
    other pages the site holds (``on_site``) stay links, to where those pages are; images it
    shows are copied along; links to other repository files (which the site does not hold)
    become their path in code."""
    folder = Path(where).parent
    pages = on_site(root)
    page = Path(pages.get(where, where))

    def rewrite(match: re.Match[str]) -> str:
        bang, label, target = match.groups()
        if re.match(r"[a-z]+:|#", target):
            return match.group(0)
        path, hash_, anchor = target.partition("#")
        in_repo = os.path.normpath(folder / path).replace(os.sep, "/")
        if bang and Path(path).suffix.lower() in _IMAGES and (root / in_repo).is_file():
            (src / in_repo).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(root / in_repo, src / in_repo)
            link = os.path.relpath(in_repo, page.parent).replace(os.sep, "/")
            return f"{bang}[{label}]({link})"
        if in_repo in pages:
            link = os.path.relpath(pages[in_repo], page.parent).replace(os.sep, "/")
            return f"[{label}]({link}{hash_}{anchor})"
        plain = label.strip("`")
        return label if plain.rstrip("/") == target.rstrip("/") else f"{label} (`{target}`)"

    out, fenced = [], False
    for line in text.splitlines():
        if line.startswith("```"):
            fenced = not fenced
        out.append(line if fenced else _LINK.sub(rewrite, line))
    return "\n".join(out) + "\n"


def mkdocs_config(nav: list[Any]) -> dict[str, Any]:
    """MkDocs' configuration; the sources are in ``src`` beside it, the output is ``-d``."""
    return {
        "site_name": "PandaPon Python SDK",
        "docs_dir": "src",
        "use_directory_urls": False,  # pages open from the file system too
        "nav": nav,
        "theme": {
            "name": "material",
            "font": False,  # the default loads Google Fonts at view time
            "features": [
                "navigation.sections",
                "navigation.top",
                "search.highlight",
                "content.code.copy",
                "toc.follow",
            ],
        },
        "extra": {"generator": False, "polyfills": ["assets/iframe-worker-shim.js"]},
        "extra_css": ["assets/reference.css"],
        "plugins": [{"search": {"separator": _SEARCH_SEPARATOR}}, "offline"],
        "markdown_extensions": [
            "admonition",
            "attr_list",
            "tables",
            "pymdownx.details",
            "pymdownx.superfences",
            {"pymdownx.highlight": {"use_pygments": True}},
            {"toc": {"permalink": True}},
        ],
        # With --strict, a broken link or anchor fails the build.
        "validation": {
            "nav": {"omitted_files": "warn", "not_found": "warn", "absolute_links": "warn"},
            "links": {
                "not_found": "warn",
                "absolute_links": "warn",
                "unrecognized_links": "warn",
                "anchors": "warn",
            },
        },
    }


def write_sources(spec: dict[str, Any], work: Path) -> Path:
    """Write the Markdown, assets and mkdocs.yml into ``work``; return the config's path."""
    src = work / "src"
    if src.exists():
        shutil.rmtree(src)
    (src / "assets").mkdir(parents=True)
    for asset in ASSETS.iterdir():
        shutil.copyfile(asset, src / "assets" / asset.name)
    grouped, descriptions = operations(spec)
    (src / "index.md").write_text(home_page(README.read_text(encoding="utf-8"), src), "utf-8")
    guides: dict[str, list[Any]] = {}
    for section, title, path in GUIDES:
        if path not in on_site():
            continue
        text = (spec_mod.ROOT / path).read_text(encoding="utf-8")
        (src / path).parent.mkdir(parents=True, exist_ok=True)
        (src / path).write_text(repository_page(text, path, src), "utf-8")
        guides.setdefault(section, []).append({title: path})
    (src / INDEX_PAGE).write_text(index_page(grouped), encoding="utf-8")
    sections: dict[str, list[Any]] = {}
    nav: list[Any] = [{"Home": "index.md"}, {"Operations": INDEX_PAGE}]
    for resource, items in grouped.items():
        name = page_name(resource)
        text = resource_page(spec, resource, descriptions[resource], items)
        (src / name).write_text(text, encoding="utf-8")
        namespace, _, attribute = resource.rpartition(".")
        if namespace:
            if namespace not in sections:
                sections[namespace] = []
                nav.append({f"client.{namespace}": sections[namespace]})
            sections[namespace].append({attribute: name})
        else:
            nav.append({f"client.{resource}": name})
    wrappers = {wrapper(str(op["operationId"])) for _, _, op in spec_mod.iter_operations(spec)}
    (src / MODELS_PAGE).write_text(models_page(spec, wrappers), encoding="utf-8")
    nav.append({"Models": MODELS_PAGE})
    nav.extend({section: items} for section, items in guides.items())
    config = work / "mkdocs.yml"
    config.write_text(yaml.safe_dump(mkdocs_config(nav), sort_keys=False), "utf-8")
    return config


def run_mkdocs(config: Path, site: Path) -> None:
    """Turn the sources into HTML; RuntimeError (with MkDocs' words) when it fails.

    ``--strict`` makes a broken link or anchor fail; not ``--quiet``, which hides the warnings
    from the counter that ``--strict`` reads, so that the build would pass.
    """
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}  # Material's banner, not about this build
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(site)],
        capture_output=True,
        text=True,
        env=env,
        timeout=MKDOCS_TIMEOUT,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"mkdocs build failed:\n{proc.stdout}\n{proc.stderr}")


def build(site: Path = SITE, work: Path = WORK) -> Path:
    """Build the site into ``site``; return it. Raises RuntimeError when MkDocs fails."""
    work.mkdir(parents=True, exist_ok=True)
    site = site.resolve()
    run_mkdocs(write_sources(spec_mod.bundle(), work), site)
    return site
