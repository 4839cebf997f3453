#pragma once

#include <QString>

class QLabel;
class QStatusBar;
class QWidget;

// How every screen is announced to screen readers (AT-SPI on Linux: Orca), in one place.
//
// What Qt 6.4 does there, read through AT-SPI (tests/a11y): a combo box's accessible name is its
// current text and setAccessibleName() is ignored ("on Linux we use relations for this"); its
// label reaches a screen reader only as the Label relation (labelled-by), and Qt finds that
// relation only between a QLabel and its buddy when both have the same parent widget. A line edit
// or spin box inside another widget loses it the same way. So: every field has a visible label,
// label and field are siblings (no wrapper widget between them), and the label is set here.
namespace accessibility {

// The label names the field: its mnemonic focuses the field, and screen readers announce the
// label's text with it (through the Label relation; for an editable combo box also as the name of
// its line edit, which has the focus). Call it again after the label's text changes (retranslate).
void labelField(QLabel *label, QWidget *field);

// The label's text as announced: without the mnemonic's '&' and the trailing colon.
QString plainLabel(const QString &labelText);

// The field's error, as its accessible description while it shows; empty: the description it
// had before the first error.
void setErrorDescription(QWidget *field, const QString &error);

// Makes what the status bar says reachable: Qt paints a temporary message (showMessage) without
// exposing it, so it becomes the status bar's accessible name while it shows (a name change a
// screen reader can present; the status bar is where Orca's "read status bar" looks).
void exposeStatusMessages(QStatusBar *bar);

// Draws a ring around whichever control has the keyboard focus, in the palette's highlight (or its
// text colour where the highlight would not stand out 3:1 from the window), so that Tab shows where
// it went in light and dark palettes alike: Fusion's own cues are too faint on check boxes, combo
// boxes, buttons and tables (tests/a11y/tst_focusvisible measured them). Once per application.
void installFocusRing();

} // namespace accessibility
