"""Exporters: one module per output format (iCalendar, sheets, data)."""

__all__: list[str] = []
