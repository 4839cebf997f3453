#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace cc {

// One remembered sign-in: where and as whom, never the secret. The secret (client secret, or the
// bearer token itself) is in the keychain under secretKey(), a key the window and ccadmin share.
struct Profile
{
    enum class Auth
    {
        ClientSecret,
        Token
    };

    QString name; // ccadmin --profile NAME; the window names its own by the tenant
    QString tenant;
    QString apiUrl;   // empty: the default address
    QString tokenUrl; // empty: the default token endpoint
    QString clientId; // with Auth::ClientSecret
    Auth auth = Auth::ClientSecret;
    // What the last sign-in through this profile was issued (not secret): shown by `ccadmin profiles`.
    QString role;
    QDateTime expiresAt;

    // The keychain key of this profile's secret: CredentialStore::keyFor(tenant, client ID or "token").
    // Two profiles of the same tenant and client share it, as they share the secret.
    QString secretKey() const;
    static QString authName(Auth auth);
};

// The profiles of the window and of ccadmin, in one small JSON file in the user's config directory
// (<config>/<organisation>/profiles.json):
//   {"version": 1, "default": "NAME", "profiles": [{"name", "tenant", "apiUrl", "tokenUrl",
//    "clientId", "auth": "client-secret"|"token", "role", "expiresAt"}, ...]}
// most recently used first. The file is the user's to edit (or break): it is read only when it is a
// regular file of at most MaxBytes, at most MaxProfiles entries are looked at, an entry whose fields
// are not plausible is skipped, and a file that is not regular is never replaced.
class ProfileStore
{
public:
    static constexpr qint64 MaxBytes = 1024 * 1024;
    static constexpr int MaxProfiles = 100;

    explicit ProfileStore(QString path = defaultPath());
    static QString defaultPath();
    QString path() const { return m_path; }

    // Reads the file again. False with a reason when it cannot be used (not a regular file, too
    // large, unreadable); a missing file is an empty store, and a malformed one is empty too.
    bool load(QString *error = nullptr);
    // Writes the file (atomically). False with a reason, and nothing written, when the path is not
    // a regular file (or could not be written).
    bool save(QString *error = nullptr) const;
    // load(), change, save(), under a lock file beside the profile file: the window and a ccadmin
    // run at the same moment must not lose each other's profile. Nothing is saved when loading
    // fails or change returns false.
    bool update(const std::function<bool(ProfileStore &)> &change, QString *error = nullptr);

    const QList<Profile> &profiles() const { return m_profiles; }
    std::optional<Profile> find(const QString &name) const;
    // The first (most recent) profile of a tenant, case-insensitively.
    std::optional<Profile> findTenant(const QString &tenant) const;
    // Adds or replaces the profile of that name, as the most recent. Past MaxProfiles the least
    // recently used ones go.
    void upsert(const Profile &profile);
    bool remove(const QString &name);
    // The profile ccadmin uses when none is named; empty: none.
    QString defaultName() const { return m_default; }
    void setDefaultName(const QString &name) { m_default = name; }
    // Whether another profile than `except` keeps its secret under `key`.
    bool secretKeyInUse(const QString &key, const QString &except) const;

    // The rules an entry read back has to follow (those the client applies at sign-in).
    static bool isValidName(const QString &name);
    static bool plausibleTenant(const QString &tenant);
    static bool plausibleUrl(const QString &url);
    static bool plausibleClientId(const QString &clientId);
    static bool plausible(const Profile &profile);

private:
    QString m_path;
    QString m_default;
    QList<Profile> m_profiles;
};

} // namespace cc
