"""`factcheck draft ARTICLE`: check a draft article against the sources, without claim
files (`factcheck.draft`), through `factcheck check`'s settings, outputs and exit status."""

from __future__ import annotations

import sys
from pathlib import Path

from factcheck.commands import fail
from factcheck.commands.check import CheckOptions, execute as execute_check
from factcheck.draft.check import check_draft, not_checked
from factcheck.draft.emit import emit_claims
from factcheck.draft.extract import read_draft
from factcheck.files import display_path, write_atomic
from factcheck.trust import Refused
from factcheck.model import Report
from factcheck.run.pipeline import UsageError
from factcheck.sources.index import library_for
from factcheck.sources.library import SourceError


def execute(options: CheckOptions, emit: Path | None = None, force: bool = False) -> int:
    """Check the draft (`options.paths[0]`); write the claims file `emit` if asked, never
    over an existing file without `force`. No report is written over the draft."""
    if emit is not None and emit.exists() and not force:
        return fail(f"{emit.as_posix()} exists; use --force to overwrite it")
    return execute_check(options, collector(options.paths[0], emit, force))


def collector(article: Path, emit: Path | None = None, force: bool = False):
    """What `factcheck draft` hands to `factcheck.commands.check.execute`: read the draft, check it against
    the configured sources, write the claims file if asked; problems are UsageErrors (exit 2)."""
    def collect(config, progress) -> Report:
        if not article.is_file():
            raise UsageError(f"{article.as_posix()}: no such file")
        try:
            draft = read_draft(article)
        except SourceError as exc:
            raise UsageError(exc.message) from None
        library = library_for(config["sources"], config.source_roots(), config.allow_outside_root, config["index"])
        if not [i for i in library.ids() if i != article.stem or article.resolve().parent != library.folder.resolve()]:
            raise UsageError(f"{display_path(library.folder)}: no sources to check the draft against "
                             "(use --sources DIR)")
        run = check_draft(draft, library, language=config["language"], strictness=config["strictness"],
                          progress=progress)
        if emit is not None:
            target = emit.resolve()
            if target == article.resolve() or target.is_relative_to(library.folder.resolve()):
                what = "the draft" if target == article.resolve() else \
                    f"the sources folder {display_path(library.folder)}"
                raise UsageError(f"{emit.as_posix()}: refusing to write the claims over {what}")
            command = f"factcheck draft {draft.display} --sources {display_path(library.folder)}"
            try:
                write_atomic(config.boundary().writable(emit, "a claims file", by_user=True),
                             emit_claims(run, command), replace=force)
            except Refused as exc:
                raise UsageError(str(exc)) from None
            except FileExistsError:  # it appeared while the draft was checked
                raise UsageError(f"{emit.as_posix()} exists; use --force to overwrite it") from None
            except OSError as exc:
                raise UsageError(f"{emit.as_posix()}: cannot write the claims: {exc.strerror or exc}") from None
            emitted = sum(1 for r in run.report.results if not not_checked(r))
            print(f"factcheck: wrote {emitted} claims to {emit.as_posix()}", file=sys.stderr)
        return run.report

    return collect
