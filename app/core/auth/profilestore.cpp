#include "profilestore.h"

#include "credentialstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <sys/stat.h>
#endif

namespace cc {

namespace {

enum class FileKind
{
    Missing,
    Regular,
    Other,
    Unreadable
};

// What is at path after following symlinks, without opening it: a FIFO would block an open and
// a device never ends, so only a regular file is ever read or replaced.
FileKind kindOf(const QString &path)
{
#if defined(Q_OS_UNIX)
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return errno == ENOENT ? FileKind::Missing : FileKind::Unreadable;
    return S_ISREG(st.st_mode) ? FileKind::Regular : FileKind::Other;
#else
    const QFileInfo info(path);
    return !info.exists() ? FileKind::Missing : info.isFile() ? FileKind::Regular : FileKind::Other;
#endif
}

QString notRegular(const QString &path)
{
    return QCoreApplication::translate("cc::ProfileStore", "Profiles are not read or saved: %1 is not a regular file.")
        .arg(QDir::toNativeSeparators(path));
}

QString text(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1StringView(key));
    return v.isString() ? v.toString() : QString();
}

} // namespace

QString Profile::secretKey() const
{
    return CredentialStore::keyFor(tenant, auth == Auth::Token ? QStringLiteral("token") : clientId);
}

QString Profile::authName(Auth auth)
{
    return auth == Auth::Token ? QStringLiteral("token") : QStringLiteral("client-secret");
}

ProfileStore::ProfileStore(QString path)
    : m_path(std::move(path))
{}

QString ProfileStore::defaultPath()
{
    // Beside the settings of both programs (organisation "CloudCockpit"), so that the window and
    // ccadmin, which have different application names, read the same file.
    QString org = QCoreApplication::organizationName();
    if (org.isEmpty())
        org = QStringLiteral("CloudCockpit");
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u'/' + org +
           QStringLiteral("/profiles.json");
}

bool ProfileStore::isValidName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._@-]{0,252}$"));
    return re.match(name).hasMatch();
}

bool ProfileStore::plausibleTenant(const QString &tenant)
{
    static const QRegularExpression domain(
        QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$"));
    return !tenant.isEmpty() && tenant.size() <= 253 && domain.match(tenant).hasMatch();
}

bool ProfileStore::plausibleUrl(const QString &text)
{
    if (text.isEmpty())
        return true; // the default address
    if (text.size() > 2048)
        return false;
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http") && !url.host().isEmpty();
}

bool ProfileStore::plausibleClientId(const QString &id)
{
    return id.size() <= 256 && std::none_of(id.begin(), id.end(), [](QChar c) { return c.isSpace() || !c.isPrint(); });
}

bool ProfileStore::plausible(const Profile &p)
{
    return isValidName(p.name) && plausibleTenant(p.tenant) && plausibleUrl(p.apiUrl) && plausibleUrl(p.tokenUrl) &&
           plausibleClientId(p.clientId) && (p.auth == Profile::Auth::Token || !p.clientId.isEmpty()) && p.role.size() <= 64;
}

bool ProfileStore::load(QString *error)
{
    m_profiles.clear();
    m_default.clear();
    switch (kindOf(m_path)) {
    case FileKind::Missing: return true;
    case FileKind::Other:
        if (error)
            *error = notRegular(m_path);
        return false;
    case FileKind::Unreadable:
    case FileKind::Regular: break;
    }
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("cc::ProfileStore", "Profiles could not be read from %1.")
                         .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    const QByteArray data = f.read(MaxBytes + 1);
    if (data.size() > MaxBytes) {
        if (error)
            *error = QCoreApplication::translate("cc::ProfileStore", "Profiles are not read or saved: %1 is larger than %L2 KB.")
                         .arg(QDir::toNativeSeparators(m_path))
                         .arg(MaxBytes / 1024);
        return false;
    }
    const QJsonObject root = QJsonDocument::fromJson(data).object();
    const QJsonArray list = root.value(QStringLiteral("profiles")).toArray();
    for (qsizetype i = 0; i < std::min<qsizetype>(list.size(), MaxProfiles); ++i) {
        const QJsonObject o = list.at(i).toObject();
        Profile p;
        p.name = text(o, "name");
        p.tenant = text(o, "tenant").trimmed();
        p.apiUrl = text(o, "apiUrl");
        p.tokenUrl = text(o, "tokenUrl");
        p.clientId = text(o, "clientId");
        p.auth = text(o, "auth") == u"token" ? Profile::Auth::Token : Profile::Auth::ClientSecret;
        p.role = text(o, "role");
        p.expiresAt = QDateTime::fromString(text(o, "expiresAt"), Qt::ISODate);
        if (p.auth == Profile::Auth::Token)
            p.clientId.clear();
        if (plausible(p) && !find(p.name))
            m_profiles.append(p);
    }
    const QString def = text(root, "default");
    if (find(def))
        m_default = def;
    return true;
}

bool ProfileStore::save(QString *error) const
{
    const FileKind kind = kindOf(m_path);
    if (kind == FileKind::Other) {
        if (error)
            *error = notRegular(m_path);
        return false;
    }
    QJsonArray list;
    for (const Profile &p : m_profiles) {
        QJsonObject o{{QStringLiteral("name"), p.name},
                      {QStringLiteral("tenant"), p.tenant},
                      {QStringLiteral("apiUrl"), p.apiUrl},
                      {QStringLiteral("tokenUrl"), p.tokenUrl},
                      {QStringLiteral("auth"), Profile::authName(p.auth)}};
        if (p.auth == Profile::Auth::ClientSecret)
            o.insert(QStringLiteral("clientId"), p.clientId);
        if (!p.role.isEmpty())
            o.insert(QStringLiteral("role"), p.role);
        if (p.expiresAt.isValid())
            o.insert(QStringLiteral("expiresAt"), p.expiresAt.toUTC().toString(Qt::ISODate));
        list.append(o);
    }
    QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("profiles"), list}};
    if (!m_default.isEmpty())
        root.insert(QStringLiteral("default"), m_default);

    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile f(m_path);
    // Nothing secret in it, but which tenants someone manages is no one else's business.
    if (!f.open(QIODevice::WriteOnly) || !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        f.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !f.commit()) {
        if (error)
            *error = QCoreApplication::translate("cc::ProfileStore", "Profiles could not be saved to %1.")
                         .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    return true;
}

bool ProfileStore::update(const std::function<bool(ProfileStore &)> &change, QString *error)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QLockFile lock(m_path + QStringLiteral(".lock"));
    // A writer holds it for milliseconds; one that died leaves a lock QLockFile sees is stale.
    if (!lock.tryLock(5000)) {
        if (error)
            *error = QCoreApplication::translate("cc::ProfileStore", "Profiles could not be saved: %1 is locked.")
                         .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    if (!load(error))
        return false;
    if (!change(*this))
        return true;
    return save(error);
}

std::optional<Profile> ProfileStore::find(const QString &name) const
{
    for (const Profile &p : m_profiles)
        if (p.name == name)
            return p;
    return std::nullopt;
}

std::optional<Profile> ProfileStore::findTenant(const QString &tenant) const
{
    for (const Profile &p : m_profiles)
        if (p.tenant.compare(tenant.trimmed(), Qt::CaseInsensitive) == 0)
            return p;
    return std::nullopt;
}

void ProfileStore::upsert(const Profile &profile)
{
    m_profiles.removeIf([&](const Profile &p) { return p.name == profile.name; });
    m_profiles.prepend(profile);
    while (m_profiles.size() > MaxProfiles) {
        if (m_profiles.constLast().name == m_default)
            m_default.clear();
        m_profiles.removeLast();
    }
}

bool ProfileStore::remove(const QString &name)
{
    const bool removed = m_profiles.removeIf([&](const Profile &p) { return p.name == name; }) > 0;
    if (removed && m_default == name)
        m_default.clear();
    return removed;
}

bool ProfileStore::secretKeyInUse(const QString &key, const QString &except) const
{
    return std::any_of(m_profiles.cbegin(), m_profiles.cend(),
                       [&](const Profile &p) { return p.name != except && p.secretKey() == key; });
}

} // namespace cc
