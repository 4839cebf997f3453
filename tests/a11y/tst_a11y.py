#!/usr/bin/python3
"""The real app through the accessibility tree (AT-SPI), as a screen reader sees it and the
keyboard alone drives it.

Run inside tests/a11y/with-atspi.sh (Xvfb, openbox, a private D-Bus session with the AT-SPI bus):
    with-atspi.sh tst_a11y.py BIN_DIR

It starts `ccadmin sandbox` for credentials and `cloudcockpit-admin` signed out, then, with keys
only (xdotool through XTest, as a keyboard would), signs in, finds a customer, copies the
relationship link, sets an internal identifier, records an MCA, opens the Edit margins form, adds a
provider instance with offer-type margins, opens the Microsoft Customer Agreements view and the
Import internal identifiers dialog, and switches the language. On each screen it walks the tree and fails when an
interactive control has no name derived from its label, when a form opens without focus in its
first field, or when a step cannot be finished. Every wait is on a condition of the tree, with a
deadline; nothing sleeps for a fixed time.
"""

import os
import re
import signal
import subprocess
import sys
import time
import traceback

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

DEADLINE = float(os.environ.get("A11Y_DEADLINE", "30"))  # seconds per wait; CI machines are slow

# Roles a user operates; each must be announced with a name from its label (or its own text).
INTERACTIVE = {
    Atspi.Role.PUSH_BUTTON, Atspi.Role.TOGGLE_BUTTON, Atspi.Role.CHECK_BOX, Atspi.Role.RADIO_BUTTON,
    Atspi.Role.COMBO_BOX, Atspi.Role.TEXT, Atspi.Role.ENTRY, Atspi.Role.PASSWORD_TEXT,
    Atspi.Role.SPIN_BUTTON, Atspi.Role.TABLE, Atspi.Role.TREE_TABLE, Atspi.Role.LIST, Atspi.Role.SLIDER,
    Atspi.Role.DATE_EDITOR,
}
# Controls whose own text is their label.
SELF_LABELLED = {Atspi.Role.PUSH_BUTTON, Atspi.Role.TOGGLE_BUTTON, Atspi.Role.CHECK_BOX, Atspi.Role.RADIO_BUTTON}


class Failed(Exception):
    pass


failures = []


def log(*args):
    print(*args, flush=True)


def wait_for(condition, what, timeout=DEADLINE):
    """Polls condition() until it returns something truthy; fails with `what` at the deadline."""
    end = time.monotonic() + timeout
    last_error = None
    while True:
        try:
            value = condition()
            if value:
                return value
        except GLibError as e:  # an object went away while we looked: look again
            last_error = e
        if time.monotonic() > end:
            raise Failed(f"timed out after {timeout:.0f} s waiting for {what}" + (f" ({last_error})" if last_error else ""))
        time.sleep(0.02)  # a poll interval, not a wait for something to happen


GLibError = gi.repository.GLib.Error


# --- the tree ------------------------------------------------------------------------------------

def role(o):
    return o.get_role()


def name(o):
    return o.get_name() or ""


def states(o):
    return o.get_state_set()


def has(o, state):
    return states(o).contains(state)


def children(o):
    n = o.get_child_count()
    out = []
    for i in range(n):
        c = o.get_child_at_index(i)
        if c is not None:
            out.append(c)
    return out


def walk(o, into_tables=False):
    """Showing objects under o, depth first; the cells of tables only when asked (thousands)."""
    yield o
    if role(o) in (Atspi.Role.TABLE, Atspi.Role.TREE_TABLE, Atspi.Role.LIST) and not into_tables:
        return
    for c in children(o):
        try:
            if has(c, Atspi.StateType.SHOWING):
                yield from walk(c, into_tables)
        except GLibError:
            continue


def relations(o, kind):
    out = []
    for r in o.get_relation_set() or []:
        if r.get_relation_type() == kind:
            out += [r.get_target(i) for i in range(r.get_n_targets())]
    return out


def describe(o):
    try:
        parent = o.get_parent()
        return f"{role(o).value_nick} '{name(o)}' (in {role(parent).value_nick} '{name(parent)}')"
    except GLibError:
        return "(gone)"


def plain(label_text):
    """A label's text as announced: no mnemonic ampersand, no trailing colon."""
    return re.sub(r"&(.)", r"\1", label_text).strip().rstrip(":").strip()


def find(root, pred, into_tables=False):
    for o in walk(root, into_tables):
        try:
            if pred(o):
                return o
        except GLibError:
            continue
    return None


def find_all(root, pred):
    out = []
    for o in walk(root):
        try:
            if pred(o):
                out.append(o)
        except GLibError:
            continue
    return out


def by(role_, name_=None, pattern=None):
    def pred(o):
        if role(o) != role_:
            return False
        if name_ is not None and name(o) != name_:
            return False
        if pattern is not None and not re.search(pattern, name(o)):
            return False
        return True
    return pred


def focused(root):
    """The control with the focus. A widget whose focus proxy has it says it is focused too (a
    button box whose first button has the focus): the deepest one is the control."""
    found = None
    for o in walk(root):
        try:
            if has(o, Atspi.StateType.FOCUSED) and role(o) not in (Atspi.Role.FRAME, Atspi.Role.DIALOG):
                found = o
        except GLibError:
            continue
    return found


def text_of(o):
    if "Text" not in o.get_interfaces():
        return ""
    return Atspi.Text.get_text(o, 0, Atspi.Text.get_character_count(o))


# --- the checks ---------------------------------------------------------------------------------

def check_names(window, screen):
    """Every interactive control has a name, and the one its label gives it."""
    problems = []
    objects = list(walk(window))
    # label -> the control it labels (QLabel's buddy): the control must be announced with it.
    for o in objects:
        if role(o) != Atspi.Role.LABEL:
            continue
        for target in relations(o, Atspi.RelationType.LABEL_FOR):
            if not has(target, Atspi.StateType.SHOWING):
                continue
            want = plain(name(o))
            labelled_by = [plain(name(l)) for l in relations(target, Atspi.RelationType.LABELLED_BY)]
            # Qt's table interface reports no Label relation at all: there the name must be the label's.
            if want not in labelled_by and not (role(target) != Atspi.Role.COMBO_BOX and plain(name(target)) == want):
                problems.append(f"{describe(target)} is labelled '{want}' on screen but not announced with it "
                                f"(labelled-by: {labelled_by})")
    for o in objects:
        r = role(o)
        if r not in INTERACTIVE or not has(o, Atspi.StateType.FOCUSABLE) or not has(o, Atspi.StateType.VISIBLE):
            continue
        if r in SELF_LABELLED:
            if not plain(name(o)):
                problems.append(f"{describe(o)} has no text or name")
            continue
        labels = [plain(name(l)) for l in relations(o, Atspi.RelationType.LABELLED_BY)]
        if r == Atspi.Role.COMBO_BOX:
            # Qt on Linux announces a combo box by its current text: its label must come by relation.
            if not any(labels):
                problems.append(f"{describe(o)} has no label (labelled-by is empty): announced only by its value")
            continue
        if not plain(name(o)) and not any(labels):
            problems.append(f"{describe(o)} has no name")
    if problems:
        # Recorded, not raised: the walk goes on, so one run lists every screen's problems.
        failures.append(f"{screen}: " + "; ".join(problems))
        log(f"  names: {screen}: FAIL " + "; ".join(problems))
        return
    log(f"  names: {screen}: {sum(1 for o in objects if role(o) in INTERACTIVE)} controls announced with their labels")


def check_first_field_focused(dialog, screen, first_label):
    """A form opens with the focus in its first field (the one labelled first_label)."""
    def first_focused():
        f = focused(dialog)
        if f is None:
            return None
        labels = [plain(name(l)) for l in relations(f, Atspi.RelationType.LABELLED_BY)]
        return f if plain(first_label) in labels or plain(name(f)) == plain(first_label) else None
    try:
        wait_for(first_focused, f"the focus in '{first_label}'")
    except Failed:
        f = focused(dialog)
        failures.append(f"{screen} opened with the focus on {describe(f) if f else 'nothing'}, not in its first field '{first_label}'")
        log("  focus: FAIL " + failures[-1])
        return
    log(f"  focus: {screen} opens in '{first_label}'")


def extents(o):
    r = Atspi.Component.get_extents(o, Atspi.CoordType.SCREEN)
    return r.x, r.y, r.width, r.height


def check_tab_order(app, window, screen, steps=60):
    """Tab visits every control once, in reading order (down the rows, left to right within a
    row), and comes back to where it started; each control it visits shows."""
    start = wait_for(lambda: focused(window), f"a focused control in {screen}")
    visited = [start]
    steps_seen = []  # (from, to, their extents when "to" took the focus: a scroll area moves both)
    current = start
    for _ in range(steps):
        previous = current
        keys("Tab")
        current = wait_for(lambda: (lambda f: f if f is not None and not same(f, previous) else None)(focused(window)),
                           f"Tab to move on from {describe(previous)} in {screen}")
        if same(current, start):
            break
        visited.append(current)
        steps_seen.append((previous, current, extents(previous), extents(current)))
    else:
        failures.append(f"{screen}: Tab did not come back to {describe(start)} in {steps} steps")
        return
    problems = []
    for a, b, (ax, ay, aw, ah), (bx, by_, bw, bh) in steps_seen:
        same_row = by_ < ay + ah and ay < by_ + bh
        if not has(b, Atspi.StateType.SHOWING) or bw == 0 or bh == 0:
            problems.append(f"Tab goes to {describe(b)}, which does not show")
        elif role(b) in (Atspi.Role.PANEL, Atspi.Role.FILLER) or not plain(name(b)):
            problems.append(f"Tab stops on {describe(b)}, which says nothing")
        elif same_row and bx + bw // 2 < ax + aw // 2:
            problems.append(f"Tab goes left from {describe(a)} to {describe(b)}")
        elif not same_row and by_ < ay:
            problems.append(f"Tab goes up from {describe(a)} to {describe(b)}")
    names = [plain(name(o)) or role(o).value_nick for o in visited]
    if problems:
        failures.append(f"{screen}: tab order " + "; ".join(problems) + f" (order: {names})")
        log(f"  tab: FAIL {failures[-1]}")
    else:
        log(f"  tab: {screen}: {len(visited)} stops in reading order: {', '.join(names)}")


def same(a, b):
    try:
        return a is not None and b is not None and (a == b or (describe(a) == describe(b) and extents(a) == extents(b)))
    except GLibError:
        return False


# --- the app ------------------------------------------------------------------------------------

class App:
    def __init__(self, bin_dir, args):
        self.bin_dir = bin_dir
        env = dict(os.environ)
        env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
        env["LC_ALL"] = "C.UTF-8"
        env["LANGUAGE"] = "en"
        self.proc = subprocess.Popen([os.path.join(bin_dir, "cloudcockpit-admin")] + args, env=env)
        self.pid = self.proc.pid
        self.app = wait_for(self._find, "the app on the accessibility bus")
        Atspi.Accessible.set_cache_mask(self.app, Atspi.Cache.NONE)  # every read asks the app
        self.window = wait_for(lambda: self.frame("CloudCockpit Admin"), "the main window")

    def _find(self):
        if self.proc.poll() is not None:
            raise Failed(f"the app exited with {self.proc.returncode}")
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            a = desktop.get_child_at_index(i)
            if a is not None and a.get_process_id() == self.pid:
                return a
        return None

    def frame(self, title=None, pattern=None):
        for w in children(self.app):
            # A plain QWidget window (the MCA view) is a top-level filler to Qt 6.4.
            if role(w) not in (Atspi.Role.FRAME, Atspi.Role.DIALOG, Atspi.Role.WINDOW, Atspi.Role.FILLER):
                continue
            if not has(w, Atspi.StateType.SHOWING):
                continue
            if title is not None and name(w) != title:
                continue
            if pattern is not None and not re.search(pattern, name(w)):
                continue
            return w
        return None

    def active(self):
        for w in children(self.app):
            if has(w, Atspi.StateType.ACTIVE) and has(w, Atspi.StateType.SHOWING):
                return w
        return None

    def close(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def keys(*combos):
    """Presses keys as a keyboard would (XTest), to whatever has the focus."""
    subprocess.run(["xdotool", "key", "--clearmodifiers", *combos], check=True)


def type_text(text):
    subprocess.run(["xdotool", "type", "--clearmodifiers", "--delay", "5", text], check=True)


def wait_focus_on(app, pred, what):
    def f():
        w = app.active()
        if w is None:
            return None
        o = focused(w)
        return o if o is not None and pred(o) else None
    return wait_for(f, f"the focus on {what}")


def labelled(label):
    want = plain(label)
    def pred(o):
        return want in [plain(name(l)) for l in relations(o, Atspi.RelationType.LABELLED_BY)] or plain(name(o)) == want
    return pred


def start_sandbox(bin_dir):
    proc = subprocess.Popen([os.path.join(bin_dir, "ccadmin"), "sandbox", "--customers", "60"],
                            stdout=subprocess.PIPE, text=True)
    creds = {}
    end = time.monotonic() + DEADLINE
    while "reseller-id" not in creds:
        line = proc.stdout.readline()
        if not line:
            raise Failed("ccadmin sandbox printed no credentials")
        if "=" in line:
            k, v = line.strip().split("=", 1)
            creds[k] = v
        if time.monotonic() > end:
            raise Failed("ccadmin sandbox took too long")
    return proc, creds


# --- the screens and tasks -----------------------------------------------------------------------

def sign_in(app, creds):
    w = app.window
    wait_for(lambda: find(w, by(Atspi.Role.PUSH_BUTTON, "Try the demo")), "the sign-in panel")
    check_names(w, "sign-in panel")
    wait_focus_on(app, labelled("Tenant domain"), "the tenant field as the window opens")
    keys("alt+a")  # Advanced: the API and token URLs
    wait_for(lambda: find(w, labelled("API URL")), "the advanced fields")
    check_names(w, "sign-in panel, advanced")
    check_tab_order(app, w, "sign-in panel")
    for mnemonic, label, value in (("alt+t", "Tenant domain", creds["tenant"]), ("alt+l", "Client ID", creds["client-id"]),
                                   ("alt+e", "Client secret", creds["client-secret"]), ("alt+u", "API URL", creds["api-url"]),
                                   ("alt+o", "Token URL", creds["token-url"])):
        keys(mnemonic)
        wait_focus_on(app, labelled(label), f"'{label}' after {mnemonic}")
        keys("ctrl+a")
        type_text(value)
    keys("Return")
    table = wait_for(lambda: find(w, by(Atspi.Role.TABLE, "Customers")), "the customer list after signing in")
    wait_for(lambda: Atspi.Table.get_n_rows(table) >= 60, "60 customers in the list")
    log("  task: signed in with the keyboard alone")
    return table


def main_window(app, table):
    w = app.window
    check_names(w, "main window")
    # The table announces its column headers, and each cell its column and its row's company.
    headers = [name(Atspi.Table.get_column_header(table, c)) for c in range(Atspi.Table.get_n_columns(table))]
    if "Company" not in headers or "Domain" not in headers:
        raise Failed(f"the customer table does not announce its column headers: {headers}")
    check_cells(table, headers)
    # The status bar says the list finished loading.
    bar = find(w, lambda o: role(o) == Atspi.Role.STATUS_BAR)
    if bar is None:
        raise Failed("the main window has no status bar in the tree")
    wait_for(lambda: any(re.search(r"\b60\b", name(o)) for o in walk(bar)), "the status bar to say how many customers loaded")
    return headers


def check_cells(table, headers):
    company = name(Atspi.Table.get_accessible_at(table, 0, headers.index("Company")))
    domain_cell = Atspi.Table.get_accessible_at(table, 0, headers.index("Domain"))
    desc = domain_cell.get_description() or ""
    if "Domain" not in desc or company not in desc:
        failures.append(f"a Domain cell says '{name(domain_cell)}' / '{desc}': not its column and company '{company}'")
        log("  table: FAIL " + failures[-1])
        return
    log(f"  table: headers {headers[:3]}…; a cell: '{name(domain_cell)}', '{desc}'")


def find_customer(app, table, headers, microsoft):
    """Searches the server for a customer by name and goes on into the list: one that is in
    Microsoft's direct instance (for the MCA) and not deleted."""
    w = app.window
    target = None
    for row in range(Atspi.Table.get_n_rows(table)):
        Atspi.Table.get_accessible_at(table, row, headers.index("Company"))
        status = name(Atspi.Table.get_accessible_at(table, row, headers.index("Status")))
        instances = name(Atspi.Table.get_accessible_at(table, row, headers.index("Instances")))
        company = name(Atspi.Table.get_accessible_at(table, row, headers.index("Company")))
        # ASCII: xdotool types other letters by remapping a key for each, which X may not keep up with.
        if not status and instances == "1" and company.isascii():
            target = company
            break
    keys("ctrl+f")
    wait_focus_on(app, lambda o: name(o) == "Server search", "the search field after Ctrl+F")
    type_text(target)
    keys("Return")
    wait_for(lambda: Atspi.Table.get_n_rows(table) == 1 and name(Atspi.Table.get_accessible_at(table, 0, headers.index("Company"))) == target,
             f"the list to show only '{target}'")
    keys("Down")  # from the search field into the list, on the customer
    wait_for(lambda: find(w, lambda o: role(o) == Atspi.Role.PUSH_BUTTON and name(o).startswith("Copy relationship link")
                          and has(o, Atspi.StateType.ENABLED)), "the details of the customer found")
    check_names(w, "main window with details")
    if microsoft and "Microsoft CSP" not in details_text(app):
        raise Failed(f"'{target}' is in no Microsoft instance: the details say {details_text(app)[:200]!r}")
    log(f"  task: found '{target}' with the keyboard alone")
    return target


def copy_link(app):
    # Ctrl+Shift+C copies the link at once when the customer is in one Microsoft instance, and says
    # so in the status bar.
    keys("ctrl+shift+c")
    saved(app, r"[Rr]elationship link for .* copied")
    # The dialog, for the other choices: from the details' button by its mnemonic.
    keys("alt+k")
    d = wait_for(lambda: app.frame(pattern="^Relationship link"), "the relationship link dialog")
    check_first_field_focused(d, "link dialog", "Provider instance")
    check_names(d, "link dialog")
    check_tab_order(app, d, "link dialog")
    keys("alt+g")
    link = wait_for(lambda: find(d, lambda o: role(o) in (Atspi.Role.TEXT, Atspi.Role.ENTRY) and name(o) == "Relationship acceptance link"
                                 and text_of(o).startswith("https://")), "the link")
    url = text_of(link)
    keys("alt+c")
    wait_for(lambda: find(d, by(Atspi.Role.LABEL, "Link copied.")), "'Link copied.'")
    keys("Escape")
    wait_for(lambda: app.frame(pattern="^Relationship link") is None, "the link dialog to close")
    log(f"  task: copied the relationship link {url[:40]}… with the keyboard alone")


def saved(app, pattern):
    bar = find(app.window, lambda o: role(o) == Atspi.Role.STATUS_BAR)
    return wait_for(lambda: any(re.search(pattern, name(o) + " " + (o.get_description() or "")) for o in walk(bar)),
                    f"the status bar to say /{pattern}/")


def details_text(app):
    view = find(app.window, lambda o: name(o) == "Customer details")
    return text_of(view) if view is not None else ""


def form(app, mnemonic, title_pattern, first_label, screen):
    keys(mnemonic)
    d = wait_for(lambda: app.frame(pattern=title_pattern), f"the {screen}")
    check_first_field_focused(d, screen, first_label)
    check_names(d, screen)
    check_tab_order(app, d, screen)
    return d


def submit_and_wait_saved(app, d, title_pattern, screen, said):
    keys("Return")
    try:
        wait_for(lambda: app.frame(pattern=title_pattern) is None, f"the {screen} to close after saving")
    except Failed:
        said = [f"{describe(o)}: {o.get_description()}" for o in walk(d) if (o.get_description() or "")
                and role(o) != Atspi.Role.PUSH_BUTTON]
        raise Failed(f"the {screen} did not save by keyboard; it says: {said}")
    saved(app, said)


def internal_identifier(app):
    title = "[Ii]nternal identifier"
    d = form(app, "alt+i", title, "Internal identifier", "internal identifier form")
    # An error is the field's description while it shows, and goes when the field is fixed.
    field = wait_focus_on(app, labelled("Value"), "the identifier field")
    keys("ctrl+a")
    type_text("X" * 256)
    keys("Return")
    wait_for(lambda: re.search(r"255", field.get_description() or ""), "the error (at most 255 characters) as the field's description")
    log(f"  error: the field says '{field.get_description()}'")
    keys("ctrl+a")
    type_text("A11Y-0001")
    wait_for(lambda: not re.search(r"255", field.get_description() or ""), "the error to leave the field's description")
    submit_and_wait_saved(app, d, title, "internal identifier form", "set to A11Y-0001")
    wait_for(lambda: "A11Y-0001" in details_text(app), "the details to show the new identifier")
    log("  task: set an internal identifier with the keyboard alone")


def mca(app):
    title = "^Microsoft Customer Agreement"
    d = form(app, "alt+a", title, "Provider instance", "Microsoft Customer Agreement form")
    keys("alt+t")
    wait_focus_on(app, labelled("Agreement date"), "the agreement date after Alt+T")
    keys("ctrl+a")
    import datetime
    type_text((datetime.date.today() - datetime.timedelta(days=1)).isoformat())
    for mnemonic, label, value in (("alt+f", "First name", "Ada"), ("alt+l", "Last name", "Lovelace"),
                                   ("alt+e", "Email", "ada@example.com"), ("alt+h", "Phone", "+351 210 000 000")):
        keys(mnemonic)
        field = wait_focus_on(app, labelled(label), f"'{label}' after {mnemonic}")
        if not has(field, Atspi.StateType.EDITABLE):
            continue  # the primary contact's, kept
        keys("ctrl+a")
        type_text(value)
    submit_and_wait_saved(app, d, title, "Microsoft Customer Agreement form", "Agreement of .* recorded")
    log("  task: recorded a Microsoft Customer Agreement with the keyboard alone")


def add_provider_instance(app):
    title = "^Add provider instance"
    d = form(app, "alt+n", title, "Provider instance", "add provider instance form")
    combo = focused(d)
    # A non-Microsoft instance: its customer data is a JSON object, which may stay empty.
    for _ in range(8):
        if re.match("Adobe|Acronis", name(combo)):
            break
        before = name(combo)
        keys("Down")
        wait_for(lambda: name(combo) != before, "the instance picker to move on")
    if not re.match("Adobe|Acronis", name(combo)):
        raise Failed(f"the instance picker offers no non-Microsoft instance by keyboard (at '{name(combo)}')")
    check_names(d, "add provider instance form, JSON instance")
    keys("alt+m")
    wait_focus_on(app, labelled("Price margin"), "the price margin after Alt+M")
    keys("ctrl+a")
    type_text("12")
    table = find(d, by(Atspi.Role.TABLE, "Margins per offer type"))
    # Add row: the new row's offer type opens for choosing, in the same turn as the row appears.
    # (A cell's editor is not in Qt's tree under the table, so the rows tell what happened.)
    keys("alt+w")
    wait_for(lambda: Atspi.Table.get_n_rows(table) == 1, "a row in the margins table after Alt+W")
    offer_type = name(Atspi.Table.get_accessible_at(table, 0, 0))
    keys("Return")  # keeps the offer type offered
    wait_focus_on(app, lambda o: role(o) == Atspi.Role.TABLE, "the margins table after choosing the offer type")
    keys("Right")
    type_text("7")  # typing starts editing the percentage
    keys("Return")
    wait_for(lambda: name(Atspi.Table.get_accessible_at(table, 0, 1)).startswith("7"), "the row's percentage to read 7")
    log(f"  margins: {offer_type}, {name(Atspi.Table.get_accessible_at(table, 0, 1))}, {name(Atspi.Table.get_accessible_at(table, 0, 2))}")
    submit_and_wait_saved(app, d, title, "add provider instance form", r"added to (Adobe|Acronis)")
    log("  task: added a provider instance with an offer-type margin with the keyboard alone")


def edit_margins(app):
    """The details' Edit margins opens the customer's one instance's form (Alt+G), in its first field."""
    title = "^Margins — "
    keys("alt+g")
    d = wait_for(lambda: app.frame(pattern=title), "the Edit margins form after Alt+G")
    # The relationship picker shows only when there is a choice; then it is the first field.
    relationship = find(d, lambda o: role(o) == Atspi.Role.COMBO_BOX and labelled("Relationship")(o))
    first = "Relationship" if relationship is not None else "Price margin"
    check_first_field_focused(d, "Edit margins form", first)
    check_names(d, "Edit margins form")
    check_tab_order(app, d, "Edit margins form")
    keys("Escape")  # nothing changed: closes without asking
    wait_for(lambda: app.frame(pattern=title) is None, "the Edit margins form to close")
    log("  task: opened and closed the Edit margins form with the keyboard alone")


def mca_view(app):
    """Customers > Microsoft Customer Agreements (Ctrl+Shift+M): a window of its own."""
    title = "Microsoft Customer Agreements"
    keys("ctrl+shift+m")
    try:
        v = wait_for(lambda: app.frame(title), "the Microsoft Customer Agreements view after Ctrl+Shift+M")
    except Failed:
        log("  windows: " + "; ".join(f"{role(w).value_nick} '{name(w)}' showing={has(w, Atspi.StateType.SHOWING)}"
                                      for w in children(app.app)))
        raise
    table = wait_for(lambda: find(v, lambda o: role(o) == Atspi.Role.TABLE), "the agreements table")
    wait_for(lambda: Atspi.Table.get_n_rows(table) > 0, "the agreements to load")
    check_names(v, "Microsoft Customer Agreements view")
    check_tab_order(app, v, "Microsoft Customer Agreements view")
    keys("alt+F4")  # the window manager closes it, as for any window
    wait_for(lambda: app.frame(title) is None, "the Microsoft Customer Agreements view to close")
    wait_for(lambda: app.active() is not None and name(app.active()) == "CloudCockpit Admin", "the main window back")
    log("  task: opened the Microsoft Customer Agreements view with the keyboard alone")


def import_dialog(app):
    """Customers > Import internal identifiers…, from the menu by its mnemonics."""
    title = "^Import internal identifiers$"
    keys("alt+c")
    wait_for(lambda: find(app.app, by(Atspi.Role.MENU_ITEM, pattern="^Import internal identifiers")), "the Customers menu")
    keys("i")
    d = wait_for(lambda: app.frame(pattern=title), "the Import internal identifiers dialog")
    wait_for(lambda: focused(d), "a focused control in the import dialog")
    check_names(d, "Import internal identifiers dialog")
    check_tab_order(app, d, "Import internal identifiers dialog")
    keys("Escape")
    wait_for(lambda: app.frame(pattern=title) is None, "the import dialog to close")
    log("  task: opened the Import internal identifiers dialog with the keyboard alone")


def preferences(app):
    keys("alt+s")
    wait_for(lambda: find(app.app, by(Atspi.Role.MENU_ITEM, pattern="^Preferences")), "the Session menu")
    keys("p")
    d = wait_for(lambda: app.frame("Preferences"), "the Preferences dialog")
    check_first_field_focused(d, "Preferences", "Language")
    check_names(d, "Preferences")
    check_tab_order(app, d, "Preferences")
    language = wait_for(lambda: focused(d), "the language picker")
    keys("d")  # Deutsch
    wait_for(lambda: name(language) == "Deutsch", f"the language picker at Deutsch (at '{name(language)}')")
    wait_for(lambda: find(app.window, by(Atspi.Role.PUSH_BUTTON, pattern="^Aktualisieren")), "the window in German")
    keys("Escape")
    wait_for(lambda: app.frame(pattern="^(Preferences|Einstellungen)$") is None, "Preferences to close")
    check_names(app.window, "main window in German")
    log("  task: switched the language with the keyboard alone")


def run(bin_dir):
    sandbox, creds = start_sandbox(bin_dir)
    app = None
    try:
        app = App(bin_dir, [])
        table = sign_in(app, creds)
        headers = main_window(app, table)
        find_customer(app, table, headers, microsoft=True)
        copy_link(app)
        internal_identifier(app)
        mca(app)
        edit_margins(app)
        add_provider_instance(app)
        mca_view(app)
        import_dialog(app)
        preferences(app)
    finally:
        if app:
            app.close()
        sandbox.terminate()
        sandbox.wait()


if __name__ == "__main__":
    try:
        run(sys.argv[1])
    except Failed as e:
        failures.append(str(e))
    for f in failures:
        print(f"FAIL: {f}", flush=True)
    if failures:
        sys.exit(1)
    print("PASS", flush=True)
