"""A seccomp denylist for the bwrap sandbox, assembled as classic BPF (no libseccomp needed).

The network is already gone (own network namespace); this filter shrinks the kernel surface a
program can reach: ``ptrace`` and cross-process memory access, mounts and namespaces, keyrings,
``bpf``, ``perf_event_open``, ``userfaultfd``, ``io_uring``, modules, ``kexec``, reboot, swap,
clock setting, device nodes, and sockets other than ``AF_UNIX``. Denied calls fail with
``EPERM``; ``clone3`` fails with ``ENOSYS`` so that the C library falls back to ``clone``.
x86-64 only: elsewhere ``filter_program`` returns None and the record says seccomp is off.
"""

from __future__ import annotations

import platform
import struct

AUDIT_ARCH_X86_64 = 0xC000003E
X32_SYSCALL_BIT = 0x40000000
AF_UNIX = 1
EPERM, ENOSYS = 1, 38

LD_ABS_W, JEQ, JGE, RET = 0x20, 0x15, 0x35, 0x06
RET_ALLOW, RET_ERRNO, RET_KILL_PROCESS = 0x7FFF0000, 0x00050000, 0x80000000
OFFSET_NR, OFFSET_ARCH, OFFSET_ARG0 = 0, 4, 16

SOCKET, CLONE3 = 41, 435
DENIED_X86_64 = {
    "ptrace": 101, "process_vm_readv": 310, "process_vm_writev": 311, "pidfd_getfd": 438,
    "mount": 165, "umount2": 166, "pivot_root": 155, "chroot": 161, "mount_setattr": 442,
    "open_tree": 428, "move_mount": 429, "fsopen": 430, "fsconfig": 431, "fsmount": 432,
    "fspick": 433, "unshare": 272, "setns": 308, "add_key": 248, "request_key": 249,
    "keyctl": 250, "bpf": 321, "perf_event_open": 298, "userfaultfd": 323,
    "io_uring_setup": 425, "io_uring_enter": 426, "io_uring_register": 427,
    "init_module": 175, "finit_module": 313, "delete_module": 176, "kexec_load": 246,
    "kexec_file_load": 320, "reboot": 169, "swapon": 167, "swapoff": 168, "acct": 163,
    "settimeofday": 164, "clock_settime": 227, "adjtimex": 159, "clock_adjtime": 305,
    "mknod": 133, "mknodat": 259, "open_by_handle_at": 304, "name_to_handle_at": 303,
    "fanotify_init": 300, "lookup_dcookie": 212, "quotactl": 179, "vhangup": 153,
    "iopl": 172, "ioperm": 173, "personality": 135,
}  # fmt: skip

Instruction = tuple[int, "int | str", "int | str", int]


def filter_program() -> bytes | None:
    """The BPF program as ``struct sock_filter[]`` bytes, for ``bwrap --seccomp FD``."""
    if platform.machine() not in ("x86_64", "AMD64"):
        return None
    return assemble(_instructions())


def _instructions() -> list[tuple[str | None, Instruction]]:
    code: list[tuple[str | None, Instruction]] = [
        (None, (LD_ABS_W, 0, 0, OFFSET_ARCH)),
        (None, (JEQ, 1, 0, AUDIT_ARCH_X86_64)),
        (None, (RET, 0, 0, RET_KILL_PROCESS)),
        (None, (LD_ABS_W, 0, 0, OFFSET_NR)),
        (None, (JGE, "eperm", 0, X32_SYSCALL_BIT)),
        (None, (JEQ, "socket", 0, SOCKET)),
        (None, (JEQ, "enosys", 0, CLONE3)),
    ]
    code += [(None, (JEQ, "eperm", 0, nr)) for nr in sorted(DENIED_X86_64.values())]
    code += [
        (None, (RET, 0, 0, RET_ALLOW)),
        ("socket", (LD_ABS_W, 0, 0, OFFSET_ARG0)),
        (None, (JEQ, "allow", "eperm", AF_UNIX)),
        ("allow", (RET, 0, 0, RET_ALLOW)),
        ("eperm", (RET, 0, 0, RET_ERRNO | EPERM)),
        ("enosys", (RET, 0, 0, RET_ERRNO | ENOSYS)),
    ]
    return code


def assemble(code: list[tuple[str | None, Instruction]]) -> bytes:
    """Resolve label jumps (forward only, as BPF requires) and pack each instruction."""
    labels = {label: index for index, (label, _) in enumerate(code) if label}
    packed = []
    for index, (_, (op, jt, jf, k)) in enumerate(code):
        packed.append(struct.pack("<HBBI", op, _offset(jt, index, labels),
                                  _offset(jf, index, labels), k))  # fmt: skip
    return b"".join(packed)


def _offset(target: int | str, index: int, labels: dict[str, int]) -> int:
    if isinstance(target, int):
        return target
    offset = labels[target] - index - 1
    if not 0 <= offset <= 255:
        raise ValueError(f"BPF jump to {target} out of range ({offset})")
    return offset
