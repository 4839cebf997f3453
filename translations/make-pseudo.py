#!/usr/bin/env python3
"""Writes cloudcockpit_pseudo.ts from the Portuguese .ts (any complete one would do): every source
text about 40 % longer and accented, placeholders, mnemonics and line breaks kept. A layout test
loads it to catch clipped labels and buttons. Run it after update_translations, then let lupdate
normalise it (the translations test checks it is current like the others):
  python3 translations/make-pseudo.py && scripts/normalise-pseudo"""
import re, sys
import xml.etree.ElementTree as ET

ACCENTS = str.maketrans("aeiouAEIOUcnCN", "áéîõüÁÉÎÕÜçñÇÑ")

def pseudo(text):
    parts = re.split(r"(%\d|%n|&amp;|&|\n|<[^>]+>)", text)
    out = []
    for p in parts:
        if re.fullmatch(r"(%\d|%n|&amp;|&|\n|<[^>]+>)", p or "x"):
            out.append(p)
        else:
            out.append(p.translate(ACCENTS))
    body = "".join(out)
    letters = len(re.sub(r"%\d|%n|&|\s", "", text))
    pad = max(1, round(letters * 0.4))
    return "[" + body + " " + "·" * pad + "]" if letters else text

src = sys.argv[1] if len(sys.argv) > 1 else "translations/cloudcockpit_pt_PT.ts"
dst = sys.argv[2] if len(sys.argv) > 2 else "translations/cloudcockpit_pseudo.ts"
tree = ET.parse(src)
root = tree.getroot()
root.set("language", "en")
for m in root.iter("message"):
    s = m.find("source").text or ""
    tr = m.find("translation")
    for c in list(tr):
        tr.remove(c)
    tr.attrib.pop("type", None)
    if m.get("numerus") == "yes":
        tr.text = None
        for _ in range(2):
            ET.SubElement(tr, "numerusform").text = pseudo(s)
    else:
        tr.text = pseudo(s)
open(dst, "w").write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, encoding="unicode") + "\n")
