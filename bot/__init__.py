"""MSME Crisis Advisor: a Telegram bot built on ITC's 15-point action plan."""

__version__ = "0.1.0"
