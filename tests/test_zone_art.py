"""The foot art agrees with the zone map (plain XML parsing, no Qt)."""

from __future__ import annotations

import itertools
import re
import xml.etree.ElementTree as ET

import pytest

from footcare_gui.assets import asset_path
from footcare_gui.core.zones import GROUPS, ZONES, Foot, View, expand, zones_on

SVG = "{http://www.w3.org/2000/svg}"
WIDTH = 200.0
PAIRS = [(f, v) for f in Foot for v in View]
# Zones shaped differently on purpose on the two feet, to make room for one-sided organs.
ASYMMETRIC = {"lungs-chest", "heart", "stomach", "pancreas", "liver", "gallbladder", "spleen"}
Point = tuple[float, float]


def _root(foot: Foot, view: View) -> ET.Element:
    return ET.parse(asset_path("feet", f"{view.value}-{foot.value}.svg")).getroot()


def _rings(d: str) -> list[list[Point]]:
    """Points along absolute path data (M, L, C, Q, Z); curves are sampled."""
    rings: list[list[Point]] = []
    toks = re.findall(r"[MLCQZ]|-?\d*\.?\d+", d)
    cmd, nums = "", []

    def flush() -> None:
        arity = {"M": 2, "L": 2, "C": 6, "Q": 4, "Z": 0}[cmd]
        for k in range(0, len(nums), arity or 1):
            v = nums[k : k + arity]
            if cmd == "M" and k == 0:
                rings.append([(v[0], v[1])])
            elif cmd in "ML":
                rings[-1].append((v[0], v[1]))
            elif cmd in "CQ":
                a = rings[-1][-1]
                ctrl = [a] + [(v[i], v[i + 1]) for i in range(0, arity, 2)]
                for s in range(1, 9):
                    rings[-1].append(_bezier(ctrl, s / 8))

    for tok in toks:
        if tok.isalpha():
            if cmd:
                flush()
            cmd, nums = tok, []
        else:
            nums.append(float(tok))
    if cmd:
        flush()
    return rings


def _bezier(ctrl: list[Point], t: float) -> Point:
    pts = ctrl
    while len(pts) > 1:
        pts = [
            (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t) for a, b in itertools.pairwise(pts)
        ]
    return pts[0]


def _area(ring: list[Point]) -> float:
    return (
        abs(sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(ring, ring[1:] + ring[:1], strict=True)))
        / 2
    )


def _element_points(el: ET.Element) -> list[list[Point]]:
    return [r for sub in el.iter() if sub.get("d") for r in _rings(sub.get("d", ""))]


def _bbox(rings: list[list[Point]]) -> tuple[float, float, float, float]:
    xs = [p[0] for r in rings for p in r]
    ys = [p[1] for r in rings for p in r]
    return min(xs), min(ys), max(xs), max(ys)


def _zone_elements(root: ET.Element) -> dict[str, ET.Element]:
    return {
        el.get("id", "").removeprefix("zone-"): el
        for el in root.iter()
        if el.get("id", "").startswith("zone-")
    }


def _outline(root: ET.Element) -> list[list[Point]]:
    found = [el for el in root.iter() if el.get("id") == "outline"]
    assert len(found) == 1
    return _element_points(found[0])


@pytest.mark.parametrize(("foot", "view"), PAIRS)
def test_every_zone_of_the_map_is_drawn_and_nothing_else(foot: Foot, view: View) -> None:
    drawn = _zone_elements(_root(foot, view))
    assert set(drawn) == {z.id for z in zones_on(foot, view)}


@pytest.mark.parametrize(("foot", "view"), PAIRS)
def test_ids_are_unique_and_the_file_is_restylable(foot: Foot, view: View) -> None:
    root = _root(foot, view)
    ids = [el.get("id") for el in root.iter() if el.get("id")]
    assert len(ids) == len(set(ids))
    classes = {el.get("class") for el in root.iter()}
    assert {"skin", "zone", "outline"} <= classes


def test_one_sided_organs_sit_only_on_their_foot() -> None:
    left = _zone_elements(_root(Foot.LEFT, View.SOLE))
    right = _zone_elements(_root(Foot.RIGHT, View.SOLE))
    assert {"liver", "gallbladder"} <= set(right)
    assert not {"liver", "gallbladder"} & set(left)
    assert {"spleen", "heart"} <= set(left)
    assert not {"spleen", "heart"} & set(right)


def test_all_files_share_one_view_box() -> None:
    boxes = {_root(f, v).get("viewBox") for f, v in PAIRS}
    assert boxes == {"0 0 200 480"}


@pytest.mark.parametrize("view", list(View))
def test_left_foot_mirrors_right_foot(view: View) -> None:
    left, right = _root(Foot.LEFT, view), _root(Foot.RIGHT, view)
    lb, rb = _bbox(_outline(left)), _bbox(_outline(right))
    assert lb == pytest.approx((WIDTH - rb[2], rb[1], WIDTH - rb[0], rb[3]), abs=0.2)
    lz, rz = _zone_elements(left), _zone_elements(right)
    for zid in (set(lz) & set(rz)) - ASYMMETRIC:
        a, b = _bbox(_element_points(lz[zid])), _bbox(_element_points(rz[zid]))
        assert a == pytest.approx((WIDTH - b[2], b[1], WIDTH - b[0], b[3]), abs=0.3), zid


@pytest.mark.parametrize(("foot", "view"), PAIRS)
def test_big_toes_point_to_the_middle(foot: Foot, view: View) -> None:
    # The tallest toe tip is the big toe's; it sits on the side nearer the chart's middle.
    ring = max(_outline(_root(foot, view)), key=len)
    tip = min(ring, key=lambda p: p[1])
    x0, _, x1, _ = _bbox([ring])
    middle = (x0 + x1) / 2
    assert (tip[0] > middle) if foot is Foot.LEFT else (tip[0] < middle)


@pytest.mark.parametrize("foot", list(Foot))
def test_sole_zones_tile_the_sole(foot: Foot) -> None:
    root = _root(foot, View.SOLE)
    sole = sum(_area(r) for r in _outline(root))
    zones = _zone_elements(root)
    total = 0.0
    for zid, el in zones.items():
        if zid == "gallbladder":  # drawn on top of the liver by design
            continue
        rings = _element_points(el)
        if zid == "colon":  # a band with a hole where the small intestine is
            outer, *holes = sorted(rings, key=_area, reverse=True)
            total += _area(outer) - sum(_area(h) for h in holes)
        else:
            total += sum(_area(r) for r in rings)
    # No big gaps, no big overlaps: the zones add up to the sole, within a few percent.
    assert total == pytest.approx(sole, rel=0.04)


@pytest.mark.parametrize(("foot", "view"), PAIRS)
def test_zones_lie_inside_the_foot(foot: Foot, view: View) -> None:
    root = _root(foot, view)
    x0, y0, x1, y1 = _bbox(_outline(root))
    for zid, el in _zone_elements(root).items():
        a = _bbox(_element_points(el))
        assert x0 - 0.5 <= a[0] and a[2] <= x1 + 0.5 and y0 - 0.5 <= a[1] and a[3] <= y1 + 0.5, zid


def test_cross_lines_run_toes_to_heel() -> None:
    """Toes above the ball, the ball above the arch, the arch above the heel."""
    zones = _zone_elements(_root(Foot.RIGHT, View.SOLE))

    def middle_y(zid: str) -> float:
        _, y0, _, y1 = _bbox(_element_points(zones[zid]))
        return (y0 + y1) / 2

    order = ["head-brain", "lungs-chest", "stomach", "kidneys-adrenals", "pelvis-sciatic"]
    ys = [middle_y(z) for z in order]
    assert ys == sorted(ys)
    # The spine hugs the inner edge: it is narrow and on the big-toe side.
    sx0, _, sx1, _ = _bbox(_element_points(zones["spine"]))
    assert sx1 - sx0 < 60
    assert sx0 < _bbox(_element_points(zones["stomach"]))[0]


def test_every_group_expands_to_known_zones() -> None:
    for name, members in GROUPS.items():
        assert members, name
        assert set(expand([name])) <= set(ZONES), name
        assert name not in ZONES
    assert set(expand(["sole"])) == {z for z in ZONES if ZONES[z].view is View.SOLE}


def test_every_zone_has_a_body_area() -> None:
    for z in ZONES.values():
        assert z.reflects.strip() and z.name.strip() and z.where.strip()
