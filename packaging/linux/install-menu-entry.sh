#!/bin/sh
# Adds Programme Designer to this user's applications menu (no administrator rights needed).
# Run it once from the unpacked folder: ./install-menu-entry.sh   (./install-menu-entry.sh --remove takes it out)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
entry="$data/applications/programme-designer.desktop"
icon="$data/icons/hicolor/256x256/apps/programme-designer.png"
if [ "${1:-}" = "--remove" ]; then
  rm -f "$entry" "$icon"
  echo "Removed Programme Designer from the menu. Your clinic's data is untouched."
  exit 0
fi
mkdir -p "$(dirname "$entry")" "$(dirname "$icon")"
cp "$here/programme-designer.png" "$icon"
# The menu entry must name the program by its full path: this folder is not on the PATH.
sed "s|^Exec=.*|Exec=\"$here/programme-designer\"|" "$here/programme-designer.desktop" > "$entry"
chmod 644 "$entry"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
echo "Programme Designer is now in your applications menu."
