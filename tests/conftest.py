"""Shared fixtures: the real seeds, and a copy of them in tmp_path for tests that change inputs."""

import shutil
from pathlib import Path

import pytest

from geodata import paths


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    """One build of the real seeds, shared by the tests that only read it."""
    from geodata import build

    out = tmp_path_factory.mktemp("build")
    build.run(paths.SEEDS, out)
    return out


@pytest.fixture
def seeds_copy(tmp_path) -> Path:
    """A private copy of seeds/ a test may break."""
    target = tmp_path / "seeds"
    shutil.copytree(paths.SEEDS, target)
    return target
