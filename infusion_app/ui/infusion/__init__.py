"""The infusion screen and its parts: timer, drip readings, metronome, reminders, alarms."""
