// The profile file the window and ccadmin share (cc::ProfileStore), and the window's recent tenants
// of earlier versions (QSettings) becoming profiles: the file is the user's to edit or break, so
// what is read back is bounded and checked, and only a regular file is ever read or replaced.

#include <sessioncontroller.h>

#include <core/auth/profilestore.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

bool isFifo(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISFIFO(st.st_mode);
}

QJsonObject entry(const QString &name, const QString &tenant, const QString &clientId = u"client-1"_s)
{
    return {{u"name"_s, name},
            {u"tenant"_s, tenant},
            {u"apiUrl"_s, u"https://api.example.com"_s},
            {u"auth"_s, u"client-secret"_s},
            {u"clientId"_s, clientId}};
}

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT
    QTemporaryDir dir;

    QString path() const { return dir.filePath(u"profiles.json"_s); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"CloudCockpit Tests (profiles)"_s);
        QVERIFY(dir.isValid());
    }

    void init()
    {
        QFile::remove(path());
        QFile::remove(cc::ProfileStore::defaultPath());
        QSettings().clear();
    }

    void saveThenLoad_sameProfilesMostRecentFirst_noSecretAndOwnerOnly()
    {
        cc::ProfileStore store(path());
        cc::Profile a;
        a.name = u"prod"_s;
        a.tenant = u"portal.contoso.com"_s;
        a.clientId = u"client-1"_s;
        a.role = u"csp"_s;
        a.expiresAt = QDateTime(QDate(2026, 12, 8), QTime(1, 0), Qt::UTC);
        cc::Profile b;
        b.name = u"pasted"_s;
        b.tenant = u"portal.fabrikam.com"_s;
        b.auth = cc::Profile::Auth::Token;
        store.upsert(a);
        store.upsert(b);
        store.setDefaultName(u"prod"_s);
        QVERIFY(store.save());
        QCOMPARE(QFileInfo(path()).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFileDevice::Permissions());

        cc::ProfileStore again(path());
        QVERIFY(again.load());
        QCOMPARE(again.profiles().size(), 2);
        QCOMPARE(again.profiles().at(0).name, u"pasted"_s);
        QCOMPARE(again.profiles().at(1).expiresAt, a.expiresAt);
        QCOMPARE(again.defaultName(), u"prod"_s);
        QCOMPARE(again.profiles().at(0).secretKey(), u"portal.fabrikam.com/token"_s);
        QCOMPARE(again.profiles().at(1).secretKey(), u"portal.contoso.com/client-1"_s);
        again.remove(u"prod"_s);
        QCOMPARE(again.defaultName(), QString());
    }

    void load_notARegularFile_neitherReadNorReplaced()
    {
        QVERIFY(::mkfifo(QFile::encodeName(path()).constData(), 0600) == 0);
        cc::ProfileStore store(path());
        QString error;
        QVERIFY(!store.load(&error)); // returns at once: a FIFO is never opened
        QVERIFY2(error.contains(u"not a regular file"), qPrintable(error));
        store.upsert(cc::Profile{u"x"_s, u"portal.contoso.com"_s, {}, {}, u"c"_s});
        QVERIFY(!store.save(&error));
        QVERIFY(isFifo(path()));
    }

    void load_tooLarge_refused()
    {
        writeFile(path(), QByteArray(cc::ProfileStore::MaxBytes + 1, ' '));
        cc::ProfileStore store(path());
        QString error;
        QVERIFY(!store.load(&error));
        QVERIFY2(error.contains(u"larger than"), qPrintable(error));
    }

    void load_implausibleEntriesSkipped_atMostMaxProfilesRead()
    {
        QJsonArray list{entry(u"good"_s, u"good.example.com"_s),
                        entry(u"url"_s, u"https://evil.example.com/x"_s),
                        entry(u"lines"_s, u"two\nlines.example.com"_s),
                        entry(u"bad name"_s, u"ok.example.com"_s),
                        entry(u"tab"_s, u"tab.example.com"_s, u"id\twith a tab"_s),
                        entry(u"good"_s, u"again.example.com"_s), // a name twice: the first wins
                        QJsonValue(42)};
        QJsonObject badUrl = entry(u"js"_s, u"js.example.com"_s);
        badUrl.insert(u"apiUrl"_s, u"javascript:alert(1)"_s);
        list.append(badUrl);
        for (int i = 0; i < 200; ++i)
            list.append(entry(u"p%1"_s.arg(i), u"t%1.example.com"_s.arg(i)));
        writeFile(path(), QJsonDocument(QJsonObject{{u"profiles"_s, list}, {u"default"_s, u"missing"_s}}).toJson());
        cc::ProfileStore store(path());
        QVERIFY(store.load());
        QCOMPARE(store.profiles().first().name, u"good"_s);
        QCOMPARE(store.profiles().first().tenant, u"good.example.com"_s);
        QCOMPARE(store.profiles().at(1).name, u"p0"_s);
        QCOMPARE(store.profiles().size(), cc::ProfileStore::MaxProfiles - 7); // of the first 100, 7 refused
        QCOMPARE(store.defaultName(), QString());                             // names no profile
    }

    void windowRecentTenantsOfEarlierVersions_becomeProfilesOnce()
    {
        {
            QSettings s;
            s.beginWriteArray(u"recentTenants"_s);
            const QStringList tenants{u"b.example.com"_s, u"https://evil.example.com/x"_s, u"a.example.com"_s};
            for (int i = 0; i < tenants.size(); ++i) {
                s.setArrayIndex(i);
                s.setValue(u"tenant"_s, tenants[i]);
                s.setValue(u"apiUrl"_s, u"https://api.example.com"_s);
                s.setValue(u"tokenUrl"_s, QString());
                s.setValue(u"clientId"_s, i == 2 ? QString() : u"client-%1"_s.arg(i));
            }
            s.endArray();
            s.setValue(u"recentTenants/size"_s, 2147483647); // as an edited file may say
        }
        SessionController session(std::make_unique<cc::MemoryCredentialStore>());
        const auto recent = session.recentTenants();
        QCOMPARE(recent.size(), 2);
        QCOMPARE(recent.at(0).tenant, u"b.example.com"_s);
        QCOMPARE(recent.at(0).clientId, u"client-0"_s);
        QCOMPARE(recent.at(1).tenant, u"a.example.com"_s);
        QCOMPARE(recent.at(1).clientId, QString()); // a pasted token

        cc::ProfileStore store;
        QVERIFY(store.load());
        QCOMPARE(store.profiles().size(), 2);
        QCOMPARE(store.profiles().at(1).auth, cc::Profile::Auth::Token);
        QVERIFY(!QSettings().childGroups().contains(u"recentTenants"_s));
    }

    void migration_profileFileNotRegular_oldEntriesKeptAndFileLeftAlone()
    {
        {
            QSettings s;
            s.beginWriteArray(u"recentTenants"_s);
            s.setArrayIndex(0);
            s.setValue(u"tenant"_s, u"a.example.com"_s);
            s.endArray();
        }
        const QString file = cc::ProfileStore::defaultPath();
        QDir().mkpath(QFileInfo(file).absolutePath());
        QVERIFY(::mkfifo(QFile::encodeName(file).constData(), 0600) == 0);
        SessionController session(std::make_unique<cc::MemoryCredentialStore>());
        QCOMPARE(session.recentTenants().size(), 0);
        QVERIFY(isFifo(file));
        QVERIFY(QSettings().childGroups().contains(u"recentTenants"_s));
        QFile::remove(file);
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
