#!/usr/bin/env python3
"""Writes the man pages and ccadmin's bash completion from the programs' own --help, at build time.

The options, commands and their values are read from what the built binary prints, so the man
page and the completion cannot fall behind the code; the prose around them (description, the
environment, exit status, files, examples) comes from a roff template next to this script.

  make-docs.py man --binary B --template T --out O --version V --date YYYY-MM-DD [--commands]
  make-docs.py completion --binary B --out O
  make-docs.py changelog --metainfo M --package P --maintainer "NAME <EMAIL>" --out O

An output whose name ends in .gz is written gzip-compressed, reproducibly (no name, no time).
The Debian changelog is made from the AppStream <releases>, so release notes are written once.

A template is roff with these markers, each on a line of its own:
  @OPTIONS@            the options of `B --help` (for ccadmin: the global ones)
  @COMMANDS@           one sub-section a command, with its synopsis and its own options (--commands)
  @VERSION@ / @DATE@   anywhere
and, for a command's description, a block that is taken out of the page and put under the command:
  .\\" command: customers list
  ...roff...
  .\\" end
"""

import argparse
import datetime
import gzip
import os
import re
import subprocess
import sys
import tempfile
import textwrap
import xml.etree.ElementTree as ET

OPTION_LINE = re.compile(r"^  (?:(-[\w?]), )?(--[\w-]+)(?: <([^>]+)>)?(?:\s{2,}(.*))?$")
# Qt's own help entries: ccadmin and the app print them through QCommandLineParser.
QT_BUILTINS = {"--help", "--help-all", "--version"}


def run_help(binary, *args):
    """`binary args --help` in English, with a throwaway configuration (the app reads its
    language from its settings), and no leak report from an ASan build."""
    with tempfile.TemporaryDirectory() as home:
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": home,
            "XDG_CONFIG_HOME": home,
            "XDG_DATA_HOME": home,
            "XDG_RUNTIME_DIR": home,
            "LC_ALL": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
            "ASAN_OPTIONS": "detect_leaks=0",
        }
        out = subprocess.run([binary, *args, "--help"], env=env, check=True, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, timeout=60).stdout.decode("utf-8")
    return out.replace(binary, os.path.basename(binary))


def write_out(path, text):
    data = text.encode("utf-8")
    if path.endswith(".gz"):
        with open(path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as f:
            f.write(data)
    else:
        with open(path, "wb") as f:
            f.write(data)


class Help:
    """QCommandLineParser's --help, and what ccadmin adds to it: a `usage: ccadmin ...` line
    (a command's synopsis) and a `Commands:` section."""

    def __init__(self, text):
        lines = text.splitlines()
        self.usage = lines[0].removeprefix("Usage: ").strip()
        self.description = []  # the lines before Options:
        self.options = []  # (short, long, value, help)
        self.sections = {}  # every other section (Arguments:, Commands:): [name, help]
        section = None
        for line in lines[1:]:
            if re.fullmatch(r"[A-Z][A-Za-z ]*:", line):
                section = line[:-1]
                self.sections.setdefault(section, [])
                continue
            if not line.strip():
                continue
            if section is None:
                self.description.append(line.strip())
            elif section == "Options":
                m = OPTION_LINE.match(line)
                if m:
                    self.options.append([m.group(1), m.group(2), m.group(3), m.group(4) or ""])
                elif self.options and line.startswith("    "):
                    self.options[-1][3] = (self.options[-1][3] + " " + line.strip()).strip()
                else:
                    sys.exit(f"make-docs: cannot read this option line of --help: {line!r}")
            else:
                entries = self.sections[section]
                m = re.match(r"^  (\S+(?: \S+)*)(?:\s{2,}(.*))?$", line)
                if m:
                    entries.append([m.group(1), m.group(2) or ""])
                elif entries and line.startswith("    "):
                    entries[-1][1] = (entries[-1][1] + " " + line.strip()).strip()
        self.options = [tuple(o) for o in self.options]

    def synopsis(self):
        """A command's own `usage: ccadmin ...` line, without `usage: `; None when there is none."""
        for line in self.description:
            if line.lower().startswith("usage: "):
                return line[len("usage: "):]
        return None


def split_command(text):
    """`customers show CUSTOMER_ID` -> ("customers show", "CUSTOMER_ID")."""
    words = text.split()
    verb = [w for w in words if re.fullmatch(r"[a-z][a-z-]*", w)]
    return " ".join(verb), " ".join(w for w in words if w not in verb)


def commands_of(help_):
    """ccadmin's commands: [(words, operands, summary)], e.g. ("customers show", "ID", "Show ...").
    From the `Commands:` section, or else the `command` argument's `customers show ID | link | ...`."""
    commands = []
    for name, text in help_.sections.get("Commands", []):
        words, operands = split_command(name)
        if words:
            commands.append((words, operands, text))
    if not commands:
        for name, text in help_.sections.get("Arguments", []):
            if name.lower() == "command":
                for entry in text.split("|"):
                    words, operands = split_command(entry)
                    if words:
                        commands.append((words, operands, ""))
    if not commands:
        sys.exit("make-docs: `ccadmin --help` lists no commands")
    return commands


def value_list(help_text):
    """The values an option takes when its help lists them: `Output format: text, json or csv.`
    or `Markup, Margin, SplitMargin or ErpMinusDiscount.`; None otherwise."""
    text = help_text.strip().rstrip(".")
    if ":" in text:
        text = text.split(":", 1)[1]
    items = re.split(r",\s*|\s+or\s+", text.strip())
    if len(items) >= 2 and all(re.fullmatch(r"[A-Za-z][\w-]*", i) for i in items):
        return items
    return None


def roff(text):
    """Plain text as roff: backslashes and minus signs escaped."""
    return text.replace("\\", "\\e").replace("-", "\\-")


def option_entry(short, long, value, help_text):
    head = (f"\\fB{roff(short)}\\fR, " if short else "") + f"\\fB{roff(long)}\\fR"
    if value:
        head += f" \\fI{roff(value)}\\fR"
    return f".TP\n{head}\n{roff(help_text)}\n"


def write_man(args):
    with open(args.template, encoding="utf-8") as f:
        template = f.read()
    top = Help(run_help(args.binary))
    descriptions = {}

    def take(m):
        descriptions[m.group(1).strip()] = m.group(2)
        return ""

    template = re.sub(r'^\.\\" command: ([^\n]+)\n(.*?)^\.\\" end\n', take, template, flags=re.M | re.S)
    global_longs = {o[1] for o in top.options}
    page = template.replace("@OPTIONS@\n", "".join(option_entry(*o) for o in top.options))
    if args.commands:
        sections = []
        for words, operands, summary in commands_of(top):
            own_help = Help(run_help(args.binary, *words.split()))
            own = [o for o in own_help.options if o[1] not in global_longs]
            usage = own_help.synopsis()
            if usage and usage.startswith("ccadmin "):
                synopsis = "\\fBccadmin\\fR [\\fIoptions\\fR] " + roff(usage[len("ccadmin "):])
            else:
                synopsis = f"\\fBccadmin\\fR [\\fIoptions\\fR] \\fB{roff(words)}\\fR"
                if operands:
                    synopsis += " " + " ".join(f"\\fI{roff(o)}\\fR" for o in operands.split())
                if own:  # which of them are required, the description says
                    synopsis += " [\\fIcommand options\\fR]"
            sections.append(f".SS {words}\n{synopsis}\n.PP\n")
            if summary:
                sections.append(roff(summary) + "\n" + (".PP\n" if words in descriptions else ""))
            if words in descriptions:
                sections.append(descriptions.pop(words))
            if own:
                sections.append(".RS\n" + "".join(option_entry(*o) for o in own) + ".RE\n")
        page = page.replace("@COMMANDS@\n", "".join(sections))
        for stale in descriptions:
            print(f"make-docs: warning: {args.template} describes `{stale}`, which --help does not list",
                  file=sys.stderr)
    page = page.replace("@VERSION@", args.version).replace("@DATE@", args.date)
    leftover = re.findall(r"@[A-Z_]+@", page)
    if leftover:
        sys.exit(f"make-docs: {args.template}: unknown markers {leftover}")
    write_out(args.out, page)


COMPLETION = r"""# bash completion for ccadmin -*- shell-script -*-
# Generated from `ccadmin --help` and each `ccadmin COMMAND --help` by packaging/make-docs.py.

_ccadmin()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
    local -A takes_value=(@TAKES_VALUE@)
    local -A values=(@VALUES@)
    local -A files=(@FILES@)
    local -A command_options=(@COMMAND_OPTIONS@)
    local global_options="@GLOBAL_OPTIONS@"
    local commands="@COMMANDS@"

    # --option=value: bash splits at '=', so the option is the word before it.
    if [[ $prev == = && $COMP_CWORD -ge 2 ]]; then
        prev=${COMP_WORDS[COMP_CWORD-2]}
    elif [[ $cur == = ]]; then
        prev=${COMP_WORDS[COMP_CWORD-1]}
        cur=
    fi
    if [[ -n ${takes_value[$prev]:-} ]]; then
        if [[ -n ${files[$prev]:-} ]]; then
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
        elif [[ -n ${values[$prev]:-} ]]; then
            mapfile -t COMPREPLY < <(compgen -W "${values[$prev]}" -- "$cur")
        fi
        return 0
    fi

    # The command so far: the words that are neither options nor their values.
    local i word command="" after_dashes=0
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        if [[ $after_dashes == 0 && $word == -- ]]; then
            after_dashes=1
        elif [[ $after_dashes == 0 && $word == -* ]]; then
            [[ $word != *=* && -n ${takes_value[$word]:-} ]] && ((i++))
        elif [[ $word != = ]]; then
            command+="${command:+ }$word"
        fi
    done

    local known=""
    for word in "${!command_options[@]}"; do
        [[ $command == "$word" || $command == "$word "* ]] && known=$word
    done
    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$global_options ${known:+${command_options[$known]}}" -- "$cur")
    elif [[ -z $known ]]; then
        # The next word of a command: `customers` then `list` or `show`.
        local -A next=()
        local c
        while read -r c; do
            if [[ -z $command ]]; then
                next[${c%% *}]=1
            elif [[ $c == "$command "* ]]; then
                next[${c#"$command "}]=1
            fi
        done < <(tr '|' '\n' <<<"$commands")
        mapfile -t COMPREPLY < <(compgen -W "${!next[*]}" -- "$cur")
    fi
    return 0
}
complete -F _ccadmin ccadmin
"""


def write_completion(args):
    top = Help(run_help(args.binary))
    options = top.options
    all_options = list(options)
    command_options = {}
    global_longs = {o[1] for o in options}
    commands = commands_of(top)
    for words, _, _ in commands:
        own = [o for o in Help(run_help(args.binary, *words.split())).options if o[1] not in global_longs]
        command_options[words] = " ".join(o[1] for o in own)
        all_options += own
    takes_value, values, files = {}, {}, {}
    for short, long, value, help_text in all_options:
        if not value:
            continue
        takes_value[long] = 1
        if "FILE" in value.upper():
            files[long] = 1
        elif (listed := value_list(help_text)) is not None:
            values[long] = " ".join(listed)

    def assoc(d):
        for text in [*d.keys(), *map(str, d.values())]:
            if re.search(r'["$`\\]', text):
                sys.exit(f"make-docs: cannot put {text!r} into the completion")
        return " ".join(f'["{k}"]="{v}"' for k, v in sorted(d.items()))

    globals_ = [o[1] for o in options] + [o[0] for o in options if o[0]]
    script = (COMPLETION.replace("@TAKES_VALUE@", assoc(takes_value))
              .replace("@VALUES@", assoc(values))
              .replace("@FILES@", assoc(files))
              .replace("@COMMAND_OPTIONS@", assoc(command_options))
              .replace("@GLOBAL_OPTIONS@", " ".join(globals_))
              .replace("@COMMANDS@", "|".join(c[0] for c in commands)))
    write_out(args.out, script)


def write_changelog(args):
    """A Debian changelog, newest first, from the metainfo's releases."""
    root = ET.parse(args.metainfo).getroot()
    entries = []
    for release in root.iter("release"):
        version, date = release.get("version"), release.get("date")
        items = []
        for node in release.iter():
            if node.tag in ("p", "li") and node.text and node.text.strip():
                items.append(" ".join("".join(node.itertext()).split()))
        items = items or ["New upstream release."]
        body = "\n".join(textwrap.fill(i, width=76, initial_indent="  * ", subsequent_indent="    ") for i in items)
        when = datetime.datetime.strptime(date, "%Y-%m-%d").replace(tzinfo=datetime.timezone.utc)
        entries.append(f"{args.package} ({version}) unstable; urgency=medium\n\n{body}\n\n"
                       f" -- {args.maintainer}  {when.strftime('%a, %d %b %Y %H:%M:%S +0000')}\n")
    if not entries:
        sys.exit(f"make-docs: {args.metainfo} has no <release>")
    write_out(args.out, "\n".join(entries))


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="what", required=True)
    man = sub.add_parser("man")
    man.add_argument("--binary", required=True)
    man.add_argument("--template", required=True)
    man.add_argument("--out", required=True)
    man.add_argument("--version", required=True)
    man.add_argument("--date", required=True)
    man.add_argument("--commands", action="store_true")
    completion = sub.add_parser("completion")
    completion.add_argument("--binary", required=True)
    completion.add_argument("--out", required=True)
    changelog = sub.add_parser("changelog")
    changelog.add_argument("--metainfo", required=True)
    changelog.add_argument("--package", required=True)
    changelog.add_argument("--maintainer", required=True)
    changelog.add_argument("--out", required=True)
    args = parser.parse_args()
    {"man": write_man, "completion": write_completion, "changelog": write_changelog}[args.what](args)


if __name__ == "__main__":
    main()
