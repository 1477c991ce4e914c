"""Reading bar codes with the laptop's camera (zxing-cpp), for wards without a handheld scanner.

:func:`decode_image` reads DataMatrix, Code 128 and QR from one picture. The
:class:`CameraScanWidget` shows the camera and decodes a frame about every 200 ms. With no
camera, or no QtMultimedia, it says so and stays usable: the code can be typed instead.
"""

from __future__ import annotations

import logging
import time
from types import ModuleType
from typing import Any

import numpy as np
import zxingcpp
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from infusion_app.ui.kit.forms import field_label, line_edit, push_button
from infusion_app.ui.product.entry import strip_symbology
from infusion_app.ui.product.look import selectable

log = logging.getLogger("log.ui")

DECODE_EVERY_MS = 200
REPEAT_AFTER_S = 2.0  # the same code held in front of the camera is reported once per 2 s
PREVIEW_SIZE = (480, 320)


def _gray(image: QImage) -> np.ndarray:
    """A QImage as a grayscale numpy array (rows × columns, uint8), copied."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    rows, per_line = gray.height(), gray.bytesPerLine()
    data = np.frombuffer(gray.constBits(), dtype=np.uint8, count=rows * per_line)
    return data.reshape(rows, per_line)[:, : gray.width()].copy()


def decode_image(image: QImage | np.ndarray) -> list[str]:
    """Every bar code's text in ``image`` (QImage, or a grayscale / BGR numpy array).

    The raw text is kept (GS1 separators stay ``\\x1d``); a symbology identifier such as
    ``]d2`` or ``]C1`` is removed from the front if the text carries one.
    """
    if isinstance(image, QImage) and image.isNull():
        return []
    array = _gray(image) if isinstance(image, QImage) else image
    if array.size == 0:
        return []
    found = zxingcpp.read_barcodes(array, text_mode=zxingcpp.TextMode.Plain)
    return [strip_symbology(code.text) for code in found if code.valid]


def _multimedia() -> ModuleType | None:
    """PySide6.QtMultimedia, or None where it cannot load (e.g. libpulse missing)."""
    try:
        from PySide6 import QtMultimedia
    except ImportError as error:
        log.warning("camera scanning off: QtMultimedia does not load (%s)", error)
        return None
    return QtMultimedia


class CameraScanWidget(QWidget):
    """The camera's picture and what it read; a typed code works the same way.

    Signals:
        scanned(str): a code was read by the camera or typed and confirmed.
    """

    scanned = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Camera scanner"))
        self._camera: Any = None
        self._session: Any = None
        self._sink: Any = None
        self._frame: Any = None
        self._last: tuple[str, float] = ("", 0.0)
        self.preview = QLabel()
        self.preview.setObjectName("cameraView")
        self.preview.setAccessibleName(self.tr("Camera picture"))
        self.preview.setFixedSize(*PREVIEW_SIZE)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = selectable("", "cameraMessage", self.tr("Camera status"))
        self.typed = line_edit(self.tr("Type the code"))
        self.use_button = push_button(self.tr("Use this code"))
        self.last_read = selectable("", "hint", self.tr("Last code read"))
        self._timer = QTimer(self)
        self._timer.setInterval(DECODE_EVERY_MS)
        self._timer.timeout.connect(self._decode_latest)
        self._lay_out()
        self.typed.returnPressed.connect(self._use_typed)
        self.use_button.clicked.connect(self._use_typed)
        self.camera_found = self._open_camera()

    def _lay_out(self) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 12, 16, 12)
        column.setSpacing(8)
        column.addWidget(self.message)
        column.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(field_label(self.tr("&Type the code"), self.typed))
        row = QHBoxLayout()
        row.addWidget(self.typed, 1)
        row.addWidget(self.use_button)
        column.addLayout(row)
        column.addWidget(self.last_read)
        column.addStretch(1)

    def _no_camera(self) -> bool:
        self.message.setText(self.tr("No camera found — use the handheld scanner or type the code"))
        self.preview.hide()
        self.typed.setFocus()
        return False

    def _open_camera(self) -> bool:
        """Start the first camera, if there is one; otherwise say so."""
        media = _multimedia()
        if media is None:
            return self._no_camera()
        devices = media.QMediaDevices.videoInputs()
        if not devices:
            return self._no_camera()
        self._camera = media.QCamera(devices[0], self)
        self._session = media.QMediaCaptureSession(self)
        self._sink = media.QVideoSink(self)
        self._session.setCamera(self._camera)
        self._session.setVideoSink(self._sink)
        self._sink.videoFrameChanged.connect(self._keep_frame)
        self._camera.errorOccurred.connect(self._camera_error)
        self.message.setText(
            self.tr("Hold the code in front of the camera: {name}").format(
                name=devices[0].description()
            )
        )
        return True  # the camera starts when the widget shows

    def _keep_frame(self, frame: Any) -> None:
        self._frame = frame  # decoded on the next tick, not on every frame

    def _camera_error(self, _error: Any, text: str) -> None:
        self._timer.stop()
        self.message.setText(
            self.tr(
                "The camera stopped ({why}) — use the handheld scanner or type the code"
            ).format(why=text)
        )

    def _decode_latest(self) -> None:
        frame, self._frame = self._frame, None
        if frame is not None and frame.isValid():
            self.handle_image(frame.toImage())

    def handle_image(self, image: QImage) -> None:
        """Show ``image`` and report each code in it (a repeat only after 2 s)."""
        self.preview.setPixmap(
            QPixmap.fromImage(image).scaled(self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio)
        )
        for text in decode_image(image):
            self._report(text)

    def _report(self, text: str) -> None:
        now = time.monotonic()
        if text == self._last[0] and now - self._last[1] < REPEAT_AFTER_S:
            return
        self._last = (text, now)
        self.last_read.setText(self.tr("Read: {text}").format(text=text.replace("\x1d", "␝")))
        self.scanned.emit(text)

    def _use_typed(self) -> None:
        text = self.typed.text().strip()
        if text:
            self.typed.clear()
            self.last_read.setText(self.tr("Read: {text}").format(text=text))
            self.scanned.emit(text)

    def start(self) -> None:
        """Start the camera and the decoding, when there is a camera."""
        if self._camera is not None:
            self._camera.start()
            self._timer.start()

    def stop(self) -> None:
        """Stop the camera and the decoding (when the widget is closed or hidden)."""
        self._timer.stop()
        if self._camera is not None:
            self._camera.stop()

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        """The camera runs only while its picture is on screen."""
        super().showEvent(event)
        self.start()

    def hideEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        """No camera light on when nobody looks at the picture."""
        self.stop()
        super().hideEvent(event)
