// What the app reads back from disk (settings, drafts) is the user's to edit or break: a count
// read from the file is bounded, implausible values are skipped, many drafts are one list, and a
// settings file that is not a regular file is neither read nor replaced.

#include <activewindow.h>
#include <draftstore.h>
#include <forms.h>
#include <mainwindow.h>
#include <sessioncontroller.h>
#include <settingsfile.h>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <QTreeWidget>
#include <core/i18n/translations.h>

#include <sys/stat.h>
#include <sys/types.h>

namespace {

bool isFifo(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISFIFO(st.st_mode);
}

DraftStore::Draft draft(const QString &name, const QDateTime &savedAt,
                        const QString &form = QStringLiteral("internal-identifier"))
{
    return {form, QUuid::createUuid(), name, savedAt, {{QStringLiteral("value"), name}}, {}, {}};
}

// A draft's text as DraftStore writes it (a date left empty is left out).
QString draftText(const QString &customerName, const QString &savedAt, const QString &value)
{
    QJsonObject o{{QStringLiteral("customerName"), customerName},
                  {QStringLiteral("values"), QJsonObject{{QStringLiteral("value"), value}}}};
    if (!savedAt.isEmpty())
        o.insert(QStringLiteral("savedAt"), savedAt);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

class TestDiskInput : public QObject
{
    Q_OBJECT
    std::function<void(FormLauncher *, QWidget *, const QList<DraftStore::Draft> &)> m_defaultOfferDrafts;

    static QString settingsPath() { return SettingsFile::userFiles().value(0); }

    // Writes recentTenants as a hand-edited file would: count entries, then a size of sizeKey.
    static void writeRecentTenants(int count, qint64 size, const std::function<QString(int)> &tenant)
    {
        QSettings s;
        s.remove(QStringLiteral("recentTenants"));
        s.beginWriteArray(QStringLiteral("recentTenants"));
        for (int i = 0; i < count; ++i) {
            s.setArrayIndex(i);
            s.setValue(QStringLiteral("tenant"), tenant(i));
            s.setValue(QStringLiteral("apiUrl"), QStringLiteral("https://api.example.com"));
            s.setValue(QStringLiteral("tokenUrl"), QString());
            s.setValue(QStringLiteral("clientId"), QStringLiteral("client-%1").arg(i));
        }
        s.endArray();
        s.setValue(QStringLiteral("recentTenants/size"), size);
        s.sync();
    }

    static QStringList offeredTenants(MainWindow *window)
    {
        auto *combo = window->findChild<QComboBox *>(QStringLiteral("tenantEdit"));
        QStringList out;
        for (int i = 0; combo && i < combo->count(); ++i)
            out << combo->itemText(i);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // A settings directory of this suite's own, so that other suites' files never show up in it.
        QCoreApplication::setOrganizationName(QStringLiteral("CloudCockpit Tests (disk input)"));
        m_defaultOfferDrafts = FormLauncher::offerDrafts;
    }

    // Fresh settings for every test, and QSettings back on its own file.
    void init()
    {
        if (!SettingsFile::isReplaceable(settingsPath()))
            QFile::remove(settingsPath()); // a symlink a failed run left behind
        QVERIFY(SettingsFile::guard().isEmpty());
        QSettings().clear();
        QFile::remove(cc::ProfileStore::defaultPath()); // the recent tenants are profiles
        FormLauncher::offerDrafts = m_defaultOfferDrafts;
    }

    void cleanup()
    {
        if (!SettingsFile::isReplaceable(settingsPath()))
            QFile::remove(settingsPath());
        SettingsFile::guard();
    }

    // --- recent tenants -------------------------------------------------------------------------

    void recentTenants_sizeReadFromDisk_startsFastAndOffersAtMostTheBound_data()
    {
        QTest::addColumn<int>("entries");
        QTest::addColumn<qint64>("size");
        QTest::newRow("30 entries") << 30 << qint64(30);
        // What the tester found: start-up spun at 100% CPU walking two billion entries.
        QTest::newRow("size 2147483647") << 30 << qint64(2147483647);
    }

    void recentTenants_sizeReadFromDisk_startsFastAndOffersAtMostTheBound()
    {
        QFETCH(int, entries);
        QFETCH(qint64, size);
        writeRecentTenants(entries, size, [](int i) { return QStringLiteral("tenant%1.example.com").arg(i); });
        QElapsedTimer timer;
        timer.start();
        SessionController session(std::make_unique<cc::MemoryCredentialStore>());
        MainWindow window(&session);
        QVERIFY(showActive(&window));
        const QStringList offered = offeredTenants(&window);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(offered.size(), SessionController::MaxRecentTenants);
        QCOMPARE(offered.first(), QStringLiteral("tenant0.example.com")); // most recent first, as written
        QCOMPARE(session.recentTenants().size(), SessionController::MaxRecentTenants);
    }

    void recentTenants_implausibleEntries_skipped()
    {
        const QStringList tenants{QStringLiteral("good.example.com"),
                                  QString(),                                    // empty
                                  QStringLiteral("https://evil.example.com/x"), // a URL, not a domain
                                  QStringLiteral("two\nlines.example.com"),
                                  QStringLiteral("GOOD.example.com"), // the first one again
                                  QString(300, u'a'),                 // longer than a domain can be
                                  QStringLiteral("bad-url.example.com"),
                                  QStringLiteral("bad-client.example.com"),
                                  QStringLiteral("other.example.com")};
        writeRecentTenants(int(tenants.size()), tenants.size(), [&tenants](int i) { return tenants.at(i); });
        {
            QSettings s;
            s.beginReadArray(QStringLiteral("recentTenants"));
            s.setArrayIndex(6);
            s.setValue(QStringLiteral("apiUrl"), QStringLiteral("javascript:alert(1)"));
            s.setArrayIndex(7);
            s.setValue(QStringLiteral("clientId"), QStringLiteral("id\twith a tab"));
            s.endArray();
        }
        SessionController session(std::make_unique<cc::MemoryCredentialStore>());
        MainWindow window(&session);
        QCOMPARE(offeredTenants(&window), (QStringList{QStringLiteral("good.example.com"), QStringLiteral("other.example.com")}));
    }

    // Other values read back from the settings that could be anything: a search field index and a
    // form's remembered size.
    void windowAndFormState_outOfRange_bounded()
    {
        QSettings().setValue(QStringLiteral("window/searchField"), 99);
        QSettings().setValue(QStringLiteral("forms/internal-identifier/size"), QSize(100000, 100000));
        SessionController session(std::make_unique<cc::MemoryCredentialStore>());
        MainWindow window(&session);
        QCOMPARE(window.findChild<QComboBox *>(QStringLiteral("searchFieldCombo"))->currentIndex(), 0);

        cc::CloudCockpitClient client;
        cc::Customer customer;
        customer.id = QUuid::createUuid();
        customer.companyName = QStringLiteral("Contoso");
        InternalIdentifierDialog dialog(new InternalIdentifierForm(&client, customer, {}));
        const QSize screen = dialog.screen()->availableGeometry().size();
        QVERIFY2(dialog.width() <= screen.width() && dialog.height() <= screen.height(),
                 qPrintable(QStringLiteral("%1 x %2").arg(dialog.width()).arg(dialog.height())));
    }

    // --- drafts -----------------------------------------------------------------------------------

    void drafts_twoThousandOnDisk_offeredOnceAsOneBoundedList()
    {
        // As an older version or an edited file leaves them: written straight into the settings.
        const QDateTime newest = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
        {
            QSettings s;
            for (int i = 0; i < 2000; ++i)
                s.setValue(QStringLiteral("drafts/internal-identifier/") + QUuid::createUuid().toString(QUuid::WithoutBraces),
                           draftText(QStringLiteral("Customer %1").arg(i), newest.addSecs(-60 * i).toString(Qt::ISODateWithMs),
                                     QStringLiteral("V%1").arg(i)));
            // Malformed ones are skipped, not offered and not fatal.
            const QString when = newest.addDays(1).toString(Qt::ISODateWithMs);
            const auto id = [] { return QUuid::createUuid().toString(QUuid::WithoutBraces); };
            s.setValue(QStringLiteral("drafts/internal-identifier/not-a-uuid"), draftText(u"Bad key"_qs, when, {}));
            s.setValue(QStringLiteral("drafts/internal-identifier/") + id(), QStringLiteral("{not json"));
            s.setValue(QStringLiteral("drafts/internal-identifier/") + id(), draftText(u"No date"_qs, QString(), {}));
            s.setValue(QStringLiteral("drafts/internal-identifier/") + id(),
                       draftText(u"Huge"_qs, when, QString(DraftStore::MaxBytes, u'x')));
            s.setValue(QStringLiteral("drafts/some-other-form/") + id(), draftText(u"Unknown form"_qs, when, {}));
        }
        int offered = 0;
        QList<DraftStore::Draft> listed;
        FormLauncher::offerDrafts = [&](FormLauncher *, QWidget *, const QList<DraftStore::Draft> &drafts) {
            ++offered;
            listed = drafts;
        };
        SessionController session(std::make_unique<cc::MemoryCredentialStore>()); // not signed in
        FormLauncher launcher(&session);
        QWidget parent;
        QElapsedTimer timer;
        timer.start();
        launcher.restoreDrafts(&parent);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(offered, 1);
        QCOMPARE(listed.size(), DraftStore::MaxDrafts);
        // The newest, newest first; the oldest are dropped from the file, not just from the list.
        QCOMPARE(listed.first().customerName, QStringLiteral("Customer 0"));
        QCOMPARE(listed.last().customerName, QStringLiteral("Customer %1").arg(DraftStore::MaxDrafts - 1));
        QSettings s;
        s.beginGroup(QStringLiteral("drafts/internal-identifier"));
        const QStringList kept = s.childKeys();
        s.endGroup();
        QCOMPARE(kept.size(), DraftStore::MaxDrafts + 4); // the newest and the four malformed ones, skipped
        QCOMPARE(DraftStore::all().size(), DraftStore::MaxDrafts);

        // Saving more keeps the bound: the oldest goes.
        DraftStore::save(draft(QStringLiteral("Newest"), newest.addSecs(60)));
        const QList<DraftStore::Draft> after = DraftStore::all();
        QCOMPARE(after.size(), DraftStore::MaxDrafts);
        QCOMPARE(after.first().customerName, QStringLiteral("Newest"));
        QCOMPARE(after.last().customerName, QStringLiteral("Customer %1").arg(DraftStore::MaxDrafts - 2));

        // A draft too big to keep is not kept (nor a stale smaller one in its place).
        DraftStore::Draft big = draft(QStringLiteral("Big"), newest.addSecs(120));
        DraftStore::save(big);
        QVERIFY(DraftStore::load(big.form, big.customerId));
        big.values.insert(QStringLiteral("value"), QString(DraftStore::MaxBytes, u'y'));
        DraftStore::save(big);
        QVERIFY(!DraftStore::load(big.form, big.customerId));
    }

    void drafts_offeredList_isOneNonModalDialog_listsFormCustomerAndLocaleDate_discardsAndRestores()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const auto restoreLocale = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QList<DraftStore::Draft> drafts{
            draft(QStringLiteral("Contoso"), now),
            draft(QStringLiteral("Fabrikam"), now.addSecs(-3600), QStringLiteral("microsoft-customer-agreement")),
            draft(QStringLiteral("Adatum"), now.addSecs(-7200), QStringLiteral("add-provider-instance")),
            draft(QStringLiteral("Litware"), now.addSecs(-9000))};
        for (const auto &d : drafts)
            DraftStore::save(d);

        QWidget window;
        window.resize(800, 600);
        QVERIFY(showActive(&window));
        SessionController session(std::make_unique<cc::MemoryCredentialStore>()); // not signed in
        FormLauncher launcher(&session);
        launcher.restoreDrafts(&window);
        launcher.restoreDrafts(&window); // again, as after signing in again: still one list
        QCOMPARE(window.findChildren<DraftsDialog *>().size(), 1);
        auto *dialog = window.findChild<DraftsDialog *>();
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isModal());
        QCOMPARE(QApplication::activeModalWidget(), nullptr); // nothing blocks the window

        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("draftsList"));
        QCOMPARE(list->topLevelItemCount(), 4);
        const QTreeWidgetItem *first = list->topLevelItem(0);
        QCOMPARE(first->text(0), QStringLiteral("Internal identifier"));
        QCOMPARE(first->text(1), QStringLiteral("Contoso"));
        QCOMPARE(first->text(2), cc::i18n::formatDateTime(now, QLocale(QLocale::German))); // four-digit year
        QCOMPARE(list->topLevelItem(1)->text(0), QStringLiteral("Microsoft Customer Agreement"));
        // The form's name and the date are shown whole (they were cut with an ellipsis).
        for (int column : {0, 2})
            for (int row = 0; row < list->topLevelItemCount(); ++row)
                QTRY_VERIFY2(list->columnWidth(column) >=
                                 list->fontMetrics().horizontalAdvance(list->topLevelItem(row)->text(column)),
                             qPrintable(list->topLevelItem(row)->text(column))); // sized on the view's next layout

        auto *restore = dialog->findChild<QPushButton *>(QStringLiteral("restoreDraftButton"));
        auto *discard = dialog->findChild<QPushButton *>(QStringLiteral("discardDraftsButton"));
        auto *discardAll = dialog->findChild<QPushButton *>(QStringLiteral("discardAllDraftsButton"));
        // The newest is selected to begin with (Enter restores it); discard Fabrikam and Adatum instead.
        QCOMPARE(dialog->selectedDrafts().size(), 1);
        QVERIFY(restore->isEnabled());
        list->clearSelection();
        list->topLevelItem(1)->setSelected(true);
        list->topLevelItem(2)->setSelected(true);
        QVERIFY(!restore->isEnabled()); // restores one at a time
        QTest::mouseClick(discard, Qt::LeftButton);
        QCOMPARE(list->topLevelItemCount(), 2);
        QVERIFY(!DraftStore::load(drafts[1].form, drafts[1].customerId));
        QVERIFY(!DraftStore::load(drafts[2].form, drafts[2].customerId));
        QVERIFY(DraftStore::load(drafts[0].form, drafts[0].customerId));

        // Restore reads the customer first: this client is not signed in, so the read fails and
        // the draft is kept for later.
        QSignalSpy notRestored(&launcher, &FormLauncher::draftNotRestored);
        list->clearSelection();
        list->topLevelItem(0)->setSelected(true);
        QVERIFY(restore->isEnabled());
        QTest::mouseClick(restore, Qt::LeftButton);
        QTRY_COMPARE(notRestored.size(), 1);
        QCOMPARE(notRestored.first().first().value<DraftStore::Draft>().customerName, QStringLiteral("Contoso"));
        QVERIFY(DraftStore::load(drafts[0].form, drafts[0].customerId));
        QCOMPARE(list->topLevelItemCount(), 1);

        // Discard all: the list is done and closes.
        QTest::mouseClick(discardAll, Qt::LeftButton);
        QVERIFY(!DraftStore::load(drafts[3].form, drafts[3].customerId));
        QTRY_VERIFY(window.findChildren<DraftsDialog *>().isEmpty());
        QVERIFY(DraftStore::load(drafts[0].form, drafts[0].customerId)); // restored-but-failed one stays
    }

    // --- a settings file that is not a regular file --------------------------------------------

    void settingsFile_isWhereQSettingsKeepsIt() { QCOMPARE(settingsPath(), QSettings().fileName()); }

    void settingsFile_isReplaceable_onlyRegularFiles_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<bool>("replaceable");
        QTest::newRow("missing") << u"missing"_qs << true;
        QTest::newRow("regular file") << u"regular"_qs << true;
        QTest::newRow("symlink to a regular file") << u"link-regular"_qs << true;
        QTest::newRow("dangling symlink") << u"link-dangling"_qs << true;
        QTest::newRow("/dev/null") << u"/dev/null"_qs << false;
        QTest::newRow("symlink to /dev/null") << u"link-devnull"_qs << false;
        QTest::newRow("fifo") << u"fifo"_qs << false;
        QTest::newRow("symlink to a fifo") << u"link-fifo"_qs << false;
        QTest::newRow("symlink to a symlink to a fifo") << u"link-link-fifo"_qs << false;
        QTest::newRow("directory") << u"dir"_qs << false;
        QTest::newRow("symlink loop") << u"loop-a"_qs << false;
    }

    void settingsFile_isReplaceable_onlyRegularFiles()
    {
        QFETCH(QString, what);
        QFETCH(bool, replaceable);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString d = tmp.path() + u'/';
        QFile regular(d + u"regular"_qs);
        QVERIFY(regular.open(QIODevice::WriteOnly));
        regular.close();
        QCOMPARE(::mkfifo(QFile::encodeName(d + u"fifo"_qs).constData(), 0600), 0);
        QVERIFY(QDir().mkdir(d + u"dir"_qs));
        QVERIFY(QFile::link(d + u"regular"_qs, d + u"link-regular"_qs));
        QVERIFY(QFile::link(d + u"nothing-here"_qs, d + u"link-dangling"_qs));
        QVERIFY(QFile::link(u"/dev/null"_qs, d + u"link-devnull"_qs));
        QVERIFY(QFile::link(d + u"fifo"_qs, d + u"link-fifo"_qs));
        QVERIFY(QFile::link(d + u"link-fifo"_qs, d + u"link-link-fifo"_qs));
        QVERIFY(QFile::link(d + u"loop-b"_qs, d + u"loop-a"_qs));
        QVERIFY(QFile::link(d + u"loop-a"_qs, d + u"loop-b"_qs));
        QCOMPARE(SettingsFile::isReplaceable(what.startsWith(u'/') ? what : d + what), replaceable);
    }

    // /dev/null is only checked above, never handed to QSettings here: as root, an unguarded
    // QSettings would rename a new file over the machine's /dev/null. A FIFO of our own is safe to
    // get wrong, and without the guard QSettings blocks on reading it (the test then times out).
    void settingsFile_symlinkToFifo_neitherReadNorReplaced_userTold()
    {
        QSettings().setValue(QStringLiteral("window/lastTenant"), QStringLiteral("before.example.com"));
        QSettings().sync();
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString fifo = tmp.path() + QStringLiteral("/settings-fifo");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QString path = settingsPath();
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::link(fifo, path));
        const QStringList before = QDir(QFileInfo(path).path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System);

        const QString message = SettingsFile::guard();
        QVERIFY(SettingsFile::isGuarded());
        QVERIFY2(message.contains(QDir::toNativeSeparators(path)) && message.contains(u"not a regular file"),
                 qPrintable(message));
        QCOMPARE(SettingsFile::problem(), message);

        // A session's worth of settings: the window's state, a recent tenant, a draft.
        {
            SessionController session(std::make_unique<cc::MemoryCredentialStore>());
            MainWindow window(&session);
            QVERIFY(showActive(&window));
            QSettings().setValue(QStringLiteral("window/lastTenant"), QStringLiteral("during.example.com"));
            DraftStore::save(draft(QStringLiteral("Contoso"), QDateTime::currentDateTimeUtc()));
            QCOMPARE(DraftStore::all().size(), 1); // settings still work for this run
            QVERIFY(QSettings().fileName() != path);
        }
        QSettings().sync();

        QVERIFY(QFileInfo(path).isSymLink());
        QCOMPARE(QFileInfo(path).symLinkTarget(), fifo);
        QVERIFY(isFifo(fifo));
        QCOMPARE(QDir(QFileInfo(path).path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System), before);
        QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System),
                 QStringList{u"settings-fifo"_qs});

        // The next run with a regular file is back to normal.
        QVERIFY(QFile::remove(path));
        QVERIFY(SettingsFile::guard().isEmpty());
        QVERIFY(!SettingsFile::isGuarded());
        QCOMPARE(QSettings().fileName(), path);
    }

    void settingsFile_symlinkToDevNull_guardedBeforeAnyQSettings()
    {
        const QString path = settingsPath();
        QFile::remove(path);
        QVERIFY(QFile::link(u"/dev/null"_qs, path));
        QVERIFY(!SettingsFile::guard().isEmpty());
        QVERIFY(QSettings().fileName() != path);
        QVERIFY(QFileInfo(path).isSymLink());
    }
};

QTEST_MAIN(TestDiskInput)
#include "tst_diskinput.moc"
