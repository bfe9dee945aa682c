"""The package's shape: no import cycle between its modules, no module reaching for another's private
names, and no module that has grown past ~400 lines without saying why it is still one concept."""

from __future__ import annotations

import ast
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import REPO

MAX_LINES = 400
ONE_CONCEPT = "one concept"  # what a longer module's docstring says, with the reason


@dataclass(frozen=True)
class Module:
    name: str
    path: Path
    is_package: bool


def package_dirs() -> dict[str, Path]:
    """The folders pyproject.toml maps into the `diplograph` package (graph/ -> diplograph.graph ...)."""
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    return {package: REPO / folder for package, folder in config["tool"]["setuptools"]["package-dir"].items()}


def modules() -> Iterator[Module]:
    roots = package_dirs()
    for package, folder in roots.items():
        for path in sorted(folder.rglob("*.py")):
            relative = path.relative_to(folder).with_suffix("").parts
            if any(part in {"data", "__pycache__"} for part in relative):
                continue
            name = ".".join((package, *relative))
            if name.endswith(".__init__"):
                yield Module(name[: -len(".__init__")], path, True)
            else:
                yield Module(name, path, False)


ALL = {module.name: module for module in modules()}


def _type_checking_only(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imports(module: Module) -> Iterator[tuple[str, list[str], int]]:
    """(imported module, names taken from it, line) for every import the module runs, lazy ones included;
    those under `if TYPE_CHECKING:` run only for the type checker and are left out."""
    tree = ast.parse(module.path.read_text(encoding="utf-8"))
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and _type_checking_only(node):
            skipped.update(id(child) for statement in node.body for child in ast.walk(statement))
    package = module.name if module.is_package else module.name.rpartition(".")[0]
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, [], node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                source = ".".join([*base, node.module] if node.module else base)
            else:
                source = node.module or ""
            yield source, [alias.name for alias in node.names], node.lineno


def edges(module: Module) -> set[str]:
    """The package's own modules this one imports (a name that is itself a module counts as that module)."""
    found = set()
    for source, names, _ in imports(module):
        for name in names or [""]:
            target = f"{source}.{name}" if name and f"{source}.{name}" in ALL else source
            if target in ALL and target != module.name:
                found.add(target)
    return found


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    visiting: list[str] = []
    done: set[str] = set()

    def visit(node: str) -> list[str] | None:
        if node in visiting:
            return [*visiting[visiting.index(node):], node]
        if node in done:
            return None
        visiting.append(node)
        for target in sorted(graph.get(node, ())):
            cycle = visit(target)
            if cycle:
                return cycle
        visiting.pop()
        done.add(node)
        return None

    for node in sorted(graph):
        cycle = visit(node)
        if cycle:
            return cycle
    return None


def test_the_walk_finds_every_room() -> None:
    for name in ("diplograph.core", "diplograph.cli", "diplograph.graph.store.embedded", "diplograph.graph.view.cache",
                 "diplograph.api.query_pool", "diplograph.ontology.terms", "diplograph.ingest.extract"):
        assert name in ALL


def test_the_package_has_no_import_cycle() -> None:
    graph = {name: edges(module) for name, module in ALL.items()}
    assert find_cycle(graph) is None, " -> ".join(find_cycle(graph) or [])


def test_a_cycle_is_found_when_there_is_one() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": set()}) is None


def is_private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def test_no_module_imports_another_modules_private_names() -> None:
    reaches = [
        f"{module.path.relative_to(REPO)}:{line}: {name} from {source}"
        for module in ALL.values()
        for source, names, line in imports(module)
        for name in names
        if is_private(name) and source != module.name
    ]
    assert reaches == []


def test_no_test_imports_a_private_name() -> None:
    reaches = []
    for path in sorted((REPO / "tests").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                reaches += [f"{path.relative_to(REPO)}:{node.lineno}: {alias.name}"
                            for alias in node.names if is_private(alias.name)]
    assert reaches == []


@pytest.mark.parametrize("name", sorted(ALL))
def test_a_long_module_says_why_it_is_one_concept(name: str) -> None:
    module = ALL[name]
    source = module.path.read_text(encoding="utf-8")
    if source.count("\n") <= MAX_LINES:
        return
    docstring = ast.get_docstring(ast.parse(source)) or ""
    assert ONE_CONCEPT in docstring.lower(), f"{module.path.relative_to(REPO)} has {source.count(chr(10))} lines"
