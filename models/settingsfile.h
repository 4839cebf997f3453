#pragma once

#include <QString>
#include <QStringList>

// The app's settings file (QSettings, user scope) and any other file the app replaces on disk.
// QSettings replaces its file atomically (a new file renamed over it, after following a symlink)
// and reads it whole when a QSettings is made, so a settings path that is a FIFO blocks start-up
// and one that resolves to /dev/null or a FIFO gets replaced by a regular file. The app only ever
// replaces regular files: guard() runs before the first QSettings is made.
namespace SettingsFile {

// A settings file bigger than this is neither read nor replaced: far more than the app writes
// (20 recent tenants, window state, 200 drafts of usually a few hundred bytes each).
inline constexpr qint64 MaxBytes = 32 * 1024 * 1024;

// True when the app may write a new regular file at path: nothing is there yet, or what is there
// (after following symlinks) is a regular file. A dangling symlink is fine: the file it names is
// created, nothing is replaced.
bool isReplaceable(const QString &path);

// The files QSettings() reads and writes for this application in the user scope (the
// application's file, then the organisation's), worked out without opening them. Unix only; empty
// where settings do not live in files (Windows registry, macOS preferences).
QStringList userFiles();

// Checks userFiles(). When one exists and is not a regular file, or is bigger than MaxBytes,
// QSettings is pointed at a private temporary directory for the rest of the run, so that the file
// is neither read (a FIFO would block, a device never ends) nor replaced; the returned message says
// so (for a log line). Otherwise settings go where they always go and the message is empty.
// Call it again (tests) to check afresh.
QString guard();
bool isGuarded();
// What guard() found, in the language installed now (for the window); empty when not guarded.
QString problem();

} // namespace SettingsFile
