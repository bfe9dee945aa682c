"""A process without network: the query workers run SPARQL from anonymous clients, and SPARQL's SERVICE
makes the engine fetch any URL it names (a server-side request forgery). Refusing SERVICE by reading the
text can be fooled (a keyword the reader misses is one the engine still runs); a worker that cannot open a
network socket cannot be. The engine's SERVICE call then fails with PermissionError, and no request leaves.

On Linux a seccomp filter makes socket() fail with EACCES for every address family but AF_UNIX (the
worker's pipe to the server is a Unix socket pair, opened before). The filter holds for the process
and everything it starts, and cannot be lifted. Elsewhere `forbid_network` returns False and the caller
refuses SERVICE by parsing the query instead.
"""

from __future__ import annotations

import ctypes
import errno
import platform
import struct
import sys

# struct seccomp_data: nr at offset 0, arch at 4, args[0] at 16 (its low 32 bits on little-endian machines).
_ARCHITECTURES = {"x86_64": (0xC000003E, 41), "aarch64": (0xC00000B7, 198)}  # AUDIT_ARCH_*, __NR_socket
_PR_SET_NO_NEW_PRIVS = 38
_PR_SET_SECCOMP = 22
_SECCOMP_MODE_FILTER = 2
_LOAD_WORD, _JUMP_IF_EQUAL, _RETURN = 0x20, 0x15, 0x06  # BPF_LD|BPF_W|BPF_ABS, BPF_JMP|BPF_JEQ|BPF_K, BPF_RET|BPF_K
_ALLOW = 0x7FFF0000
_FAIL_WITH_EACCES = 0x00050000 | errno.EACCES
_AF_UNIX = 1


class _Program(ctypes.Structure):
    _fields_ = [("length", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


def forbid_network() -> bool:
    """Make every later socket() of this process, except a Unix one, fail; True when that now holds."""
    machine = _ARCHITECTURES.get(platform.machine())
    if not sys.platform.startswith("linux") or machine is None:
        return False
    architecture, socket_call = machine
    instructions = [
        (_LOAD_WORD, 0, 0, 4),
        (_JUMP_IF_EQUAL, 1, 0, architecture),
        (_RETURN, 0, 0, _ALLOW),  # another ABI (x32): left alone, as the filter cannot read its numbers
        (_LOAD_WORD, 0, 0, 0),
        (_JUMP_IF_EQUAL, 0, 3, socket_call),
        (_LOAD_WORD, 0, 0, 16),
        (_JUMP_IF_EQUAL, 1, 0, _AF_UNIX),
        (_RETURN, 0, 0, _FAIL_WITH_EACCES),
        (_RETURN, 0, 0, _ALLOW),
    ]
    code = ctypes.create_string_buffer(b"".join(struct.pack("HBBI", *instruction) for instruction in instructions))
    program = _Program(len(instructions), ctypes.cast(code, ctypes.c_void_p))
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
            return False
        return bool(libc.prctl(_PR_SET_SECCOMP, _SECCOMP_MODE_FILTER, ctypes.byref(program), 0, 0) == 0)
    except (OSError, AttributeError):
        return False
