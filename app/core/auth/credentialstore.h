#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace cc {

// Where secrets are kept between sessions. The real one is the OS keychain (QtKeychain); tests use
// a fake. Never QSettings or a plain file.
class CredentialStore
{
public:
    virtual ~CredentialStore() = default;

    struct ReadResult
    {
        bool ok = false;
        bool notFound = false;
        QString secret;
        QString error; // for the user: why the keychain could not be used
    };
    using ReadCallback = std::function<void(const ReadResult &)>;
    using WriteCallback = std::function<void(bool ok, const QString &error)>;

    virtual void read(const QString &key, QObject *context, ReadCallback callback) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context, WriteCallback callback) = 0;
    virtual void remove(const QString &key, QObject *context, WriteCallback callback) = 0;

    // Key for a tenant + client id (or "token") pair.
    static QString keyFor(const QString &tenant, const QString &account);
};

// The OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential Manager
// on Windows). It has no insecure fallback: when no keychain answers, calls fail with a reason.
std::unique_ptr<CredentialStore> createKeychainStore(const QString &service = QStringLiteral("CloudCockpit Admin"));

// Keeps secrets in memory for this process only (used when the keychain is unavailable, and by tests).
class MemoryCredentialStore final : public CredentialStore
{
public:
    void read(const QString &key, QObject *context, ReadCallback callback) override;
    void write(const QString &key, const QString &secret, QObject *context, WriteCallback callback) override;
    void remove(const QString &key, QObject *context, WriteCallback callback) override;

private:
    QHash<QString, QString> m_secrets;
};

} // namespace cc
