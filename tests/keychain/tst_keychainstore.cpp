// The OS keychain path of CredentialStore against a real Secret Service (gnome-keyring-daemon in a
// private D-Bus session, started by with-secret-service.sh), not a fake.

#include <core/auth/credentialstore.h>

#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace cc;

class TestKeychainStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<CredentialStore> store = createKeychainStore(QStringLiteral("CloudCockpit Admin tests"));

    CredentialStore::ReadResult read(const QString &key)
    {
        std::optional<CredentialStore::ReadResult> out;
        store->read(key, this, [&](const CredentialStore::ReadResult &r) { out = r; });
        [[maybe_unused]] bool done = QTest::qWaitFor([&] { return out.has_value(); }, 15000);
        return out.value_or(CredentialStore::ReadResult{});
    }

    std::pair<bool, QString> write(const QString &key, const QString &secret)
    {
        std::optional<std::pair<bool, QString>> out;
        store->write(key, secret, this, [&](bool ok, const QString &e) { out = std::make_pair(ok, e); });
        [[maybe_unused]] bool done = QTest::qWaitFor([&] { return out.has_value(); }, 15000);
        return out.value_or(std::make_pair(false, QStringLiteral("no answer")));
    }

private Q_SLOTS:
    void writeThenRead_secretComesBack()
    {
        const QString key = CredentialStore::keyFor(QStringLiteral("Portal.Contoso.com"), QStringLiteral("client-1"));
        QCOMPARE(key, QStringLiteral("portal.contoso.com/client-1"));
        const QString secret = QStringLiteral("s3cr3t-%1-ünïcødé").arg(QDateTime::currentMSecsSinceEpoch());
        const auto [ok, error] = write(key, secret);
        QVERIFY2(ok, qPrintable(error));
        const auto r = read(key);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.secret, secret);

        // The secret is in the keyring, encrypted: no file under HOME holds it in clear text.
        QDirIterator it(qEnvironmentVariable("HOME"), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                QVERIFY2(!f.readAll().contains(secret.toUtf8()), qPrintable(f.fileName()));
        }
    }

    void remove_thenReadSaysNotFound()
    {
        const QString key = CredentialStore::keyFor(QStringLiteral("portal.example.com"), QStringLiteral("gone"));
        QVERIFY(write(key, QStringLiteral("x")).first);
        std::optional<bool> removed;
        store->remove(key, this, [&](bool ok, const QString &) { removed = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 15000);
        QVERIFY(*removed);
        const auto r = read(key);
        QVERIFY(!r.ok);
        QVERIFY(r.notFound);
        QVERIFY(r.error.isEmpty());
    }

    void read_unknownKey_notFoundNotError()
    {
        const auto r = read(QStringLiteral("never/written"));
        QVERIFY(!r.ok);
        QVERIFY(r.notFound);
    }

    void memoryStore_sameContract()
    {
        MemoryCredentialStore memory;
        std::optional<bool> wrote;
        memory.write(QStringLiteral("k"), QStringLiteral("v"), this, [&](bool ok, const QString &) { wrote = ok; });
        QTRY_VERIFY(wrote.has_value() && *wrote);
        std::optional<CredentialStore::ReadResult> r;
        memory.read(QStringLiteral("k"), this, [&](const CredentialStore::ReadResult &x) { r = x; });
        QTRY_VERIFY(r.has_value());
        QCOMPARE(r->secret, QStringLiteral("v"));
    }
};

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "tst_keychainstore.moc"
