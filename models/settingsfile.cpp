#include "settingsfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <sys/stat.h>
#endif

namespace {

struct Guard
{
    enum class Reason
    {
        None,
        NotRegular,
        TooLarge
    } reason = Reason::None;
    QString file;
    std::unique_ptr<QTemporaryDir> dir;
};

Guard &state()
{
    static Guard guard;
    return guard;
}

void pointSettingsAt(const QString &dir)
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir);
}

} // namespace

bool SettingsFile::isReplaceable(const QString &path)
{
#if defined(Q_OS_UNIX)
    // stat() follows every symlink as the rename QSaveFile makes would; QFileInfo::exists() is
    // false for a dangling link, which is fine (it creates the file named, replaces nothing).
    struct stat st;
    const QByteArray native = QFile::encodeName(path);
    if (::stat(native.constData(), &st) != 0)
        return errno == ENOENT;
    return S_ISREG(st.st_mode);
#else
    const QFileInfo info(path);
    return !info.exists() || info.isFile();
#endif
}

QStringList SettingsFile::userFiles()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    // As QSettings works them out on this platform: <config>/<organisation>/<application>.conf and
    // <config>/<organisation>.conf, <config> from QStandardPaths (so test mode applies).
    QString org = QCoreApplication::organizationName();
    if (org.isEmpty())
        org = QStringLiteral("Unknown Organization");
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u'/';
    QStringList files;
    if (!QCoreApplication::applicationName().isEmpty())
        files << dir + org + u'/' + QCoreApplication::applicationName() + QStringLiteral(".conf");
    files << dir + org + QStringLiteral(".conf");
    return files;
#else
    return {};
#endif
}

QString SettingsFile::guard()
{
    Guard &g = state();
    const bool wasGuarded = g.reason != Guard::Reason::None;
    g = {};
    for (const QString &file : userFiles()) {
        if (!isReplaceable(file))
            g = {Guard::Reason::NotRegular, file, nullptr};
        else if (const QFileInfo target(file); target.exists() && target.size() > MaxBytes) // size() follows links
            g = {Guard::Reason::TooLarge, file, nullptr};
        if (g.reason != Guard::Reason::None)
            break;
    }
    if (g.reason == Guard::Reason::None) {
        if (wasGuarded) // back where QSettings keeps them by default
            pointSettingsAt(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
        return {};
    }
    // Settings still work for this run (window layout, drafts as typed), in a directory of their
    // own that goes when the app quits.
    g.dir = std::make_unique<QTemporaryDir>();
    // Without a temporary directory, one that can never be made: nothing is written at all.
    pointSettingsAt(g.dir->isValid() ? g.dir->path() : QStringLiteral("/dev/null/cloudcockpit"));
    return problem();
}

QString SettingsFile::problem()
{
    const Guard &g = state();
    switch (g.reason) {
    case Guard::Reason::None: break;
    case Guard::Reason::NotRegular:
        return QCoreApplication::translate("SettingsFile", "Settings are not read or saved in this session: %1 is not "
                                                           "a regular file.")
            .arg(QDir::toNativeSeparators(g.file));
    case Guard::Reason::TooLarge:
        return QCoreApplication::translate("SettingsFile", "Settings are not read or saved in this session: %1 is "
                                                           "larger than %L2 MB.")
            .arg(QDir::toNativeSeparators(g.file))
            .arg(MaxBytes / (1024 * 1024));
    }
    return {};
}

bool SettingsFile::isGuarded()
{
    return state().reason != Guard::Reason::None;
}
