"""Which lease holders are dead processes of this host, so a restart takes their leases back at once.

The default worker name is ``host:pid``: after a SIGKILL the next run has another pid, and without
this it waited out its predecessor's leases (five minutes). A name of this host whose process no
longer exists can hold nothing any more; a name of another host is left to its lease's expiry.
"""

from __future__ import annotations

import os
import socket


def dead_local_workers(holders: set[str], host: str | None = None) -> list[str]:
    """The ``host:pid`` names among ``holders`` whose process on this host is gone."""
    host = host or socket.gethostname()
    dead = []
    for name in sorted(holders):
        named_host, _, pid = name.rpartition(":")
        if named_host == host and pid.isdigit() and int(pid) != os.getpid() and not pid_alive(int(pid)):
            dead.append(name)
    return dead


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: alive
        return True
    return True
