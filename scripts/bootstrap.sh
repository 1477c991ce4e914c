#!/usr/bin/env bash
# Sets up what the app needs on a Debian/Ubuntu machine that has only Python 3.11:
#   1. Debian packages Qt needs (installed with apt-get only when missing; sudo when not root),
#   2. a virtual environment in .venv with the app installed (re-installed when pyproject.toml changes),
#   3. the compiled translations (resources/translations/*.qm).
# Usage: scripts/bootstrap.sh gui|test      (sourced by scripts/start.sh and scripts/test.sh)
set -euo pipefail

mode="${1:-gui}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

# Qt's libraries for any platform plugin, a CJK font so Chinese text is not boxes,
# libpulse0 so QtMultimedia (alarm sounds) loads.
common_packages=(libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0 fonts-wqy-microhei libpulse0)
# A real window on X11 (xcb plugin) needs these too.
gui_packages=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1)

packages=("${common_packages[@]}")
[ "$mode" = gui ] && packages+=("${gui_packages[@]}")

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$package")
  done
fi
if ! python3.11 -m venv --help >/dev/null 2>&1 && ! python3 -m venv --help >/dev/null 2>&1; then
  missing+=(python3-venv)
fi

if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && sudo_cmd=(sudo)
  if [ "$(id -u)" -eq 0 ] || [ "${#sudo_cmd[@]}" -gt 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    "${sudo_cmd[@]}" apt-get update -qq
    "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Cannot install them (not root and no sudo): ask IT to run" >&2
    echo "  apt-get install ${missing[*]}" >&2
  fi
fi

python_bin="$(command -v python3.11 || command -v python3)"
if [ ! -x .venv/bin/python ]; then
  echo "Creating the virtual environment in .venv"
  "$python_bin" -m venv .venv
fi

stamp=".venv/.installed-$mode-$(sha256sum pyproject.toml | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  echo "Installing the app and its Python packages into .venv"
  .venv/bin/python -m pip install --quiet --upgrade pip
  extra=""
  [ "$mode" = test ] && extra="[test]"
  # The build backend's notes (setuptools' "editable installation" advice) are kept out of
  # sight unless the install fails: then everything pip said is shown.
  log="$(mktemp)"
  if ! .venv/bin/python -m pip install --quiet --editable ".${extra}" >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    exit 1
  fi
  rm -f "$log"
  touch "$stamp"
fi

# The Chinese translation (.qm) is built here, never committed; packaging/build.sh calls this
# script before PyInstaller runs, so the bundle always has it.
bash scripts/build_translations.sh
