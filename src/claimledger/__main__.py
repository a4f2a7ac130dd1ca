"""``python -m claimledger``: the same command as the ``claimledger`` script."""

from claimledger.cli import app

if __name__ == "__main__":
    app(prog_name="claimledger")
