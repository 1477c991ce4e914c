"""Short distinct tones for the infusion's alarms, silent when the laptop has no audio.

The tones are written once as small WAV files in a temporary folder and played with
QtMultimedia's ``QSoundEffect``. QtMultimedia is imported only when sound is switched on, so
a machine without it (or without an audio device) simply stays quiet; the screen always
shows the alarm in text and colour as well.
"""

from __future__ import annotations

import logging
import math
import struct
import tempfile
import wave
from collections import deque
from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl

from infusion_app.domain.clock import Clock

log = logging.getLogger("log.ui")
RATE_HZ = 22050


class AlarmKind(StrEnum):
    """What an alarm is about; each has its own tone."""

    RATE_OUT_OF_BAND = "rate_out_of_band"
    VITALS_DUE = "vitals_due"
    VITALS_OVERDUE = "vitals_overdue"
    STOP_CRITERION = "stop_criterion"
    PROJECTED_END = "projected_end"
    COUNT_FINISHED = "count_finished"
    METRONOME_CLICK = "metronome_click"
    ESCALATION = "escalation"  # a NEWS2 escalation opened (the window's status strip)


# (frequency Hz, milliseconds) segments; frequency 0 is silence.
TONES: dict[AlarmKind, list[tuple[int, int]]] = {
    AlarmKind.RATE_OUT_OF_BAND: [(660, 180), (0, 90), (660, 180)],
    AlarmKind.VITALS_DUE: [(523, 300)],
    AlarmKind.VITALS_OVERDUE: [(523, 200), (0, 80), (523, 200), (0, 80), (523, 200)],
    AlarmKind.STOP_CRITERION: [(880, 120), (0, 60)] * 5,
    AlarmKind.PROJECTED_END: [(784, 250), (659, 250), (523, 400)],
    AlarmKind.COUNT_FINISHED: [(988, 250)],
    AlarmKind.METRONOME_CLICK: [(1200, 25)],
    AlarmKind.ESCALATION: [(880, 200), (0, 100), (660, 200), (0, 100), (880, 200), (660, 200)],
}


def write_tone(path: Path, segments: list[tuple[int, int]], volume: float = 0.5) -> Path:
    """Write a 16-bit mono WAV of the segments, each faded in and out to avoid clicks."""
    frames = bytearray()
    for freq, ms in segments:
        count = RATE_HZ * ms // 1000
        fade = max(1, min(count // 4, RATE_HZ // 200))
        for i in range(count):
            envelope = min(1.0, i / fade, (count - i) / fade)
            sample = math.sin(2 * math.pi * freq * i / RATE_HZ) if freq else 0.0
            frames += struct.pack("<h", int(32767 * volume * envelope * sample))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE_HZ)
        out.writeframes(bytes(frames))
    return path


def load_effect(path: Path, parent: QObject) -> Any | None:
    """A QSoundEffect for ``path``, or None without QtMultimedia or an audio output."""
    try:
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
    except ImportError as error:  # Essentials-only install, or libpulse missing
        log.info("no sound: QtMultimedia unavailable (%s)", error)
        return None
    if not QMediaDevices.audioOutputs():
        log.info("no sound: no audio output device")
        return None
    effect = QSoundEffect(parent)
    effect.setSource(QUrl.fromLocalFile(str(path)))
    return effect


class AlarmSounds(QObject):
    """Plays one tone per :class:`AlarmKind`; quiet when disabled, muted or without audio.

    Hook for later: :meth:`mute_for` silences the tones for a while and
    :meth:`muted_seconds_left` gives the time the screen should show; no UI uses them yet.
    """

    def __init__(self, clock: Clock, enabled: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.enabled = enabled
        self._effects: dict[AlarmKind, Any] | None = None
        self._folder: tempfile.TemporaryDirectory[str] | None = None
        self._muted_until: float | None = None
        self.played: deque[AlarmKind] = deque(maxlen=50)  # the latest asked to sound

    def _load(self) -> dict[AlarmKind, Any]:
        if self._effects is None:
            self._effects = {}
            self._folder = tempfile.TemporaryDirectory(prefix="infusion-tones-")
            for kind, segments in TONES.items():
                path = write_tone(Path(self._folder.name) / f"{kind.value}.wav", segments)
                effect = load_effect(path, self)
                if effect is None:
                    break
                self._effects[kind] = effect
        return self._effects

    def available(self) -> bool:
        """True when tones can actually be heard on this machine."""
        return self.enabled and bool(self._load())

    def play(self, kind: AlarmKind) -> bool:
        """Sound ``kind`` unless disabled or muted; True when a tone was started."""
        self.played.append(kind)
        if not self.enabled or self.muted_seconds_left() > 0:
            return False
        effect = self._load().get(kind)
        if effect is None:
            return False
        effect.play()
        return True

    def mute_for(self, minutes: float) -> None:
        """Silence every tone for ``minutes`` (0 unmutes); the alarms still show on screen."""
        self._muted_until = self._clock.monotonic() + minutes * 60 if minutes > 0 else None

    def muted_seconds_left(self) -> float:
        """Seconds until the tones sound again (0 when not muted)."""
        if self._muted_until is None:
            return 0.0
        return max(0.0, self._muted_until - self._clock.monotonic())
