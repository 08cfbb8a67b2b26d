"""The ``scenario-assets`` commands (click), on the same client as the library.

Credentials and the base URL come from the library's environment variables
(``SCENARIO_SDK_API_KEY``, ``SCENARIO_SDK_API_SECRET``, ``SCENARIO_BASE_URL``), or
``--base-url``. Errors print as one line; ``--debug`` adds the traceback and the client's DEBUG
log (which never holds secrets). ``list``'s filters are built from the generated operation table,
so a filter added to the spec is an option here after ``make regen``.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from scenario_assets_api import models
from scenario_assets_api._operations import OPERATIONS, Param

from .. import errors
from .._mirror_filters import FILTERS
from .._mirror_layout import DEFAULT_LAYOUT, PLACEHOLDERS

# The client, rich and the workflow modules load when a command runs, not for --help.
if TYPE_CHECKING:
    from rich.progress import Progress

    from .._client import Client
    from .._mirror_plan import SyncReport
    from ..uploads import UploadOutcome

EXIT_OK, EXIT_API, EXIT_USAGE, EXIT_NETWORK, EXIT_JOB, EXIT_INTERRUPTED = 0, 1, 2, 3, 4, 130
EXIT_LOCKED = 5  # sync: another sync is running in the folder

# list's own paging: --limit replaces page tokens; page size stays a filter.
_NOT_FILTERS = {"paginationToken"}


class Context:
    """What every command shares: where to connect, how loud to be."""

    def __init__(self, base_url: str | None, quiet: bool, debug: bool) -> None:
        self.base_url = base_url
        self.quiet = quiet
        self.debug = debug
        from rich.console import Console

        self.out = Console(highlight=False)
        if not self.out.is_terminal:  # piped: no terminal width to fit, so nothing is cut
            self.out = Console(highlight=False, width=240)
        self.err = Console(stderr=True, highlight=False)

    def client(self) -> Client:
        from .._client import Client

        return Client(base_url=self.base_url)

    @contextmanager
    def progress(self, what: str, *, count: bool = False) -> Iterator[Progress | None]:
        """A progress bar on a terminal (stderr), nothing otherwise or with ``--quiet``.

        It shows bytes and speed, or with ``count`` items done out of the total.
        """
        if self.quiet or not self.err.is_terminal:
            yield None
            return
        from rich.progress import (
            BarColumn,
            DownloadColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TransferSpeedColumn,
        )

        columns = (
            (TextColumn(what), BarColumn(), MofNCompleteColumn())
            if count
            else (TextColumn(what), BarColumn(), DownloadColumn(), TransferSpeedColumn())
        )
        with Progress(*columns, console=self.err, transient=True) as bar:
            yield bar


def interactive() -> bool:
    """Whether a person can answer a question (standard input is a terminal)."""
    return sys.stdin.isatty()


def _exit_code(error: BaseException) -> int:
    if isinstance(error, errors.SyncLockedError):
        return EXIT_LOCKED
    if isinstance(error, errors.SyncStateError):
        return EXIT_USAGE
    if isinstance(error, errors.APIStatusError):
        return EXIT_API
    if isinstance(error, errors.ValidationError | errors.ConfigurationError):
        return EXIT_USAGE
    if isinstance(error, errors.APIConnectionError):
        return EXIT_NETWORK
    return EXIT_JOB


def _asset_row(asset: Any) -> dict[str, Any]:
    metadata = asset.metadata
    return {
        "id": asset.id,
        "kind": str(asset.kind),
        "type": str(getattr(metadata, "type_", "") or ""),
        "name": str(getattr(metadata, "name", "") or ""),
        "created": str(asset.created_at),
    }


def _print_assets(ctx: Context, assets: Sequence[Any], as_json: bool) -> None:
    if as_json:
        for asset in assets:
            click.echo(json.dumps(asset.to_dict(), separators=(",", ":")))
        return
    from rich.table import Table

    table = Table(box=None, pad_edge=False)
    table.add_column("id", no_wrap=True, min_width=28)  # ids are never cut: they are used
    for column in ("kind", "type", "name", "created"):
        table.add_column(column, overflow="ellipsis")
    for asset in assets:
        table.add_row(*_asset_row(asset).values())
    ctx.out.print(table)


def _split(values: Sequence[str]) -> list[str]:
    """``--add a,b --add c`` as ``["a", "b", "c"]``."""
    return [part for value in values for part in value.split(",") if part]


_DURATION = re.compile(r"(?P<n>\d+(?:\.\d+)?)(?P<unit>[smhd]?)")


def parse_duration(text: str) -> timedelta:
    """``90``, ``30s``, ``5m``, ``2h`` or ``1d`` as a timedelta (seconds without a unit)."""
    found = _DURATION.fullmatch(text.strip())
    if not found:
        raise click.BadParameter(f"{text!r} is not a duration like 30s, 5m or 2h")
    seconds = float(found["n"]) * {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}[found["unit"]]
    return timedelta(seconds=seconds)


# --------------------------------------------------------------------------------------
# The group
# --------------------------------------------------------------------------------------


@click.group(
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog="Exit codes: 0 ok, 1 API refused, 2 usage or bad input, 3 network, 4 download or job "
    "failed (sync: some assets, or a full disk), 5 another sync holds the folder. Credentials: SCENARIO_SDK_API_KEY and SCENARIO_SDK_API_SECRET (SCENARIO_BASE_URL "
    "or --base-url for another server, such as the local emulator).",
)
@click.option(
    "--base-url", envvar="SCENARIO_BASE_URL", help="API base URL (default: the real API)."
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bars.")
@click.option("--debug", is_flag=True, help="Tracebacks and the client's DEBUG log (no secrets).")
@click.version_option(package_name="scenario-assets")
@click.pass_context
def cli(click_ctx: click.Context, base_url: str | None, quiet: bool, debug: bool) -> None:
    """Everyday work with Scenario assets: list, get, upload, tag, lock, download, delete.

    \b
    Examples:
      scenario-assets list --type canvas --limit 20
      scenario-assets upload art/*.png --collection coll_1
      scenario-assets download --asset asset_1 --asset asset_2 --out downloads/
    """
    if debug:
        logging.basicConfig(level=logging.DEBUG, stream=sys.stderr)
    click_ctx.obj = Context(base_url, quiet, debug)


def _list_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """One option per query parameter of ``listAssets`` in the spec (the generated table)."""
    for param in reversed(OPERATIONS["listAssets"].params):
        if param.location != "query" or param.name in _NOT_FILTERS:
            continue
        command = _filter_option(param)(command)
    return command


def _filter_option(param: Param) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    flag = "--" + param.python.rstrip("_").replace("_", "-")
    schema = param.schema
    help_text = f"(API: {param.name})"
    kind = schema.get("type")
    if kind == "boolean":
        return click.option(f"{flag}/--no-{flag[2:]}", param.python, default=None, help=help_text)
    if kind == "array" or schema.get("x-comma-list"):
        return click.option(
            flag, param.python, multiple=True, help=f"repeat or comma-join {help_text}"
        )
    if "x-enum-class" in schema:
        values = [str(m.value) for m in getattr(models, schema["x-enum-class"])]
        return click.option(flag, param.python, type=click.Choice(values), help=help_text)
    if kind == "integer":
        bounds = click.IntRange(schema.get("minimum"), schema.get("maximum"))
        return click.option(flag, param.python, type=bounds, help=help_text)
    return click.option(flag, param.python, help=help_text)


def _filters(options: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for param in OPERATIONS["listAssets"].params:
        value = options.get(param.python)
        if value is None or value == ():
            continue
        if param.schema.get("type") == "array" or param.schema.get("x-comma-list"):
            value = _split(value)
        out[param.python] = value
    return out


@cli.command("list")
@_list_options
@click.option("--limit", type=click.IntRange(min=0), help="Stop after this many assets.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.pass_obj
def list_command(ctx: Context, /, limit: int | None, as_json: bool, **options: Any) -> None:
    """List assets, every page, with the API's own filters.

    \b
    Examples:
      scenario-assets list --types canvas,upscale --limit 50
      scenario-assets list --sort-by createdAt --created-after 2026-01-01T00:00:00Z --json
    """
    with ctx.client() as client:
        assets = list(client.assets.iter(limit=limit, **_filters(options)))
    _print_assets(ctx, assets, as_json)


@cli.command("get")
@click.argument("asset_ids", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.pass_obj
def get_command(ctx: Context, asset_ids: tuple[str, ...], as_json: bool) -> None:
    """Show assets by id (exit 1 if any is missing).

    \b
    Example:
      scenario-assets get asset_1 asset_2 --json
    """
    with ctx.client() as client:
        result = client.assets.get_bulk(asset_ids)
    _print_assets(ctx, result.assets, as_json)
    if result.missing:
        raise click.ClickException(f"not found: {', '.join(result.missing)}")


@cli.command("delete")
@click.argument("asset_ids", nargs=-1, required=True)
@click.option("--yes", is_flag=True, help="Do not ask (required when input is not a terminal).")
@click.pass_obj
def delete_command(ctx: Context, asset_ids: tuple[str, ...], yes: bool) -> None:
    """Delete assets (asks first unless --yes).

    \b
    Example:
      scenario-assets delete asset_1 asset_2 --yes
    """
    if not yes:
        if not interactive():
            raise click.UsageError("refusing to ask: standard input is not a terminal; pass --yes")
        click.confirm(f"Delete {len(set(asset_ids))} asset(s)?", abort=True)
    with ctx.client() as client:
        count = client.assets.delete_many(asset_ids)
    click.echo(f"deleted {count}")


@cli.command("upload")
@click.argument("paths", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--collection", "collection_ids", multiple=True, help="Add to this collection (repeat)."
)
@click.option("--parent", "parent_id", help="Parent asset id.")
@click.option("--hide", is_flag=True, default=None, help="Hide the new assets.")
@click.option("--concurrency", type=click.IntRange(1, 32), default=4, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON line per file.")
@click.pass_obj
def upload_command(
    ctx: Context,
    paths: tuple[Path, ...],
    collection_ids: tuple[str, ...],
    parent_id: str | None,
    hide: bool | None,
    concurrency: int,
    as_json: bool,
) -> None:
    """Upload image files (exit 4 if any fails; the others are still uploaded).

    \b
    Example:
      scenario-assets upload hero.png villain.png --collection coll_1 --concurrency 8
    """
    total = sum(p.stat().st_size for p in paths if p.is_file())
    options: dict[str, Any] = {
        "collection_ids": list(collection_ids) or None,
        "parent_id": parent_id,
    }
    if hide is not None:
        options["hide"] = hide
    with ctx.client() as client, ctx.progress("uploading") as bar:
        task = bar.add_task("upload", total=total) if bar is not None else None

        def step(done: int, count: int, outcome: UploadOutcome) -> None:
            if bar is not None and task is not None:
                size = outcome.item.stat().st_size if isinstance(outcome.item, Path) else 0
                bar.advance(task, size)

        outcomes = client.assets.upload_many(
            list(paths), concurrency=concurrency, on_item=step, **options
        )
    failed = 0
    for outcome in outcomes:
        if outcome.asset is not None:
            line = {"path": str(outcome.item), "id": outcome.asset.id}
        else:
            failed += 1
            line = {"path": str(outcome.item), "error": str(outcome.error)}
        click.echo(json.dumps(line) if as_json else "  ".join(str(v) for v in line.values()))
    if failed:
        ctx.err.print(f"{failed} of {len(outcomes)} uploads failed")
        raise SystemExit(EXIT_JOB)


def _bytes_progress(bar: Progress | None, what: str) -> Callable[[int, int | None], None] | None:
    if bar is None:
        return None
    task = bar.add_task(what, total=None)

    def step(done: int, total: int | None) -> None:
        bar.update(task, completed=done, total=total)

    return step


@cli.command("download")
@click.option("--asset", "asset_ids", multiple=True, help="An asset to include (repeat).")
@click.option("--model", "model_ids", multiple=True, help="Every asset of a model (repeat).")
@click.option("--inference", "inference_ids", multiple=True, help="Every asset of an inference.")
@click.option("--out", "out", required=True, type=click.Path(file_okay=False, path_type=Path))
@click.option("--template", "file_name_template", help="File names inside the archive.")
@click.option("--flat", is_flag=True, default=None, help="No folders inside the archive.")
@click.pass_obj
def download_command(
    ctx: Context,
    asset_ids: tuple[str, ...],
    model_ids: tuple[str, ...],
    inference_ids: tuple[str, ...],
    out: Path,
    file_name_template: str | None,
    flat: bool | None,
) -> None:
    """Download assets as zip archives into a folder (more than 1000 assets: several archives).

    \b
    Examples:
      scenario-assets download --asset asset_1 --asset asset_2 --out downloads/
      scenario-assets download --model model_1 --out downloads/ --flat
    """
    if not (asset_ids or model_ids or inference_ids):
        raise click.UsageError("give --asset, --model or --inference")
    from ..downloads import DEFAULT_TEMPLATE

    template = file_name_template or DEFAULT_TEMPLATE
    with ctx.client() as client, ctx.progress("downloading") as bar:
        paths: list[Path] = []
        if asset_ids and not (model_ids or inference_ids):
            paths = client.downloads.download_assets(
                _split(asset_ids), out, flat=flat, on_progress=_bytes_progress(bar, "archive"),
                file_name_template=template,
            )  # fmt: skip
        else:
            job = client.downloads.request_batch(
                asset_ids=_split(asset_ids), model_ids=_split(model_ids),
                inference_ids=_split(inference_ids), flat=flat, file_name_template=template,
            )  # fmt: skip
            job.wait()
            out.mkdir(parents=True, exist_ok=True)
            paths = [job.download_to(f"{out}/", on_progress=_bytes_progress(bar, "archive"))]
    for path in paths:
        click.echo(str(path))


def _sync_filters(command: Callable[..., Any]) -> Callable[..., Any]:
    """One option per filter ``sync`` takes (the spec's list filters it does not drive)."""
    for param in reversed(FILTERS):
        command = _filter_option(param)(command)
    return command


def _sync_summary(ctx: Context, report: SyncReport) -> None:
    from rich.table import Table

    table = Table(box=None, pad_edge=False, show_header=False)
    table.add_column("what", style="bold")
    table.add_column("count", justify="right")
    verb = "would be " if report.dry_run else ""
    rows = [
        (f"new{' (planned)' if report.dry_run else ''}", report.new),
        (f"updated{' (planned)' if report.dry_run else ''}", report.updated),
        ("unchanged", report.unchanged),
        (f"{verb}pruned", len(report.pruned)),
        ("failed", len(report.failed)),
        ("listed", report.listed),
        ("bytes written", report.bytes),
        ("requests", report.requests),
        ("batch jobs", report.jobs),
    ]
    for what, count in rows:
        table.add_row(what, f"{count:,}")
    ctx.out.print(table)
    for action in report.actions[:50]:
        ctx.out.print(f"  {action.action:<7} {action.path}  ({action.asset_id})")
    if len(report.actions) > 50:
        ctx.out.print(f"  ... and {len(report.actions) - 50:,} more (--json lists them all)")
    if not report.dry_run:
        for path in report.pruned[:50]:
            ctx.out.print(f"  removed {path}")
    for failure in report.failed[:20]:
        ctx.err.print(f"failed {failure.asset_id} {failure.path}: {failure.reason}")
    if len(report.failed) > 20:
        ctx.err.print(f"... and {len(report.failed) - 20:,} more failures (see --json)")
    ctx.out.print(
        f"{'dry run: nothing was changed' if report.dry_run else 'done'} in "
        f"{report.seconds:.1f} s" + (" (complete listing)" if report.full_listing else "")
    )


@cli.command("sync")
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@_sync_filters
@click.option(
    "--layout",
    default=DEFAULT_LAYOUT,
    show_default=True,
    help="Where each asset goes: " + ", ".join("{" + name + "}" for name in PLACEHOLDERS) + ".",
)
@click.option("--concurrency", type=click.IntRange(1, 32), default=8, show_default=True)
@click.option("--prune", is_flag=True, help="Remove files of assets that no longer exist.")
@click.option("--dry-run", is_flag=True, help="Say what would be done; change nothing.")
@click.option("--rebaseline", is_flag=True, help="Accept filters other than the folder's.")
@click.option(
    "--strategy",
    type=click.Choice(["auto", "batch", "single"]),
    default="auto",
    show_default=True,
    help="Batch download jobs, single links, or whichever suits the amount.",
)
@click.option("--json", "as_json", is_flag=True, help="The report as one JSON object.")
@click.pass_obj
def sync_command(
    ctx: Context,
    /,
    folder: Path,
    layout: str,
    concurrency: int,
    prune: bool,
    dry_run: bool,
    rebaseline: bool,
    strategy: str,
    as_json: bool,
    **options: Any,
) -> None:
    """Keep FOLDER in step with the assets the filters select.

    The first run downloads everything; later runs fetch only new or changed assets. The
    state is FOLDER/.scenario-sync.sqlite; an interrupted run is finished by the next one.
    Files the mirror did not write are never touched. Exit 4 when some assets failed (run
    again to retry them), 5 when another sync holds the folder, 2 when the filters or layout
    differ from the folder's (see --rebaseline).

    \b
    Examples:
      scenario-assets sync library/ --types canvas,upscale
      scenario-assets sync library/ --collection-id coll_1 --layout '{type}/{id}.{ext}'
      scenario-assets sync library/ --prune --dry-run
    """
    filters = {k: v for k, v in _filters(options).items() if k in {p.python for p in FILTERS}}
    with ctx.client() as client, ctx.progress("{task.description}", count=True) as bar:
        task = bar.add_task("listing", total=None) if bar is not None else None

        def step(phase: str, done: int, total: int | None) -> None:
            if bar is not None and task is not None:
                bar.update(task, description=phase, completed=done, total=total)

        report = client.assets.sync(
            folder, layout=layout, concurrency=concurrency, prune=prune, dry_run=dry_run,
            rebaseline=rebaseline, strategy=strategy,  # type: ignore[arg-type]
            on_phase=step, **filters,
        )  # fmt: skip
    if as_json:
        click.echo(json.dumps(report.to_dict(), separators=(",", ":")))
    else:
        _sync_summary(ctx, report)
    if report.failed:
        raise SystemExit(EXIT_JOB)


@cli.command("download-one")
@click.argument("asset_id")
@click.option("--format", "target_format", help="Convert to this format (png, jpeg, ...).")
@click.option("--out", required=True, help="A folder (existing, or ending with /) or a file path.")
@click.pass_obj
def download_one_command(ctx: Context, asset_id: str, target_format: str | None, out: str) -> None:
    """Download one asset, optionally converted.

    \b
    Example:
      scenario-assets download-one asset_1 --format jpeg --out downloads/
    """
    with ctx.client() as client, ctx.progress("downloading") as bar:
        path = client.downloads.download_asset(
            asset_id, out, target_format=target_format, on_progress=_bytes_progress(bar, asset_id)
        )
    click.echo(str(path))


@cli.command("tags")
@click.argument("asset_id")
@click.option("--add", multiple=True, help="Tags to add (comma-joined or repeated).")
@click.option("--remove", multiple=True, help="Tags to remove.")
@click.option(
    "--strict", is_flag=True, help="Fail if a tag to add exists or one to remove is missing."
)
@click.pass_obj
def tags_command(
    ctx: Context, asset_id: str, add: tuple[str, ...], remove: tuple[str, ...], strict: bool
) -> None:
    """Add and remove tags.

    \b
    Example:
      scenario-assets tags asset_1 --add hero,blue --remove draft
    """
    with ctx.client() as client:
        result = client.assets.update_tags(
            asset_id, add=_split(add), delete=_split(remove), strict=strict
        )
    click.echo(
        f"added: {', '.join(result.added) or '-'}; removed: {', '.join(result.deleted) or '-'}"
    )


@cli.group("canvas")
def canvas_group() -> None:
    """Lock and unlock canvases."""


@canvas_group.command("lock")
@click.argument("asset_id")
@click.option("--ttl", default="5m", show_default=True, help="How long: 30s, 5m, 2h.")
@click.option("--force", is_flag=True, help="Break someone else's lock first.")
@click.pass_obj
def canvas_lock(ctx: Context, asset_id: str, ttl: str, force: bool) -> None:
    """Lock a canvas; prints the lock id (pass it to unlock).

    \b
    Example:
      scenario-assets canvas lock asset_1 --ttl 10m
    """
    duration = parse_duration(ttl)
    with ctx.client() as client:
        if force:
            client.assets.unlock(asset_id, force=True)
        response = client.assets.lock(asset_id, ttl=duration)
    expires = getattr(response.asset.metadata, "lock_expires_at", None)
    click.echo(
        f"{response.lock_id}  until {expires if isinstance(expires, str) else f'+{duration}'}"
    )


@canvas_group.command("unlock")
@click.argument("asset_id")
@click.option("--lock-id", help="The lock id printed by lock.")
@click.option("--force", is_flag=True, help="Break anyone's lock.")
@click.pass_obj
def canvas_unlock(ctx: Context, asset_id: str, lock_id: str | None, force: bool) -> None:
    """Release a canvas lock.

    \b
    Example:
      scenario-assets canvas unlock asset_1 --lock-id lock_1
    """
    with ctx.client() as client:
        client.assets.unlock(asset_id, lock_id=lock_id, force=force)
    click.echo("unlocked")


@cli.command(
    "emulator",
    context_settings={"ignore_unknown_options": True, "allow_extra_args": True},
    add_help_option=False,
)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def emulator_command(args: tuple[str, ...]) -> None:
    """Start the local emulator (options: --port N, --seed, --help)."""
    from ..emulator.__main__ import main as emulator_main

    raise SystemExit(emulator_main(list(args)))


def run(argv: list[str] | None = None) -> int:
    """Run a command; library errors become one line and an exit code."""
    debug = "--debug" in (sys.argv[1:] if argv is None else argv)
    try:
        cli.main(args=argv, prog_name="scenario-assets", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        return EXIT_INTERRUPTED
    except click.ClickException as exc:
        exc.show()
        return EXIT_USAGE if isinstance(exc, click.UsageError) else EXIT_API
    except errors.ScenarioError as exc:
        if debug:
            traceback.print_exc()
        click.echo(f"error: {exc}", err=True)
        return _exit_code(exc)
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        return EXIT_INTERRUPTED
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    return EXIT_OK
