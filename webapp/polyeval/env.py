"""Typed readers for settings that come from environment variables; bad values fail loudly."""

from __future__ import annotations

import ipaddress
import os
from pathlib import Path
from typing import overload


class ImproperlyConfiguredEnv(RuntimeError):
    pass


@overload
def env_str(name: str) -> str | None: ...
@overload
def env_str(name: str, default: str) -> str: ...
def env_str(name: str, default: str | None = None) -> str | None:
    """The variable's value; unset and empty both mean the default."""
    value = os.environ.get(name)
    return value if value else default


def env_bool(name: str, default: bool) -> bool:
    value = env_str(name)
    if value is None:
        return default
    lowered = value.lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfiguredEnv(f"{name}={value!r} is not a boolean (use 1/0, true/false)")


def env_int(name: str, default: int) -> int:
    value = env_str(name)
    if value is None:
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfiguredEnv(f"{name}={value!r} is not an integer") from None


def env_list(name: str, default: list[str]) -> list[str]:
    value = env_str(name)
    return default if value is None else [v.strip() for v in value.split(",") if v.strip()]


def env_path(name: str, default: Path) -> Path:
    value = env_str(name)
    return Path(value).resolve() if value else default


def env_networks(name: str) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    """Comma-separated addresses or networks (``10.0.0.1``, ``10.0.0.0/8``, ``::1``)."""
    networks = []
    for item in env_list(name, []):
        try:
            networks.append(ipaddress.ip_network(item, strict=False))
        except ValueError:
            raise ImproperlyConfiguredEnv(
                f"{name}: {item!r} is not an IP address or network"
            ) from None
    return networks
