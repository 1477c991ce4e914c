"""A demonstration site made through the services only, on a clock the demo controls.

``make_demo`` creates users of every role, a randomization import, participants in both arms,
completed and signed sessions on past days (drip readings, vitals on schedule, one adverse
event with a pause, one correction and its new signatures) and one session still infusing now.
"""

from infusion_app.demo.site import DEMO_PASSWORD, DemoError, DemoSummary, make_demo

__all__ = ["DEMO_PASSWORD", "DemoError", "DemoSummary", "make_demo"]
