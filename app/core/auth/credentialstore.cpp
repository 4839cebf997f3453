#include "credentialstore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace cc {

QString CredentialStore::keyFor(const QString &tenant, const QString &account)
{
    return tenant.trimmed().toLower() + u'/' + account.trimmed();
}

namespace {

QString keychainError(QKeychain::Error error, const QString &text)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return QCoreApplication::translate("cc::CredentialStore", "No keychain is available on this computer (%1).").arg(text);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return QCoreApplication::translate("cc::CredentialStore", "Access to the keychain was denied.");
    default: return QCoreApplication::translate("cc::CredentialStore", "The keychain reported an error: %1").arg(text);
    }
}

class KeychainStore final : public CredentialStore
{
public:
    explicit KeychainStore(QString service)
        : m_service(std::move(service))
    {}

    void read(const QString &key, QObject *context, ReadCallback callback) override
    {
        auto *job = new QKeychain::ReadPasswordJob(m_service);
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(key);
        QObject::connect(job, &QKeychain::Job::finished, context, [job, callback](QKeychain::Job *) {
            ReadResult r;
            if (job->error() == QKeychain::NoError) {
                r.ok = true;
                r.secret = job->textData();
            } else if (job->error() == QKeychain::EntryNotFound) {
                r.notFound = true;
            } else {
                r.error = keychainError(job->error(), job->errorString());
            }
            callback(r);
        });
        job->start();
    }

    void write(const QString &key, const QString &secret, QObject *context, WriteCallback callback) override
    {
        auto *job = new QKeychain::WritePasswordJob(m_service);
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(key);
        job->setTextData(secret);
        QObject::connect(job, &QKeychain::Job::finished, context, [job, callback](QKeychain::Job *) {
            const bool ok = job->error() == QKeychain::NoError;
            callback(ok, ok ? QString() : keychainError(job->error(), job->errorString()));
        });
        job->start();
    }

    void remove(const QString &key, QObject *context, WriteCallback callback) override
    {
        auto *job = new QKeychain::DeletePasswordJob(m_service);
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(key);
        QObject::connect(job, &QKeychain::Job::finished, context, [job, callback](QKeychain::Job *) {
            const bool ok = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
            callback(ok, ok ? QString() : keychainError(job->error(), job->errorString()));
        });
        job->start();
    }

private:
    QString m_service;
};

} // namespace

std::unique_ptr<CredentialStore> createKeychainStore(const QString &service)
{
    return std::make_unique<KeychainStore>(service);
}

void MemoryCredentialStore::read(const QString &key, QObject *context, ReadCallback callback)
{
    ReadResult r;
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.cend()) {
        r.notFound = true;
    } else {
        r.ok = true;
        r.secret = *it;
    }
    QTimer::singleShot(0, context, [callback, r] { callback(r); });
}

void MemoryCredentialStore::write(const QString &key, const QString &secret, QObject *context, WriteCallback callback)
{
    m_secrets.insert(key, secret);
    QTimer::singleShot(0, context, [callback] { callback(true, {}); });
}

void MemoryCredentialStore::remove(const QString &key, QObject *context, WriteCallback callback)
{
    m_secrets.remove(key);
    QTimer::singleShot(0, context, [callback] { callback(true, {}); });
}

} // namespace cc
