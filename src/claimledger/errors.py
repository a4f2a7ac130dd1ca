"""Every user-facing error and warning, with a stable code (spaCy's habit).

Call sites fill in a template (``Errors.E001.format(path=...)``) and never write
an inline message, so that messages stay consistent and documentable.
"""

from __future__ import annotations


class _Coded(type):
    """Prefix each message template with its ``[CODE]``."""

    def __getattribute__(cls, code: str) -> str:
        msg = super().__getattribute__(code)
        if code.startswith("__") or not isinstance(msg, str):
            return msg
        return f"[{code}] {msg}"


class Errors(metaclass=_Coded):
    E001 = "{path}: no such file or directory"
    E002 = "{path}: directory holds no articles (files ending {suffixes})"
    E003 = "{path}: empty article (nothing but whitespace)"
    E004 = "{path}: binary file, not text"
    E005 = "{path}: not valid UTF-8 ({reason})"
    E006 = "{path}:{line}: malformed JSON Lines record ({reason})"
    E007 = "invalid date {value!r}: expected YYYY-MM-DD ({reason})"
    E008 = "cannot open the ledger at {url}: {reason}"
    E009 = "the ledger at {url} is locked by another process; try again when it is free"
    E010 = (
        "spaCy pipeline {name!r} is not installed; install it with pip "
        "(nothing is downloaded at run time)"
    )
    E011 = "{path}: unsupported input ({reason})"
    E012 = "article {article}: extraction failed ({reason})"
    E013 = "article {article}: could not be stored ({reason}); the ledger is unchanged"
    E014 = "{path}:{line}: record has no usable 'text' field"
    E016 = "{path}: cannot be read ({reason})"
    E018 = "no sample articles found in the package or in {path}"
    E019 = "{path} exists and is not a SQLite ledger; the demo will not overwrite it"
    E020 = "internal error ({kind}: {reason}); please report it"
    E021 = "interrupted"
    E022 = "no ledger at {url} yet: ingest some articles into it first"
    E023 = "{path}: no reader for this kind of input is installed ({reader})"
    E024 = "cannot read the settings file {path} ({reason})"
    # E040-E059: the ingest readers (HTML, feeds, WARC, URLs, language, duplicates)
    E040 = "{path}: no article text found (a page with no body, or only boilerplate)"
    E041 = "{path}: not an HTML page ({reason})"
    E042 = "{path}: not in English (detected {language!r}, p={probability:.2f}); skipped"
    E043 = "{path}: malformed feed ({reason})"
    E044 = "{path}: feed holds no entries"
    E045 = "{path}: feed entry {entry} has neither text nor a fetchable link"
    E046 = "{path}: truncated or corrupt archive ({reason}); {count} article(s) read before it"
    E047 = "{path}: archive holds no HTML responses"
    E048 = "{url}: cannot be fetched ({reason})"
    E049 = "{url}: unsupported content type {kind!r}"
    E050 = "{path}: archive record {record} skipped ({reason})"
    # E060-E069: the web API
    E060 = "read-only: the server has no {variable} set"
    E061 = "a valid bearer token is required"
    E062 = "not a valid record: {reason}"
    E063 = "give the article's text (or a record)"
    # E070-E074: the Dask runner (claimledger.scale)
    E070 = "the Dask runner needs dask[distributed]: pip install 'claimledger[dask]'"
    E071 = "cannot reach the Dask cluster at {address}: {reason}"
    E072 = (
        "a Dask worker cannot run claimledger ({reason}): install claimledger and its "
        "spaCy model on every worker"
    )
    # E075-E079: options of the command line (export formats, cluster choice)
    E075 = "--table {table} is a CSV table: give --format csv (not {format})"
    E076 = "the FollowTheMoney export needs followthemoney: pip install 'claimledger[ftm]'"
    E077 = "--about and --measure pick what a brief shows: give --format md or html, not {format}"
    E078 = "give --workers (a local Dask cluster) or --scheduler (a running one), not both"


class Warnings(metaclass=_Coded):
    W001 = "{path}: skipped ({reason})"
    W002 = "article {article}: text is {size} characters; only the first {limit} are analysed"
    W003 = "{path}:{line}: skipped ({reason})"
    # W040-W049: the ingest readers
    W040 = "{path}: {size} bytes; only the first {limit} are read"
    W041 = "{path}: not valid {encoding}; undecodable bytes were replaced"
    W042 = "{path}: malformed feed ({reason}); its readable entries are used"
    W043 = "{url}: linked page not used ({reason}); the feed entry's own text is used"
    # W060-W069: the ledger
    W060 = "indexes not created on {url} ({reason}): reads may be slow"


class ClaimledgerError(Exception):
    """An error caused by input or environment, reported to the user in one line."""


class InputError(ClaimledgerError):
    """Input that cannot be read as an article."""


class LedgerError(ClaimledgerError):
    """The ledger cannot be opened or written."""


class LedgerUnavailable(LedgerError):
    """The ledger cannot be reached at all (missing, unreadable, locked): stop the batch."""
