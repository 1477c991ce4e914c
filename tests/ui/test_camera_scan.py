"""Decoding bar codes from pictures (zxing-cpp), and the camera widget without a camera.

The pictures are generated with zxing-cpp; no camera is needed (none exists here).
"""

from __future__ import annotations

import numpy as np
import pytest
import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QTransform

from infusion_app.domain.labels import Din, Gs1Label, read_label
from infusion_app.ui.product import camera_scanner
from infusion_app.ui.product.camera_scanner import CameraScanWidget, decode_image
from infusion_app.ui.product.entry import strip_symbology

# Loading QtMultimedia's FFmpeg backend on a machine without PipeWire or VA-API warns once.
pytestmark = pytest.mark.qt_log_ignore(
    r"Couldn't (load|resolve) (pipewire|va)", "This plugin does not support propagateSizeHints"
)

FORMATS = {
    "datamatrix": zxingcpp.BarcodeFormat.DataMatrix,
    "code128": zxingcpp.BarcodeFormat.Code128,
    "qr": zxingcpp.BarcodeFormat.QRCode,
}
DIN = "=G12341765432170"
# GS1: GTIN, lot (variable length, so FNC1 follows it), expiry.
GS1_HRI = "(01)09506000134352(10)MSC-2611-07(17)261124"
GS1_RAW = "010950600013435210MSC-2611-07\x1d17261124"
PAYLOADS = {
    "din": (DIN, {}, DIN),
    "gs1": (GS1_HRI, {"gs1": True}, GS1_RAW),
    "subject": ("HPV-001", {}, "HPV-001"),
}


def picture(content: str, fmt: str, **options: object) -> np.ndarray:
    """A bar code as a grayscale numpy array, 4 px per module, with its quiet zone."""
    code = zxingcpp.create_barcode(content, FORMATS[fmt], **options)
    return np.asarray(code.to_image(scale=4)).copy()


def as_qimage(array: np.ndarray) -> QImage:
    rows, columns = array.shape
    image = QImage(array.data, columns, rows, array.strides[0], QImage.Format.Format_Grayscale8)
    return image.copy().convertToFormat(QImage.Format.Format_RGB32)  # as a camera gives


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("payload", PAYLOADS)
def test_each_code_decodes_from_an_array(fmt: str, payload: str) -> None:
    content, options, expected = PAYLOADS[payload]
    assert decode_image(picture(content, fmt, **options)) == [expected]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize(("scale", "angle"), [(1.0, 0), (0.75, 0), (1.7, 90), (0.8, 180)])
def test_each_code_decodes_from_a_scaled_rotated_qimage(
    fmt: str, payload: str, scale: float, angle: int
) -> None:
    content, options, expected = PAYLOADS[payload]
    image = as_qimage(picture(content, fmt, **options))
    size = image.size() * scale
    smooth = Qt.TransformationMode.SmoothTransformation  # a camera's picture is not pixel-exact
    image = image.scaled(size, Qt.AspectRatioMode.IgnoreAspectRatio, smooth)
    image = image.transformed(QTransform().rotate(angle), smooth)
    assert decode_image(image) == [expected]


def test_decoded_texts_read_as_labels() -> None:
    [din] = decode_image(picture(DIN, "datamatrix"))
    assert read_label(din) == Din("G123417654321", "A")
    [gs1] = decode_image(picture(GS1_HRI, "datamatrix", gs1=True))
    label = read_label(gs1)
    assert isinstance(label, Gs1Label)
    assert (label.lot, label.expiry.isoformat()) == ("MSC-2611-07", "2026-11-24")  # type: ignore[union-attr]


def test_symbology_identifiers_are_removed_only_from_the_front() -> None:
    assert decode_image(picture("]d2" + DIN, "datamatrix")) == [DIN]
    assert strip_symbology("]C1" + GS1_RAW) == GS1_RAW
    assert strip_symbology("HPV-001") == "HPV-001"
    assert strip_symbology("A]d2B") == "A]d2B"


def test_a_picture_without_a_code_gives_nothing() -> None:
    assert decode_image(np.full((120, 160), 255, dtype=np.uint8)) == []
    assert decode_image(QImage()) == []


@pytest.fixture
def widget(qtbot) -> CameraScanWidget:
    scanner = CameraScanWidget()
    qtbot.addWidget(scanner)
    scanner.resize(600, 500)
    scanner.show()
    qtbot.waitExposed(scanner)
    return scanner


def test_without_a_camera_it_says_so_and_a_typed_code_still_works(
    qtbot, widget: CameraScanWidget
) -> None:
    assert widget.camera_found is False
    assert widget.message.text() == "No camera found — use the handheld scanner or type the code"
    assert widget.message.isVisible() and not widget.preview.isVisible()
    with qtbot.waitSignal(widget.scanned) as scanned:
        qtbot.keyClicks(widget.typed, "HPV-001")
        qtbot.keyClick(widget.typed, Qt.Key.Key_Return)
    assert scanned.args == ["HPV-001"]
    assert widget.typed.text() == ""


def test_without_qtmultimedia_it_degrades_the_same_way(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(camera_scanner, "_multimedia", lambda: None)
    scanner = CameraScanWidget()
    qtbot.addWidget(scanner)
    assert scanner.camera_found is False
    assert scanner.message.text().startswith("No camera found")


def test_a_frame_is_decoded_and_a_held_code_reported_once(qtbot, widget: CameraScanWidget) -> None:
    frame = as_qimage(picture(DIN, "datamatrix"))
    with qtbot.waitSignal(widget.scanned) as scanned:
        widget.handle_image(frame)
    assert scanned.args == [DIN]
    with qtbot.assertNotEmitted(widget.scanned):
        widget.handle_image(frame)  # the same code still in front of the camera
    assert widget.last_read.text() == f"Read: {DIN}"
