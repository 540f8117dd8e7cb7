#!/usr/bin/env bash
# Prints the committed Word samples (samples/*.docx) to PDF with LibreOffice, the
# way a city office's "export as PDF" would, so the PDF parser is tested on real
# printed layouts: rows cut by page breaks, header rows repeated on every page,
# merged cells split across pages, CJK text placed glyph run by glyph run.
# Also builds and prints one borderless table (scripts/make-borderless-sample.ts)
# so the stream detector sees CJK text without rulings.
#
#   scripts/make-pdf-samples.sh            # all samples/*.docx
#   scripts/make-pdf-samples.sh samples/000-jiangmen.docx
#
# The PDFs are committed: CI needs neither LibreOffice nor CJK fonts.
# Needs: soffice (Debian/Ubuntu: apt-get install libreoffice-writer-nogui) and CJK
# fonts (apt-get install fonts-noto-cjk); without the fonts the PDFs show tofu.
set -euo pipefail

cd "$(dirname "$0")/.."

if ! command -v soffice >/dev/null 2>&1; then
  echo "make-pdf-samples: soffice not found; install LibreOffice and CJK fonts:" >&2
  echo "  sudo apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-noto-cjk" >&2
  exit 1
fi
if ! fc-list :lang=zh 2>/dev/null | grep -q .; then
  echo "make-pdf-samples: no Chinese font found (fc-list :lang=zh); install one: sudo apt-get install -y fonts-noto-cjk" >&2
  exit 1
fi

# A private LibreOffice profile: a user's running office or settings must not change the output.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
profile="$work/profile"

if [ $# -eq 0 ]; then
  # The borderless sample's .docx is an intermediate (only its PDF is committed).
  npx tsx scripts/make-borderless-sample.ts "$work/005-borderless.docx"
  set -- samples/*.docx "$work/005-borderless.docx"
fi

for docx in "$@"; do
  soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir samples "$docx" >/dev/null 2>&1 || {
    echo "make-pdf-samples: LibreOffice failed on $docx" >&2
    exit 1
  }
  pdf="samples/$(basename "${docx%.docx}").pdf"
  [ -s "$pdf" ] || { echo "make-pdf-samples: no PDF written for $docx" >&2; exit 1; }
  pages=$(grep -ac '/Type */Page[^s]' "$pdf" || true)
  echo "make-pdf-samples: $pdf ($pages pages)"
done
