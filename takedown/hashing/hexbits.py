"""Hex strings ↔ bit arrays in PDQ's canonical order (docs/browser-fingerprinting.md)."""

from __future__ import annotations

import numpy as np


def bits_to_hex(bits: np.ndarray) -> str:
    """pdqhash lists bit 255 first, so plain packbits gives ThreatExchange's hex."""
    return np.packbits(np.asarray(bits, dtype=np.uint8)).tobytes().hex()


def hex_to_words(hexes: list[str], n_bytes: int) -> np.ndarray:
    """Hex strings → an (n, n_bytes // 8) array of uint64 for XOR and popcount."""
    if not hexes:
        return np.zeros((0, n_bytes // 8), dtype=np.uint64)
    raw = b"".join(bytes.fromhex(h) for h in hexes)
    return np.frombuffer(raw, dtype=">u8").astype(np.uint64).reshape(len(hexes), n_bytes // 8)


def distances(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """All Hamming distances between the rows of a (n x w) and b (m x w): n x m."""
    if len(a) == 0 or len(b) == 0:
        return np.zeros((len(a), len(b)), dtype=np.int32)
    return np.bitwise_count(a[:, None, :] ^ b[None, :, :]).sum(axis=2, dtype=np.int32)


def hamming(a: str, b: str) -> int:
    return (int(a, 16) ^ int(b, 16)).bit_count()
