"""``python tools/fill_ts.py FILE.json [...]``: write translations into the .ts files.

For adding many strings at once without Qt Linguist (docs/translating.md). Run
``make translations`` first (it adds the new source strings, untranslated), then this, then
``make translations`` again (it compiles the .qm files). Each JSON file is a list of entries::

    {"context": "Cli", "source": "check this system and exit",
     "de": "dieses System prüfen und beenden", "es": "comprobar este sistema y salir"}

A plural (``numerus``) entry gives a list per language: ``"de": ["%n Minute", "%n Minuten"]``.
Only the entries named are changed; a source string not in a .ts file is reported.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("de", "es")


def fill(lang: str, entries: list[dict[str, object]]) -> list[str]:
    """Write ``entries``' ``lang`` texts into that language's .ts; return what was not found."""
    path = ROOT / "translations" / f"footcare_gui_{lang}.ts"
    tree = ET.parse(path)
    index: dict[tuple[str, str], ET.Element] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            index[(name, message.findtext("source") or "")] = message
    missing = []
    for entry in entries:
        key = (str(entry["context"]), str(entry["source"]))
        text = entry.get(lang)
        message = index.get(key)
        if message is None or text is None:
            missing.append(f"{lang}: {key[0]}: {key[1]!r}")
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if isinstance(text, list):
            translation.text = None
            for form in text:
                ET.SubElement(translation, "numerusform").text = str(form)
        else:
            translation.text = str(text)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return missing


def main(argv: list[str]) -> int:
    entries: list[dict[str, object]] = []
    for name in argv:
        entries += json.loads(Path(name).read_text(encoding="utf-8"))
    missing = [m for lang in LANGS for m in fill(lang, entries)]
    for line in missing:
        print("not found:", line, file=sys.stderr)
    print(f"{len(entries)} entries written, {len(missing)} not found")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
