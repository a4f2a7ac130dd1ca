"""JSON Lines export: one contract record (``shared/CONTRACT.md``) a line, in ledger order.

This is what ``claimledger export --format jsonl`` prints and what ``claimledger extract
--format jsonl`` printed before the records were stored: reading the lines back with
:func:`~claimledger.record.record_from_dict` gives the same records.
"""

from __future__ import annotations

import json
from typing import TextIO

from . import RecordSource, iter_records


def write_records(ledger: RecordSource, out: TextIO) -> int:
    """Write every record of ``ledger`` to ``out``, one JSON object a line; return the count.

    Non-ASCII text is written as is (``ensure_ascii=False``): ``out`` should be UTF-8.
    """
    count = 0
    for record in iter_records(ledger):
        out.write(json.dumps(record.to_dict(), ensure_ascii=False))
        out.write("\n")
        count += 1
    return count
