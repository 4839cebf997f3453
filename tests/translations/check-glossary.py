#!/usr/bin/env python3
"""One term per concept per language. translations/glossary/<lang>.tsv lists, one a line,
  English term <TAB> required term [<TAB> allowed short forms, separated by | [<TAB> the only
  contexts, separated by commas, where the short forms are allowed (e.g. a column header's)]]
('#' starts a comment). The required term may list its inflected forms separated by | (Kunde|Kundin).
Every message of cloudcockpit_<lang>.ts whose source text contains an English term (as a word, plural
too, case-insensitive) must have a translation containing the required term or an allowed short form.
Command-line words in the source (CUSTOMER_ID, --internal-id, provider-customer-id) are no terms.
Usage: check-glossary.py GLOSSARY_DIR TS_DIR  -> exit 1 and one line per problem."""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def load_glossary(path):
    terms = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 2 or not cols[0].strip() or not cols[1].strip():
            raise SystemExit(f"{path}:{number}: want 'English term<TAB>required term[<TAB>short forms]'")
        forms = [f.strip() for f in cols[1].split("|") if f.strip()]
        short = [f.strip() for f in cols[2].split("|") if f.strip()] if len(cols) > 2 else []
        contexts = {c.strip() for c in cols[3].split(",") if c.strip()} if len(cols) > 3 else None
        terms.append((cols[0].strip(), forms, short, contexts))
    # The longest English term first: "margin rule" is checked as itself, not only as "margin".
    return sorted(terms, key=lambda t: -len(t[0]))


def plain(text):
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")  # mnemonics
    text = re.sub(r"<[^>]+>", " ", text)  # rich text tags
    text = re.sub(r"Markup, Margin, SplitMargin|\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b|\bX-[A-Za-z-]+", " ", text)  # wire names
    text = re.sub(r"(?:ccadmin )?\b(?:customers|provider-instances?|internal-id|mca|margins|resellers) (?:list|show|set|clear|add|import|refresh)\b", " ", text)
    text = re.sub(r"\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b|\b(?!ID\b)[A-Z]{2,}\b", " ", text)  # CUSTOMER_ID, FILE
    text = re.sub(r"--?[a-z][a-z-]*|\b[a-z]+(?:-[a-z]+)+\b|\b[a-z]+(?:\.[a-z]+)+\b", " ", text)  # options, paths
    return text


def term_pattern(english):
    words = [re.escape(w) for w in english.split()]
    # A word and its plural ("customers", "offer types"); "ID" as is.
    return re.compile(r"\b" + r"[\s-]+".join(words) + r"(?:s|es)?\b", re.IGNORECASE)


def check(glossary, ts):
    problems = []
    terms = load_glossary(glossary)
    root = ET.parse(ts).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("obsolete", "vanished"):
                continue
            texts = [n.text or "" for n in translation.iter("numerusform")] or [translation.text or ""]
            texts = [t.replace("&&", "\0").replace("&", "").replace("\0", "&") for t in texts]
            src = plain(source)
            for english, forms, short, contexts in terms:
                if not term_pattern(english).search(src):
                    continue
                allowed = forms + (short if contexts is None or name in contexts else [])
                for text in texts:
                    if text and not any(a.lower() in text.lower() for a in allowed):
                        problems.append(f"{ts.name}: {name}: '{source}' has '{english}', "
                                        f"but '{text}' lacks '{forms[0]}'")
    return problems


def main():
    glossary_dir, ts_dir = Path(sys.argv[1]), Path(sys.argv[2])
    problems = []
    glossaries = sorted(glossary_dir.glob("*.tsv"))
    if not glossaries:
        raise SystemExit(f"no glossary in {glossary_dir}")
    for glossary in glossaries:
        ts = ts_dir / f"cloudcockpit_{glossary.stem}.ts"
        if not ts.exists():
            problems.append(f"{glossary.name}: no {ts.name}")
            continue
        problems += check(glossary, ts)
    for p in problems:
        print(p)
    print(f"{len(problems)} glossary problem(s) in {len(glossaries)} language(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
