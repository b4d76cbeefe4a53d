"""Write the four foot diagrams in ``assets/feet/`` from one computed outline (stdlib only).

Run ``python tools/make_foot_art.py`` after changing anything here. The right foot is drawn
(big toe on the left: toward the middle of the chart), the left foot is its exact mirror.
Every reflex zone is the outline clipped to a band between two cross lines (functions of x)
and a column between two lengthwise lines (functions of y), so neighbouring zones share their
borders and tile the sole without gaps.

Proportions follow where published reflexology charts put their guidelines (their art is not
copied; only positions are compared), along the sole's 452 units from toe tip to heel: the
diaphragm line at the base of the metatarsal heads, about 62 % of the length from the heel;
the waistline level with the bump of the fifth metatarsal on the outer edge, about 44 %; the
heel (pelvic) line across the front of the heel pad, about 22 % (tcmwindow.com "Reflexology
and Your Body's Anatomical Relations", netplaces "Picture the Foot as a Map of the Body",
riverviewvc "Reflexology"). The top view's bands follow sportsrec "Reflexology Foot Zones":
the lymph band across the front of the ankle, the lower back from just below the ankle to the
instep's highest point, chest and upper back nearer the toes.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Sequence
from pathlib import Path

W, H = 200, 480
Pt = tuple[float, float]
OUT = Path(__file__).resolve().parent.parent / "assets" / "feet"

# Neutral colours; the widget rewrites them per theme by class, so these only matter for
# people opening the files directly.
SKIN, LINE, ZONE_LINE, DETAIL, NAIL = "#f4e4d8", "#5b4a40", "#cdb6a6", "#a58c7c", "#fbf1ea"

# ---------------------------------------------------------------- curves


def _catmull_rom(points: Sequence[Pt], closed: bool) -> list[tuple[Pt, Pt, Pt, Pt]]:
    """Centripetal Catmull-Rom through the points, as cubic Bezier segments (no overshoot)."""
    pts = list(points)
    n = len(pts)
    segs = []
    count = n if closed else n - 1
    for i in range(count):
        if closed:
            p0, p1, p2, p3 = (pts[(i + k) % n] for k in (-1, 0, 1, 2))
        else:
            p0 = pts[max(i - 1, 0)]
            p1, p2 = pts[i], pts[i + 1]
            p3 = pts[min(i + 2, n - 1)]

        def knot(a: Pt, b: Pt) -> float:
            return max(math.dist(a, b) ** 0.5, 1e-6)

        d0, d1, d2 = knot(p0, p1), knot(p1, p2), knot(p2, p3)
        m1 = tuple(
            ((p1[k] - p0[k]) / d0 - (p2[k] - p0[k]) / (d0 + d1) + (p2[k] - p1[k]) / d1) * d1
            for k in (0, 1)
        )
        m2 = tuple(
            ((p2[k] - p1[k]) / d1 - (p3[k] - p1[k]) / (d1 + d2) + (p3[k] - p2[k]) / d2) * d1
            for k in (0, 1)
        )
        c1 = (p1[0] + m1[0] / 3, p1[1] + m1[1] / 3)
        c2 = (p2[0] - m2[0] / 3, p2[1] - m2[1] / 3)
        segs.append((p1, c1, c2, p2))
    return segs


def _bezier_points(segs: Sequence[tuple[Pt, Pt, Pt, Pt]], step: float = 1.0) -> list[Pt]:
    out: list[Pt] = []
    for a, b, c, d in segs:
        n = max(2, math.ceil(math.dist(a, d) / step))
        for i in range(n):
            t = i / n
            u = 1 - t
            out.append(
                tuple(  # type: ignore[arg-type]
                    u**3 * a[k] + 3 * u * u * t * b[k] + 3 * u * t * t * c[k] + t**3 * d[k]
                    for k in (0, 1)
                )
            )
    return out


def _fmt(v: float) -> str:
    s = f"{v:.1f}"
    return s[:-2] if s.endswith(".0") else s


def _bezier_d(segs: Sequence[tuple[Pt, Pt, Pt, Pt]], closed: bool) -> str:
    a = segs[0][0]
    parts = [f"M{_fmt(a[0])},{_fmt(a[1])}"]
    for _, b, c, d in segs:
        parts.append(" C" + " ".join(f"{_fmt(p[0])},{_fmt(p[1])}" for p in (b, c, d)))
    if closed:
        parts.append("Z")
    return "".join(parts)


def _poly_d(rings: Sequence[Sequence[Pt]]) -> str:
    parts = []
    for ring in rings:
        ring = _simplify(list(ring), 0.2)
        parts.append("M" + " L".join(f"{_fmt(x)},{_fmt(y)}" for x, y in ring) + "Z")
    return " ".join(parts)


def _simplify(pts: list[Pt], eps: float) -> list[Pt]:
    """Ramer-Douglas-Peucker, to keep the files small without visible change."""
    if len(pts) < 3:
        return pts
    a, b = pts[0], pts[-1]
    dx, dy = b[0] - a[0], b[1] - a[1]
    norm = math.hypot(dx, dy) or 1e-9
    far, idx = -1.0, 0
    for i in range(1, len(pts) - 1):
        d = abs(dy * (pts[i][0] - a[0]) - dx * (pts[i][1] - a[1])) / norm
        if d > far:
            far, idx = d, i
    if far <= eps:
        return [a, b]
    return _simplify(pts[: idx + 1], eps)[:-1] + _simplify(pts[idx:], eps)


# ---------------------------------------------------------------- the outline (right foot)

# Toes, big toe first: (inner x, outer x, tip y, web y after the toe). Natural proportions
# (the foot is 452 units long, about 1.8 units to the millimetre): the big toe stands free for
# about its own width; the second toe a little shorter, its free length under twice its width;
# then each smaller and shorter, the little toe hardly longer than wide. The web line slopes
# back toward the little toe.
TOES: list[tuple[float, float, float, float]] = [
    (16.0, 71.0, 18.0, 88.0),
    (74.0, 102.0, 38.0, 94.0),
    (105.0, 129.5, 53.0, 101.0),
    (132.5, 154.5, 69.0, 109.0),
    (157.5, 178.0, 90.0, 0.0),
]
IN_BASE, OUT_BASE = 96.0, 124.0  # where the big toe and the little toe meet the foot's edges


def toe_bases(i: int) -> tuple[float, float]:
    """The y where toe i's inner and outer sides meet the foot (a web or the edge)."""
    return (TOES[i - 1][3] if i else IN_BASE, TOES[i][3] if i < 4 else OUT_BASE)


def web_table() -> list[Pt]:
    """The line through the webs, from the inner edge to the outer edge."""
    inner = [(14.0, IN_BASE + 4)]
    webs = [((t[1] + TOES[i + 1][0]) / 2, t[3]) for i, t in enumerate(TOES[:4])]
    return inner + webs + [(186.0, OUT_BASE + 6)]


def _toe_points(i: int, top_view: bool) -> list[Pt]:
    a, b, tip, _ = TOES[i]
    base_l, base_r = toe_bases(i)
    w = b - a
    r = w / 2
    big = i == 0
    pts: list[Pt] = []
    # Where the rounded tip ends on each side, and heights down each side from there (a short
    # toe's sides are short too: no point may sit above the tip's curve, or the side kinks).
    cx, cy = a + r, tip + r * (0.95 if big else 1.0)

    def down(base: float, f: float) -> float:
        return cy + f * max(base - cy, 3.0)

    # Inner side, going up. Toes are a little waisted below the pad, the big toe most.
    pts.append((a + (0.04 if big else -0.02) * w, down(base_l, 0.86)))
    pts.append((a + (0.05 if big else 0.03) * w, down(base_l, 0.5)))
    pts.append((a - (0.02 if big else 0.015) * w, down(base_l, 0.14)))
    # Rounded tip: a squarish half ellipse for the big toe, rounder for the others.
    ry = r * (0.95 if big else 1.0)
    exp = 2.3 if big else 2.1
    for deg in (165, 130, 105, 80, 50, 15):
        t = math.radians(deg)
        c, s = math.cos(t), math.sin(t)
        x = cx + r * math.copysign(abs(c) ** (2 / exp), c)
        y = cy - ry * math.copysign(abs(s) ** (2 / exp), s)
        pts.append((x, y))
    pts.append((b + (0.0 if big else 0.015) * w, down(base_r, 0.14)))
    out_x = 0.03 if i == 4 else (-0.01 if big else -0.03)  # the little toe flows into the edge
    pts.append((b + out_x * w, down(base_r, 0.5)))
    if i < 4:
        pts.append((b + 0.02 * w, down(base_r, 0.86)))
        # The web between two toes: a tight U.
        nxt = TOES[i + 1][0]
        pts.append(((b + nxt) / 2, base_r + (0.0 if top_view else 1.0)))
    del top_view
    return pts


def sole_outline() -> list[Pt]:
    """Anchor points of the right sole, clockwise from the heel."""
    pts: list[Pt] = [
        (98, 470),
        (74, 463),
        (58, 445),
        (52, 418),
        (54, 388),
        (60, 356),
        (62, 322),
        (56, 292),
        (44, 262),
        (29, 228),
        (19, 194),
        (15, 160),
        (16, 128),
    ]
    for i in range(5):
        pts.extend(_toe_points(i, top_view=False))
    pts += [
        (183, 128),
        (185.5, 156),
        (183.5, 188),
        (179, 220),
        (175, 252),
        (174.5, 272),
        (170, 292),
        (163, 328),
        (157, 368),
        (153, 404),
        (147, 434),
        (135, 456),
        (118, 468),
    ]
    return pts


def top_outline() -> list[Pt]:
    """Anchor points of the right foot seen from above: the forefoot at its widest across the
    ball, the sides drawing in over the instep to the ankle, the inner ankle bone (medial
    malleolus) standing out a little higher than the outer one, and the leg, narrower than the
    ankle, cut off with a soft curve."""
    pts: list[Pt] = [
        (100, 466),  # the leg's cut: the near half of an ellipse, as a cut cylinder looks
        (80, 464.5),
        (66, 460),
        (58.5, 452),
        (57.5, 433),
        (54.5, 417),
        (49, 404),
        (45.5, 390),  # the inner ankle bone rounds the side out, higher than the outer one
        (44.5, 375),
        (43, 354),
        (39.5, 330),
        (34.5, 302),
        (25.5, 260),
        (18.5, 218),
        (14.5, 176),
        (14.5, 146),
        (16, 128),
    ]
    for i in range(5):
        pts.extend(_toe_points(i, top_view=True))
    pts += [
        (183, 128),
        (185.5, 152),
        (184, 186),
        (178.5, 226),
        (170.5, 266),
        (162, 304),
        (157, 334),
        (154.5, 360),
        (154.5, 382),
        (155, 397),  # the outer ankle bone, lower and further back
        (152, 411),
        (146.5, 424),
        (143, 438),
        (141.5, 452),
        (134, 460),
        (120, 464.5),
    ]
    return pts


# ---------------------------------------------------------------- clipping


class Limit:
    """One side of a curved line: ``y < f(x)`` (axis "y") or ``x < g(y)`` (axis "x")."""

    def __init__(self, axis: str, fn: Callable[[float], float], below: bool) -> None:
        self.axis, self.fn, self.below = axis, fn, below

    def value(self, p: Pt) -> float:
        """Negative inside."""
        d = p[1] - self.fn(p[0]) if self.axis == "y" else p[0] - self.fn(p[1])
        return d if self.below else -d

    def along(self, a: Pt, b: Pt) -> list[Pt]:
        """Points on the line strictly between a and b, so cut edges follow the curve."""
        i = 0 if self.axis == "y" else 1
        s, e = a[i], b[i]
        n = int(abs(e - s) / 1.0)
        out = []
        for k in range(1, n):
            t = s + (e - s) * k / n
            out.append((t, self.fn(t)) if self.axis == "y" else (self.fn(t), t))
        return out


def _cut(a: Pt, b: Pt, lim: Limit) -> Pt:
    lo, hi = 0.0, 1.0
    va = lim.value(a)
    for _ in range(40):
        mid = (lo + hi) / 2
        p = (a[0] + (b[0] - a[0]) * mid, a[1] + (b[1] - a[1]) * mid)
        if (lim.value(p) <= 0) == (va <= 0):
            lo = mid
        else:
            hi = mid
    t = (lo + hi) / 2
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def clip(poly: Sequence[Pt], lim: Limit) -> list[Pt]:
    """Sutherland-Hodgman against a curved limit; cut edges follow the limit's curve."""
    inside = [lim.value(p) <= 0 for p in poly]
    if not any(inside):
        return []
    start = inside.index(True)
    poly = list(poly[start:]) + list(poly[:start])
    inside = inside[start:] + inside[:start]
    out: list[Pt] = []
    exit_pt: Pt | None = None
    n = len(poly)
    for k in range(n):
        s, e = poly[k], poly[(k + 1) % n]
        si, ei = inside[k], inside[(k + 1) % n]
        if ei:
            if not si:
                p = _cut(s, e, lim)
                if exit_pt is not None:
                    out.extend(lim.along(exit_pt, p))
                out.append(p)
            out.append(e)
        elif si:
            exit_pt = _cut(s, e, lim)
            out.append(exit_pt)
    return out


def region(poly: Sequence[Pt], *limits: Limit) -> list[Pt]:
    out = list(poly)
    for lim in limits:
        out = clip(out, lim)
        if not out:
            return []
    return out


def above(fn: Callable[[float], float]) -> Limit:
    return Limit("y", fn, below=True)  # y < fn(x): nearer the toes


def under(fn: Callable[[float], float]) -> Limit:
    return Limit("y", lambda x: fn(x), below=False)


def left_of(fn: Callable[[float], float]) -> Limit:
    return Limit("x", fn, below=True)


def right_of(fn: Callable[[float], float]) -> Limit:
    return Limit("x", fn, below=False)


# ---------------------------------------------------------------- the zone layout


def _smooth(t: float) -> float:
    t = min(1.0, max(0.0, t))
    return t * t * (3 - 2 * t)


def bump(x: float, lo: float, hi: float, soft: float = 5.0) -> float:
    """1 between lo and hi, 0 outside, with smooth shoulders ``soft`` wide."""
    return _smooth((x - lo + soft) / (2 * soft)) * _smooth((hi - x + soft) / (2 * soft))


def _lerp_table(table: Sequence[Pt]) -> Callable[[float], float]:
    def fn(x: float) -> float:
        if x <= table[0][0]:
            return table[0][1]
        for (x0, y0), (x1, y1) in itertools.pairwise(table):
            if x <= x1:
                return y0 + (y1 - y0) * _smooth((x - x0) / (x1 - x0))
        return table[-1][1]

    return fn


def _edges(poly: Sequence[Pt]) -> tuple[Callable[[float], float], Callable[[float], float]]:
    """The inner (left) and outer (right) edge x of the outline at height y."""

    def hits(y: float) -> list[float]:
        xs = []
        n = len(poly)
        for k in range(n):
            (x0, y0), (x1, y1) = poly[k], poly[(k + 1) % n]
            if (y0 <= y < y1) or (y1 <= y < y0):
                xs.append(x0 + (x1 - x0) * (y - y0) / (y1 - y0))
        return xs

    def inner(y: float) -> float:
        return min(hits(y))

    def outer(y: float) -> float:
        return max(hits(y))

    return inner, outer


def sole_zones(poly: Sequence[Pt], foot: str) -> dict[str, list[list[Pt]]]:
    """Every sole zone of one foot (in right-foot coordinates) as a list of rings."""
    inner, outer = _edges(poly)

    def col(u: float) -> Callable[[float], float]:
        """A lengthwise line a fraction u of the way across, from the inner edge."""
        return lambda y: inner(y) + u * (outer(y) - inner(y))

    web = _lerp_table(web_table())

    def shoulder(x: float) -> float:  # just under the toes
        return web(x) + 10

    # The cross lines bow as the foot's arches do: the diaphragm line follows the row of
    # metatarsal heads, the lines across the arch sag a little toward the heel in the middle.
    def diaphragm(x: float) -> float:  # under the ball, at the base of the metatarsal heads
        t = (x - 16) / 170
        return 194 + 10 * t - 8 * math.sin(math.pi * t)

    def waist(x: float) -> float:  # level with the bump on the outer edge
        t = (x - 16) / 170
        return 266 + 6 * t + 7 * math.sin(math.pi * t)

    def heel(x: float) -> float:  # the front of the heel pad
        return 366 + 5 * math.sin(math.pi * (x - 50) / 105)

    def upper_arch(x: float) -> float:  # stomach above, pancreas below
        t = (x - 16) / 170
        return 238 + 4 * t + 6 * math.sin(math.pi * t)

    gaps = [(TOES[i][1] + TOES[i + 1][0]) / 2 for i in range(4)]

    def pad(x: float) -> float:
        """Across each toe: the tip and pad above, the toe's base below."""
        i = sum(x >= g for g in gaps)
        tip = TOES[i][2]
        base = max(toe_bases(i))
        return tip + (0.6 if i == 0 else 0.5) * (base - tip)

    spine_w = 11.0
    spine_line = lambda y: inner(y) + spine_w  # noqa: E731
    solar = lambda x: diaphragm(x) + 24 * bump(x, 86, 116, 9)  # noqa: E731
    kidney = lambda x: waist(x) + 34 * bump(x, 83, 119, 9)  # noqa: E731
    bladder_top = lambda x: heel(x) - 32 * (1 - _smooth((x - 86) / 16))  # noqa: E731
    knee_in = lambda y: col(0.86)(y) if y < 346 else outer(y) + 5  # noqa: E731
    heart_top = lambda x: diaphragm(x) - 26 * (1 - _smooth((x - 84) / 8))  # noqa: E731
    organ_split = 0.5 if foot == "right" else 0.74

    z: dict[str, list[list[Pt]]] = {}

    def add(name: str, *limits: Limit) -> None:
        ring = region(poly, *limits)
        if ring:
            z.setdefault(name, []).append(ring)

    # Toes: one column per toe, tips and pads above the pad line.
    edges = [0.0, *gaps, W]
    add("head-brain", above(pad), left_of(lambda y: edges[1]))
    for i in range(1, 5):
        add(
            "sinuses",
            above(pad),
            right_of(lambda y, i=i: edges[i]),
            left_of(lambda y, i=i: edges[i + 1]),
        )
    add("neck-throat", under(pad), above(shoulder), left_of(lambda y: edges[1]))
    add(
        "eyes",
        under(pad),
        above(shoulder),
        right_of(lambda y: edges[1]),
        left_of(lambda y: edges[3]),
    )
    add("ears", under(pad), above(shoulder), right_of(lambda y: edges[3]))
    # Ball.
    shoulder_in = col(0.83)
    ball_bottom = heart_top if foot == "left" else diaphragm
    add(
        "lungs-chest",
        under(shoulder),
        above(ball_bottom),
        right_of(spine_line),
        left_of(shoulder_in),
    )
    if foot == "left":
        add("heart", under(heart_top), above(diaphragm), right_of(spine_line))
    add("shoulder", under(shoulder), above(diaphragm), right_of(shoulder_in))
    # Upper arch.
    add("solar-plexus", under(diaphragm), above(solar))
    add("stomach", under(solar), above(upper_arch), right_of(spine_line), left_of(col(organ_split)))
    add(
        "pancreas", under(upper_arch), above(waist), right_of(spine_line), left_of(col(organ_split))
    )
    if foot == "right":
        add("liver", under(solar), above(waist), right_of(col(organ_split)))
        z["gallbladder"] = [_ellipse(col(0.7)(250) + 1, 250, 9, 8)]
    else:
        add("spleen", under(solar), above(waist), right_of(col(organ_split)))
    # Lower arch.
    add("kidneys-adrenals", under(waist), above(kidney), right_of(spine_line), left_of(knee_in))
    add("knee-hip", under(waist), above(heel), right_of(knee_in))
    colon = region(poly, under(kidney), above(bladder_top), right_of(spine_line), left_of(knee_in))
    small = _superellipse(117, 336, 19, 18, 2.6)
    z["colon"] = [colon, small[::-1]]
    z["small-intestine"] = [small]
    add("bladder", under(bladder_top), above(heel), right_of(spine_line))
    add("spine", under(shoulder), above(heel), left_of(spine_line))
    add("pelvis-sciatic", under(heel))
    return z


def top_zones(poly: Sequence[Pt]) -> dict[str, list[list[Pt]]]:
    """The top (dorsal) zones of one foot, in right-foot coordinates."""
    web = _lerp_table(web_table())

    def joints(x: float) -> float:  # toe tops include their knuckles
        return web(x) + 14

    def chest(x: float) -> float:  # the instep's highest point, bowed like the forefoot
        t = (x - 16) / 170
        return 232 - 6 * t + 5 * math.sin(math.pi * t)

    def lymph_top(x: float) -> float:  # the front of the ankle, curving round it
        return 340 + 10 * math.sin(math.pi * (x - 40) / 120)

    def lymph_bottom(x: float) -> float:
        return lymph_top(x) + 24

    z: dict[str, list[list[Pt]]] = {}
    for name, lims in (
        ("toe-tops", (above(joints),)),
        ("chest-upper-back", (under(joints), above(chest))),
        ("lower-back", (under(chest), above(lymph_top))),
        ("lymph", (under(lymph_top), above(lymph_bottom))),
    ):
        ring = region(poly, *lims)
        z[name] = [ring]
    return z


def _ellipse(cx: float, cy: float, rx: float, ry: float, n: int = 36) -> list[Pt]:
    return [
        (cx + rx * math.cos(2 * math.pi * k / n), cy + ry * math.sin(2 * math.pi * k / n))
        for k in range(n)
    ]


def _superellipse(cx: float, cy: float, rx: float, ry: float, n: float, k: int = 48) -> list[Pt]:
    """A soft rounded square (|x|^n + |y|^n = 1): organic, not a button's rounded rectangle."""
    pts: list[Pt] = []
    for i in range(k):
        t = 2 * math.pi * i / k
        c, s = math.cos(t), math.sin(t)
        x = cx + rx * math.copysign(abs(c) ** (2 / n), c)
        pts.append((x, cy + ry * math.copysign(abs(s) ** (2 / n), s)))
    return pts


# ---------------------------------------------------------------- details


def _arc(p0: Pt, p1: Pt, sag: float) -> str:
    """A gentle curve from p0 to p1 bowed by ``sag`` (a crease or a bone's edge)."""
    mx, my = (p0[0] + p1[0]) / 2, (p0[1] + p1[1]) / 2
    dx, dy = p1[0] - p0[0], p1[1] - p0[1]
    n = math.hypot(dx, dy) or 1
    c = (mx - dy / n * sag * 2, my + dx / n * sag * 2)
    return f"M{_fmt(p0[0])},{_fmt(p0[1])} Q{_fmt(c[0])},{_fmt(c[1])} {_fmt(p1[0])},{_fmt(p1[1])}"


def sole_details() -> list[str]:
    """Fine lines on the sole: only the faint sciatic band across the heel (zone lines already
    mark where the toes meet the ball)."""
    return [_arc((60, 430), (140, 428), -1.5)]


def top_details() -> tuple[list[str], list[str]]:
    """Toenails (filled) and fine lines: knuckle creases, ankle bones, tendons."""
    nails, lines = [], []
    for i, (a, b, tip, _) in enumerate(TOES):
        w = b - a
        nw = w * (0.62 if i == 0 else 0.58)
        cx = (a + b) / 2 + (1.5 if i == 0 else 0)
        top = tip + w * (0.14 if i == 0 else 0.18)
        nl = w * (0.62 if i == 0 else 0.5)
        x0, x1 = cx - nw / 2, cx + nw / 2
        # Nail: straight-ish base, rounded free edge toward the tip.
        nails.append(
            f"M{_fmt(x0)},{_fmt(top + nl)} "
            f"C{_fmt(x0 - 0.6)},{_fmt(top + nl * 0.4)} {_fmt(x0 + nw * 0.08)},{_fmt(top)} "
            f"{_fmt(cx)},{_fmt(top - 0.5)} "
            f"C{_fmt(x1 - nw * 0.08)},{_fmt(top)} {_fmt(x1 + 0.6)},{_fmt(top + nl * 0.4)} "
            f"{_fmt(x1)},{_fmt(top + nl)} "
            f"C{_fmt(x1 - nw * 0.25)},{_fmt(top + nl + 2)} "
            f"{_fmt(x0 + nw * 0.25)},{_fmt(top + nl + 2)} "
            f"{_fmt(x0)},{_fmt(top + nl)}Z"
        )
        base, wy = toe_bases(i)
        ky = (top + nl + min(base, wy)) / 2 + 4
        lines.append(_arc((a + 0.25 * w, ky), (b - 0.25 * w, ky + 1), -0.8))
    lines.append(_arc((52, 372), (55, 399), -2.6))  # inner ankle bone
    lines.append(_arc((148, 385), (147, 410), 2.6))  # outer ankle bone
    lines.append(_arc((59, 452), (141, 452), -6.0))  # the far rim of the leg's cut
    return nails, lines


# ---------------------------------------------------------------- writing


def _mirror_pts(pts: Sequence[Pt]) -> list[Pt]:
    return [(W - x, y) for x, y in pts]


def _mirror_d(d: str) -> str:
    """Mirror absolute path data (M, L, C, Q, Z with x,y pairs) across the vertical middle."""
    out: list[str] = []
    expect_x = True
    for tok in re.findall(r"[A-Za-z]|-?\d*\.?\d+", d):
        if tok.isalpha():
            out.append(tok)
            continue
        v = float(tok)
        out.append(_fmt(W - v) if expect_x else _fmt(v) + " ")
        if expect_x:
            out.append(",")
        expect_x = not expect_x
    return "".join(out).strip().replace(" Z", "Z")


def _svg(
    title: str,
    outline_d: str,
    zones: dict[str, list[list[Pt]]],
    order: Sequence[str],
    details: Sequence[str],
    nails: Sequence[str],
) -> str:
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
        f'viewBox="0 0 {W} {H}" width="{W}" height="{H}">',
        f"<title>{title}</title>",
        f'<path id="skin" class="skin" d="{outline_d}" fill="{SKIN}" stroke="none"/>',
        '<g id="zones">',
    ]
    for name in order:
        if name not in zones:
            continue
        rings = zones[name]
        attrs = (
            f'class="zone" fill="none" stroke="{ZONE_LINE}" stroke-width="0.7" '
            'stroke-linejoin="round"'
        )
        if name == "colon":  # a band with the small intestine as its hole
            d = _poly_d(rings)
            lines.append(f'<path id="zone-{name}" {attrs} fill-rule="evenodd" d="{d}"/>')
        elif len(rings) == 1:
            lines.append(f'<path id="zone-{name}" {attrs} d="{_poly_d(rings)}"/>')
        else:
            lines.append(f'<g id="zone-{name}">')
            lines.extend(f'<path {attrs} d="{_poly_d([r])}"/>' for r in rings)
            lines.append("</g>")
    lines.append("</g>")
    for d in nails:
        lines.append(
            f'<path class="nail" d="{d}" fill="{NAIL}" stroke="{DETAIL}" stroke-width="0.9"/>'
        )
    for d in details:
        lines.append(
            f'<path class="detail" d="{d}" fill="none" stroke="{DETAIL}" stroke-width="1" '
            'stroke-linecap="round"/>'
        )
    lines.append(
        f'<path id="outline" class="outline" d="{outline_d}" fill="none" stroke="{LINE}" '
        'stroke-width="2.2" stroke-linejoin="round"/>'
    )
    lines.append("</svg>")
    return "\n".join(lines) + "\n"


SOLE_ORDER = (
    "head-brain",
    "sinuses",
    "neck-throat",
    "eyes",
    "ears",
    "lungs-chest",
    "heart",
    "shoulder",
    "solar-plexus",
    "stomach",
    "pancreas",
    "liver",
    "spleen",
    "kidneys-adrenals",
    "knee-hip",
    "colon",
    "small-intestine",
    "bladder",
    "spine",
    "pelvis-sciatic",
    "gallbladder",
)
TOP_ORDER = ("toe-tops", "chest-upper-back", "lower-back", "lymph")


def build() -> dict[str, str]:
    """The text of the four SVG files, by file name."""
    files: dict[str, str] = {}
    sole_segs = _catmull_rom(sole_outline(), closed=True)
    sole_poly = _bezier_points(sole_segs, 0.8)
    top_segs = _catmull_rom(top_outline(), closed=True)
    top_poly = _bezier_points(top_segs, 0.8)
    nails, top_lines = top_details()
    for foot in ("right", "left"):
        mirror = foot == "left"
        sz = sole_zones(sole_poly, foot)
        tz = top_zones(top_poly)
        sole_d, top_d = _bezier_d(sole_segs, True), _bezier_d(top_segs, True)
        sd, tn, tl = sole_details(), list(nails), list(top_lines)
        if mirror:
            sz = {k: [_mirror_pts(r)[::-1] for r in v] for k, v in sz.items()}
            tz = {k: [_mirror_pts(r)[::-1] for r in v] for k, v in tz.items()}
            sole_d, top_d = _mirror_d(sole_d), _mirror_d(top_d)
            sd, tn, tl = ([_mirror_d(d) for d in ds] for ds in (sd, tn, tl))
        name = foot.capitalize()
        files[f"sole-{foot}.svg"] = _svg(f"{name} sole", sole_d, sz, SOLE_ORDER, sd, [])
        files[f"top-{foot}.svg"] = _svg(f"{name} foot from above", top_d, tz, TOP_ORDER, tl, tn)
    return files


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, text in build().items():
        (OUT / name).write_text(text, encoding="utf-8")
        print(f"wrote {OUT / name} ({len(text)} bytes)")


if __name__ == "__main__":
    main()
