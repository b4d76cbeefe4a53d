"""Building a session plan from a routine and a foot order."""

from footcare_gui.core.plan import Phase, build_plan, plan_total
from footcare_gui.core.zones import Foot
from tests.plans import make_routine


def test_plan_orders_prepare_feet_switch_finish() -> None:
    plan = build_plan(make_routine((60, 90)), Foot.LEFT)
    assert [p.phase for p in plan] == [
        Phase.PREPARE,
        Phase.FIRST_FOOT,
        Phase.FIRST_FOOT,
        Phase.SWITCH,
        Phase.SECOND_FOOT,
        Phase.SECOND_FOOT,
        Phase.FINISH,
    ]
    assert [p.foot for p in plan] == [
        None,
        Foot.LEFT,
        Foot.LEFT,
        None,
        Foot.RIGHT,
        Foot.RIGHT,
        None,
    ]
    assert [p.key for p in plan][1:3] == ["s0@left", "s1@left"]


def test_plan_uses_durations_clamped_to_each_step_range() -> None:
    plan = build_plan(make_routine((60, 90)), Foot.RIGHT, {"s0": 120, "s1": 1, "switch": 10_000})
    durations = {p.key: p.duration for p in plan}
    assert durations["s0@right"] == 120 and durations["s0@left"] == 120
    assert durations["s1@right"] == 5  # clamped up to the minimum
    assert durations["switch"] == 600  # clamped down to the maximum
    assert plan_total(plan) == 30 + 2 * (120 + 5) + 600 + 40
