"""The house rules, checked: one-way imports, one renderer adapter, a wheel that works on its own."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import REPO

PACKAGE = REPO / "src" / "quanyi"
BIN = Path(sys.executable).parent


def lint_imports(cwd: Path, src: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(BIN / "lint-imports"), "--no-cache"], cwd=cwd, capture_output=True, text=True,
                          env={"PATH": str(BIN), "PYTHONPATH": str(src)})


def test_import_contract_holds():
    result = lint_imports(REPO, REPO / "src")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout


def test_import_contract_fails_on_an_import_against_the_flow(tmp_path):
    shutil.copytree(PACKAGE, tmp_path / "src" / "quanyi")
    shutil.copy(REPO / "pyproject.toml", tmp_path)
    model = tmp_path / "src/quanyi/content/model.py"
    model.write_text(model.read_text(encoding="utf-8") + "\nfrom quanyi.web import renderer  # noqa\n",
                     encoding="utf-8")
    result = lint_imports(tmp_path, tmp_path / "src")
    assert result.returncode == 1
    assert "quanyi.content.model -> quanyi.web.renderer" in result.stdout


RENDERER_WORDS = re.compile(r"mkdocs|material|i18n|lunr|\bmd-|__search|__drawer", re.I)


def test_only_the_adapter_knows_the_renderer():
    """Outside web/renderer.py the renderer is never named (the config file's name lives in urls.CONFIG)."""
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "renderer.py" and path.parent.name == "web":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if RENDERER_WORDS.search(line) and not (path.name == "urls.py" and "mkdocs.yml" in line):
                offenders.append(f"{path.relative_to(REPO)}:{number}: {line.strip()}")
    assert offenders == []


@pytest.mark.slow
def test_a_second_engine_renders_the_same_pages(tmp_path, monkeypatch):
    """ProperDocs, the maintained MkDocs 1.x fork, renders our generated tree to the same page set."""
    from conftest import copy_project
    from quanyi.pipeline.build import assemble_tree
    from quanyi.problems import Problems
    from quanyi.web import renderer

    root = copy_project(REPO, tmp_path / "repo")
    build = assemble_tree(root, Problems(root))
    pages = {}
    for engine in ("mkdocs", "properdocs"):
        monkeypatch.setenv(renderer.ENGINE_ENV, engine)
        ok, messages = renderer.build(build, tmp_path / engine)
        assert ok, messages
        pages[engine] = sorted(p.relative_to(tmp_path / engine).as_posix() for p in (tmp_path / engine).rglob("*.html"))
    assert len(pages["mkdocs"]) > 200
    assert pages["properdocs"] == pages["mkdocs"]


@pytest.mark.slow
def test_the_wheel_carries_every_subpackage_and_data_file_and_works(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w",
                    str(tmp_path), str(REPO)], check=True, capture_output=True)
    wheel = next(tmp_path.glob("quanyi-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {f"quanyi/{p.relative_to(PACKAGE).as_posix()}" for p in PACKAGE.rglob("*")
                if p.is_file() and "__pycache__" not in p.parts}
    assert expected - names == set()
    assert {"quanyi/print/handbook.css", "quanyi/print/brochure.css", "quanyi/web/renderer.py"} <= names
    # installed on its own (no source tree on the path), it runs and finds its data files
    target = tmp_path / "site-packages"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
                   check=True, capture_output=True)
    code = ("import quanyi.print.render as r, quanyi.cli; "
            f"assert r.STYLE.is_file() and str(r.STYLE).startswith({str(target)!r}); print('ok')")
    result = subprocess.run([sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(target)!r}); {code}"],
                            capture_output=True, text=True, cwd=tmp_path)
    assert result.stdout.strip() == "ok", result.stderr
    help_text = subprocess.run([sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(target)!r}); "
                                "from quanyi.cli import main; main(['--help'])"], capture_output=True, text=True)
    assert "check" in help_text.stdout and "build" in help_text.stdout
