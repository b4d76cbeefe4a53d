"""Synthesise the app's cue sounds into ``assets/sounds/`` (standard library only).

Run ``python tools/make_sounds.py [OUT_DIR]``. The output is deterministic, so re-running it
rewrites byte-identical files and git shows no change unless the recipe changed.

The sounds are made here rather than downloaded so their licence is the project's own and
anyone can tweak them. They are deliberately quiet (peak -12 dBFS): the user is relaxing in
the evening and the app's volume setting can only turn them down, never up.
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from collections.abc import Sequence
from pathlib import Path

RATE = 44_100
PEAK_DBFS = -12.0
TICK_PEAK_DBFS = -16.0  # the tick repeats each second near a step's end: keep it softer

# A bell's upper partials are slightly stretched and die away faster than the fundamental;
# few and weak partials keep it warm rather than tinny. (ratio, relative level, decay scale)
BELL_PARTIALS: Sequence[tuple[float, float, float]] = (
    (1.0, 1.00, 1.00),
    (2.0, 0.30, 0.55),
    (3.01, 0.10, 0.35),
    (4.16, 0.04, 0.20),
)

# Equal-tempered pitches (Hz).
C5, E5, G5, C6 = 523.25, 659.26, 783.99, 1046.50


def _silence(seconds: float) -> list[float]:
    return [0.0] * round(seconds * RATE)


def _bell(buffer: list[float], start_s: float, freq: float, level: float, decay_s: float) -> None:
    """Add one bell-like note to ``buffer`` starting at ``start_s``."""
    attack_s = 0.012  # a soft onset: no click, but still heard as a strike
    start = round(start_s * RATE)
    for i in range(len(buffer) - start):
        t = i / RATE
        # Raised-cosine attack avoids the broadband click of a hard step.
        onset = 0.5 - 0.5 * math.cos(math.pi * t / attack_s) if t < attack_s else 1.0
        sample = 0.0
        for ratio, rel, decay_scale in BELL_PARTIALS:
            sample += (
                rel
                * math.exp(-t / (decay_s * decay_scale))
                * math.sin(2 * math.pi * freq * ratio * t)
            )
        buffer[start + i] += level * onset * sample


def _fade_tail(buffer: list[float], seconds: float) -> None:
    """Bring the last ``seconds`` smoothly to zero so the file never ends on a click."""
    n = min(len(buffer), round(seconds * RATE))
    for i in range(n):
        buffer[len(buffer) - n + i] *= 0.5 + 0.5 * math.cos(math.pi * (i + 1) / n)


def _normalise(buffer: list[float], peak_dbfs: float) -> list[float]:
    peak = max(abs(s) for s in buffer)
    gain = 10 ** (peak_dbfs / 20) / peak
    return [s * gain for s in buffer]


def chime() -> list[float]:
    """Two soft notes, a rising major third, for every step change (~1.1 s)."""
    out = _silence(1.1)
    _bell(out, 0.0, C5, 0.8, 0.35)
    _bell(out, 0.16, E5, 1.0, 0.40)
    _fade_tail(out, 0.15)
    return _normalise(out, PEAK_DBFS)


def finish() -> list[float]:
    """Three notes rising to the octave and ringing out: the session is done (~2.5 s)."""
    out = _silence(2.5)
    _bell(out, 0.0, E5, 0.7, 0.45)
    _bell(out, 0.30, G5, 0.7, 0.45)
    _bell(out, 0.60, C6, 0.8, 0.75)
    # A quiet low C under the last note makes it sound settled, like a resolution.
    _bell(out, 0.60, C5 / 2, 0.35, 0.9)
    _fade_tail(out, 0.4)
    return _normalise(out, PEAK_DBFS)


def tick() -> list[float]:
    """A short, dull wooden knock (~60 ms) for the last seconds of a step."""
    out = _silence(0.06)
    seed = 12345
    previous = 0.0
    for i in range(len(out)):
        t = i / RATE
        # A woodblock is a couple of strongly damped resonances plus a tiny noise burst.
        body = 0.9 * math.sin(2 * math.pi * 880 * t) + 0.45 * math.sin(2 * math.pi * 1460 * t)
        seed = (1103515245 * seed + 12345) % 2**31  # fixed LCG: reproducible "noise"
        noise = seed / 2**30 - 1.0
        previous = 0.7 * previous + 0.3 * noise  # one-pole low-pass: a thud, not a hiss
        onset = min(1.0, t / 0.0015)
        out[i] = onset * (body * math.exp(-t / 0.009) + 0.25 * previous * math.exp(-t / 0.003))
    _fade_tail(out, 0.01)
    return _normalise(out, TICK_PEAK_DBFS)


def write_wav(path: Path, samples: Sequence[float]) -> None:
    """Write 16-bit mono PCM; samples are floats in -1..1."""
    frames = b"".join(struct.pack("<h", max(-32767, min(32767, round(s * 32767)))) for s in samples)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)


def main(argv: Sequence[str] = ()) -> int:
    default = Path(__file__).resolve().parent.parent / "assets" / "sounds"
    out_dir = Path(argv[0]) if argv else default
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, make in (("chime", chime), ("tick", tick), ("finish", finish)):
        path = out_dir / f"{name}.wav"
        write_wav(path, make())
        print(f"wrote {path} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
