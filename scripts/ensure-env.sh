#!/usr/bin/env bash
# Makes sure the machine has what the browser tests, share images and the PDF handout need:
#   - a Chromium (Playwright's own browser download cannot reach its server from our build and
#     CI machines, so we drive Debian's `chromium` through `executablePath`);
#   - Chinese fonts (without them screenshots, posters and PDFs show empty boxes);
#   - `pdftoppm` and `pdffonts` (poppler), to look at the PDF handout page by page and read its fonts;
#   - a Java runtime, for the Nu HTML Checker (vnu.jar, the HTML validator of record);
#   - nginx, the reference web server the hosting tests serve dist/ with.
# Idempotent: when everything is there it only says what it found. When something is missing and
# we are root on Debian, it installs it with apt-get; otherwise it stops and says what to install.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'ensure-env: %s\n' "$*"; }
fail() { printf 'ensure-env: %s\n' "$*" >&2; exit 1; }

# The project's one Chromium finder (CHROMIUM_PATH, else Debian's chromium), run by the project's Node.
find_chromium() {
  node_modules/.bin/node src/node/chromium.ts || true
}

has_cjk_fonts() {
  command -v fc-list >/dev/null && [[ -n "$(fc-list :lang=zh family 2>/dev/null)" ]]
}

# Debian package → why we need it; filled with what is missing.
missing=()
why=()

chromium_bin="$(find_chromium)"
if [[ -z "$chromium_bin" ]]; then
  missing+=(chromium)
  why+=("installing Debian chromium (Playwright cannot download its own browser here)…")
fi
if ! has_cjk_fonts; then
  # fc-list comes with fontconfig; without it we cannot even see which fonts there are.
  command -v fc-list >/dev/null || missing+=(fontconfig)
  missing+=(fonts-noto-cjk)
  why+=("installing fonts-noto-cjk (no Chinese font found: pages, share images and the PDF would show boxes)…")
fi
if ! command -v pdftoppm >/dev/null; then
  missing+=(poppler-utils)
  why+=("installing poppler-utils (pdftoppm, to check the PDF handout)…")
fi

if ! command -v java >/dev/null; then
  missing+=(default-jre-headless)
  why+=("installing default-jre-headless (Java, for the Nu HTML Checker over every built page)…")
fi
if ! command -v nginx >/dev/null && [[ ! -x /usr/sbin/nginx ]]; then
  missing+=(nginx)
  why+=("installing nginx (the hosting tests serve dist/ with the project's nginx configuration)…")
fi

if ((${#missing[@]} > 0)); then
  if [[ "$(id -u)" != 0 ]]; then
    fail "missing: ${missing[*]}.
  Install them as root:  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}
  (or point CHROMIUM_PATH at an existing Chromium binary), then run this again."
  fi
  command -v apt-get >/dev/null || fail "missing: ${missing[*]}, and this is not a Debian-like system (no apt-get). Install them by hand."
  for line in "${why[@]}"; do say "$line"; done
  say "apt-get update"
  DEBIAN_FRONTEND=noninteractive apt-get update -q
  say "apt-get install ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  chromium_bin="$(find_chromium)"
fi

# Check again, whatever happened above, and say what we found.
[[ -n "$chromium_bin" ]] || fail "still no chromium after installing it."
# Debian's launcher is a shell script that may print harmless warnings on stderr; keep them out.
chromium_version="$("$chromium_bin" --version 2>/dev/null)" || fail "$chromium_bin does not start ('$chromium_bin --version' failed)."
has_cjk_fonts || fail "still no Chinese font after installing fonts-noto-cjk (fc-list :lang=zh is empty)."
command -v pdftoppm >/dev/null || fail "still no pdftoppm after installing poppler-utils."
command -v java >/dev/null || fail "still no java after installing default-jre-headless."
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
[[ -x "$nginx_bin" ]] || fail "still no nginx after installing nginx."

cjk_families="$(fc-list :lang=zh family | wc -l)"
cjk_sans="$(fc-match 'sans-serif:lang=zh-cn' family)"
pdftoppm_version="$(pdftoppm -v 2>&1 | sed -n 1p)"
say "chromium: $chromium_bin ($chromium_version)"
say "Chinese fonts: $cjk_families families; sans-serif for zh-CN is ${cjk_sans%%,*}"
say "pdftoppm: $(command -v pdftoppm) ($pdftoppm_version)"
say "java: $(command -v java) ($(java -version 2>&1 | sed -n 1p))"
say "nginx: $nginx_bin ($("$nginx_bin" -v 2>&1 | sed -n 1p))"
