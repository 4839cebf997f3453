// Layout holds up in every language: in each shipped language and the pseudo-translation (every
// text ~40 % longer, with accents), at the first-start window size and at 1024 x 768, nothing of the
// main screens, forms and dialogs is cut off; and in every language no two Alt+letter mnemonics of
// one window clash.

#include <addproviderinstanceform.h>
#include <banner.h>
#include <customerlistmodel.h>
#include <draftstore.h>
#include <forms.h>
#include <internalidentifierform.h>
#include <linkdialog.h>
#include <mainwindow.h>
#include <mcaform.h>
#include <preferencesdialog.h>
#include <signinpanel.h>

#include <sandboxserver.h>

#include <core/i18n/translations.h>

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyleOptionFrame>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

class TestLayout : public QObject
{
    Q_OBJECT

    std::unique_ptr<ccsandbox::SandboxServer> sandbox;

    static QString nameOf(const QWidget *w)
    {
        return w->objectName().isEmpty()
                   ? QString::fromLatin1(w->metaObject()->className())
                   : QStringLiteral("%1 %2").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
    }

    // What a user would see cut off in `top` as it is now: a label or button narrower than its text,
    // a word-wrapped label shorter than its lines, an empty field narrower than its hint, a column header narrower than its title
    // (and the sort arrow), a view whose content is wider than it (a horizontal scroll bar in a form or in the details), or a
    // widget reaching past its parent's right edge. Layouts follow their widgets' changes on posted LayoutRequest events (and a
    // dialog fits its height on a queued call): deliver those until none is left, instead of sleeping a while.
    static void settle()
    {
        for (int round = 0; round < 20; ++round) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QCoreApplication::processEvents(QEventLoop::AllEvents);
        }
    }

    static QStringList clipped(QWidget *top, const QString &where)
    {
        QStringList out;
        const auto report = [&](QWidget *w, const QString &what) {
            out << QStringLiteral("%1: %2 %3").arg(where, nameOf(w), what);
        };
        const auto widgets = top->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (w->isWindow() || !w->isVisibleTo(top) || w->width() == 0)
                continue;
            QString text;
            if (auto *b = qobject_cast<QAbstractButton *>(w))
                text = b->text();
            else if (auto *l = qobject_cast<QLabel *>(w); l && l->pixmap().isNull())
                text = l->text();
            if (!text.isEmpty()) {
                auto *label = qobject_cast<QLabel *>(w);
                if (label && label->wordWrap()) {
                    if (label->heightForWidth(label->width()) > label->height())
                        report(w, QStringLiteral("'%1' needs %2 px of height, has %3")
                                      .arg(text)
                                      .arg(label->heightForWidth(label->width()))
                                      .arg(label->height()));
                } else if (w->width() < w->minimumSizeHint().width()) {
                    report(w, QStringLiteral("'%1' (%2 < %3)").arg(text).arg(w->width()).arg(w->minimumSizeHint().width()));
                }
            }
            if (auto *e = qobject_cast<QLineEdit *>(w); e && e->text().isEmpty() && !e->placeholderText().isEmpty()) {
                // The hint of an empty field, elided as QLineEdit paints it: inside the frame, the
                // text margins, 2 px on either side and the font's left bearing.
                QStyleOptionFrame option;
                option.initFrom(e);
                const int frame = e->hasFrame() ? e->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, e) : 0;
                const QFontMetrics fm = e->fontMetrics();
                const int room = e->width() - 2 * frame - 4 - std::max(0, -fm.minLeftBearing()) - e->textMargins().left() -
                                 e->textMargins().right();
                if (fm.elidedText(e->placeholderText(), Qt::ElideRight, room) != e->placeholderText())
                    report(w, QStringLiteral("hint '%1' (%2 px for %3)")
                                  .arg(e->placeholderText())
                                  .arg(room)
                                  .arg(fm.horizontalAdvance(e->placeholderText())));
            }
            if (auto *h = qobject_cast<QHeaderView *>(w); h && h->orientation() == Qt::Horizontal) {
                for (int i = 0; i < h->count(); ++i) {
                    if (h->isSectionHidden(i))
                        continue;
                    const int needed = h->sectionSizeHint(i);
                    if (h->sectionSize(i) < needed)
                        report(w, QStringLiteral("column '%1' (%2 < %3)")
                                      .arg(h->model()->headerData(i, Qt::Horizontal).toString())
                                      .arg(h->sectionSize(i))
                                      .arg(needed));
                }
            }
            if (auto *area = qobject_cast<QAbstractScrollArea *>(w);
                area && !qobject_cast<QAbstractItemView *>(w) && area->horizontalScrollBar()->maximum() > 0)
                report(w, QStringLiteral("content is %1 px wider than the view").arg(area->horizontalScrollBar()->maximum()));
            // Inside a scroll area content may be larger than the view (the check above covers it).
            QWidget *parent = w->parentWidget();
            if (parent && !qobject_cast<QAbstractScrollArea *>(parent->parentWidget()) &&
                w->geometry().right() > parent->rect().right())
                report(w, QStringLiteral("reaches %1 px past the right edge of %2")
                              .arg(w->geometry().right() - parent->rect().right())
                              .arg(nameOf(parent)));
        }
        return out;
    }

    // Adds the mnemonic of `text` (Qt's rule, QKeySequence::mnemonic: the character after the first
    // single '&', "&&" being a literal ampersand, compared upper-cased) to `keys`; a text with more
    // than one single '&', or one on a character that is no letter or digit, is a problem itself.
    static void addMnemonic(QMap<QString, QStringList> &keys, QStringList &problems, const QString &text, const char *kind,
                            const QString &where)
    {
        QString key;
        int singles = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) != u'&')
                continue;
            if (i + 1 < text.size() && text.at(i + 1) == u'&') {
                ++i;
                continue;
            }
            ++singles;
            if (key.isEmpty() && i + 1 < text.size())
                key = text.at(i + 1).toUpper();
        }
        const QString shown = QStringLiteral("'%1' (%2)").arg(text, QLatin1StringView(kind));
        if (singles > 1)
            problems << QStringLiteral("%1: %2 has %3 mnemonics").arg(where, shown).arg(singles);
        if (singles > 0 && (key.isEmpty() || !key.at(0).isLetterOrNumber()))
            problems << QStringLiteral("%1: %2 has a mnemonic on no letter").arg(where, shown);
        if (!key.isEmpty())
            keys[key] << shown;
    }

    static QStringList clashesOf(const QMap<QString, QStringList> &keys, const QString &where)
    {
        QStringList out;
        for (auto it = keys.cbegin(); it != keys.cend(); ++it)
            if (it.value().size() > 1)
                out << QStringLiteral("%1: Alt+%2 in %3").arg(where, it.key(), it.value().join(QStringLiteral(", ")));
        return out;
    }

    // The mnemonics one window offers at once: every shown button (enabled or not: disabled ones
    // become enabled with a selection or a typed link), label with a buddy and group box of that
    // window (not of dialogs parented to it), the menu bar's titles; and each menu's items, which
    // share their keys only with each other.
    static QStringList mnemonicProblems(QWidget *top, const QString &language, const QString &screen)
    {
        const QString where = language + QStringLiteral(" · ") + screen;
        QStringList problems;
        QMap<QString, QStringList> keys;
        const auto widgets = top->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (w->window() != top || !w->isVisibleTo(top))
                continue;
            if (auto *b = qobject_cast<QAbstractButton *>(w))
                addMnemonic(keys, problems, b->text(), w->metaObject()->className(), where);
            else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
                addMnemonic(keys, problems, l->text(), "QLabel", where);
            else if (auto *g = qobject_cast<QGroupBox *>(w))
                addMnemonic(keys, problems, g->title(), "QGroupBox", where);
        }
        if (auto *window = qobject_cast<QMainWindow *>(top); window && window->menuBar()) {
            const auto menus = window->menuBar()->actions();
            for (QAction *m : menus) {
                if (!m->isVisible())
                    continue;
                addMnemonic(keys, problems, m->text(), "menu", where);
                if (!m->menu())
                    continue;
                QMap<QString, QStringList> items;
                // Named without the screen: a menu is the same on every one.
                const QString inMenu = language + QStringLiteral(" · menu ") + m->text();
                const auto actions = m->menu()->actions();
                for (QAction *a : actions)
                    if (a->isVisible() && !a->isSeparator())
                        addMnemonic(items, problems, a->text(), "menu item", inMenu);
                problems << clashesOf(items, inMenu);
            }
        }
        return problems << clashesOf(keys, where);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(cc::i18n::install(QString(cc::i18n::PseudoLanguage)));
        QCoreApplication::processEvents();
        sandbox = std::make_unique<ccsandbox::SandboxServer>();
        QVERIFY(sandbox->listen());
    }

    void everyLanguage_loadsFromTheBinaryAndTranslates()
    {
        for (const auto &language : cc::i18n::availableLanguages()) {
            QVERIFY(cc::i18n::install(language.code));
            const QString signIn = QCoreApplication::translate("SignInPanel", "Sign &in");
            const QString cancel = QCoreApplication::translate("QPlatformTheme", "Cancel");
            if (language.code == u"en") {
                QCOMPARE(signIn, QStringLiteral("Sign &in"));
            } else {
                QVERIFY2(signIn != u"Sign &in", qPrintable(language.code));
                QVERIFY2(cancel != u"Cancel", qPrintable(language.code + QStringLiteral(": Qt's own strings")));
            }
            QCOMPARE(QLocale().name().left(2), language.code.left(2));
        }
        QVERIFY(cc::i18n::install(QString(cc::i18n::PseudoLanguage)));
    }

    void formsOpenedAfterASwitch_areInTheNewLanguage()
    {
        QVERIFY(cc::i18n::install(QStringLiteral("de")));
        SessionController session(std::make_unique<cc::MemoryCredentialStore>());
        cc::Customer customer;
        customer.id = QUuid::createUuid();
        customer.companyName = QStringLiteral("Nordlicht Logistik GmbH");
        FormLauncher forms(&session);
        QWidget parent;
        EditDialog *iid = forms.openInternalIdentifier(&parent, customer);
        QCOMPARE(iid->windowTitle(), QStringLiteral("Interne Kennung — Nordlicht Logistik GmbH"));
        QCOMPARE(iid->submitButton()->text(), QStringLiteral("&Speichern"));
        EditDialog *mca = forms.openMicrosoftCustomerAgreement(&parent, customer);
        QVERIFY(mca->windowTitle().startsWith(u"Microsoft-Kundenvereinbarung"));
        EditDialog *add = forms.openAddProviderInstance(&parent, customer);
        QVERIFY(add->windowTitle().startsWith(u"Anbieterinstanz hinzufügen"));
        for (EditDialog *d : {iid, mca, add})
            d->close();
        QVERIFY(cc::i18n::install(QString(cc::i18n::PseudoLanguage)));
    }

    void everyLanguage_everyScreen_nothingClipped_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QStringList languages;
        for (const auto &language : cc::i18n::availableLanguages())
            languages << language.code;
        languages << QString(cc::i18n::PseudoLanguage);
        for (const QString &language : std::as_const(languages)) {
            // An empty size: the size the window opens at the first time (no saved geometry).
            QTest::addRow("%s, first start", qPrintable(language)) << language << QSize();
            QTest::addRow("%s, 1024x768", qPrintable(language)) << language << QSize(1024, 768);
        }
    }

    // The main window (signed out and with a customer's details), every form, the drafts list, the
    // link dialog and Preferences, as a user of each language first sees them.
    void everyLanguage_everyScreen_nothingClipped()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QVERIFY(cc::i18n::install(language));
        QCoreApplication::processEvents(); // LanguageChange is delivered asynchronously
        QSettings().clear();               // a first start: no saved geometry, columns or splitter
        QStringList problems;
        {
            SessionController session(std::make_unique<cc::MemoryCredentialStore>());
            MainWindow window(&session);
            if (size.isValid())
                window.resize(size);
            else
                QCOMPARE(window.size(), QSize(1280, 800)); // the first-start size on this 1440 x 900 screen
            const QSize wanted = window.size();
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTRY_COMPARE(window.size(), wanted); // not widened by a layout that needs more
            auto *signIn = window.findChild<QAbstractButton *>(QStringLiteral("signInButton"));
            QVERIFY(signIn);
            if (language == cc::i18n::PseudoLanguage) // the pseudo catalogue is really in use
                QVERIFY2(signIn->text().startsWith(u'['), qPrintable(signIn->text()));
            SignInPanel *panel = window.signInPanel();
            auto *useToken = panel->findChild<QRadioButton *>(QStringLiteral("useTokenRadio"));
            auto *useClient = panel->findChild<QRadioButton *>(QStringLiteral("useClientRadio"));
            auto *advanced = panel->findChild<QToolButton *>(QStringLiteral("advancedToggle"));
            QVERIFY(useToken && useClient && advanced);
            settle();
            problems << clipped(&window, QStringLiteral("sign-in"));
            advanced->setChecked(true);
            useToken->setChecked(true);
            settle();
            problems << clipped(&window, QStringLiteral("sign-in, bearer token, Advanced"));
            useClient->setChecked(true);
            settle();
            problems << clipped(&window, QStringLiteral("sign-in, API access, Advanced"));
            advanced->setChecked(false);

            window.setDemoProvider([this](QString *) -> std::optional<SessionController::SignInRequest> {
                SessionController::SignInRequest r;
                r.connection.apiUrl = sandbox->apiUrl();
                r.connection.tenant = sandbox->tenant();
                r.credentials = cc::Credentials::fromToken(sandbox->cspToken());
                return r;
            });
            window.startDemo();
            QTRY_VERIFY_WITH_TIMEOUT(window.customers()->rowCount() > 0 && !window.customers()->isLoading(), 20000);
            QTRY_VERIFY(!session.providerInstances().isEmpty());
            // The fullest details: a reseller's customer in the most provider instances, with
            // per-offer-type margins.
            QUuid chosen;
            int best = -1;
            for (int row = 0; row < window.customers()->rowCount(); ++row) {
                const QModelIndex index = window.customers()->index(row, 0);
                const int score = (index.data(CustomerListModel::ResellerIdRole).toUuid().isNull() ? 0 : 100) +
                                  index.siblingAtColumn(CustomerListModel::ProviderInstances).data().toInt();
                if (score > best) {
                    best = score;
                    chosen = window.customers()->idAt(row);
                }
            }
            window.selectCustomer(chosen);
            QTRY_VERIFY_WITH_TIMEOUT(window.selectedCustomer().has_value() && window.selectedCustomer()->id == chosen, 10000);
            const cc::Customer customer = *window.selectedCustomer();
            QVERIFY(!customer.providerCustomers.isEmpty());
            settle();
            QTRY_COMPARE(window.size(), wanted);
            problems << clipped(&window, QStringLiteral("customer selected"));

            window.openLinkDialog();
            QTRY_VERIFY(window.linkDialog());
            QVERIFY(QTest::qWaitForWindowExposed(window.linkDialog()));
            settle();
            problems << clipped(window.linkDialog(), QStringLiteral("relationship link"));
            delete window.linkDialog();

            {
                PreferencesDialog preferences(&window);
                preferences.show();
                QVERIFY(QTest::qWaitForWindowExposed(&preferences));
                settle();
                problems << clipped(&preferences, QStringLiteral("preferences"));
            }

            std::optional<cc::ProviderInstance> microsoft, other;
            for (const auto &i : session.providerInstances()) {
                if (i.isMicrosoft() && !microsoft)
                    microsoft = i;
                else if (!i.isMicrosoft() && !other)
                    other = i;
            }
            QVERIFY(microsoft && other);
            cc::Customer newcomer = customer;
            newcomer.id = QUuid::createUuid();
            newcomer.providerCustomers.clear();
            FormLauncher forms(&session);
            const cc::FieldErrors errors{{QStringLiteral("providerinstanceid"), {QStringLiteral("x")}},
                                         {QStringLiteral("internalidentifier"), {QStringLiteral("x")}},
                                         {QStringLiteral("agreementdate"), {QStringLiteral("x")}}};
            const std::pair<EditDialog *, QString> edits[] = {
                {forms.openInternalIdentifier(&window, customer), QStringLiteral("internal identifier")},
                {forms.openMicrosoftCustomerAgreement(&window, customer), QStringLiteral("Microsoft Customer Agreement")},
                {forms.openAddProviderInstance(&window, newcomer), QStringLiteral("add provider instance")}};
            for (const auto &[d, screen] : edits) {
                d->setAttribute(Qt::WA_DeleteOnClose, false);
                QVERIFY(QTest::qWaitForWindowExposed(d));
                settle();
                problems << clipped(d, screen);
                // With errors and the longer "Save (n problems)" too.
                d->showErrors(errors);
                settle();
                problems << clipped(d, screen + QStringLiteral(", errors"));
                if (auto *add = qobject_cast<AddProviderInstanceDialog *>(d)) {
                    add->model()->setInstanceId(microsoft->id);
                    settle();
                    problems << clipped(d, screen + QStringLiteral(", Microsoft"));
                    add->model()->setInstanceId(other->id);
                    settle();
                    problems << clipped(d, screen + QStringLiteral(", JSON editor"));
                    add->formModel()->discardDraft();
                }
                d->hide();
                delete d;
            }

            DraftsDialog drafts(&window);
            QList<DraftStore::Draft> list;
            for (const QString &form : {QString::fromUtf16(InternalIdentifierForm::Name), QString::fromUtf16(McaForm::Name),
                                        QString::fromUtf16(AddProviderInstanceForm::Name)}) {
                DraftStore::Draft draft;
                draft.form = form;
                draft.customerId = customer.id;
                draft.customerName = customer.companyName;
                draft.savedAt = QDateTime::currentDateTimeUtc();
                list << draft;
            }
            drafts.setDrafts(list);
            drafts.show();
            QVERIFY(QTest::qWaitForWindowExposed(&drafts));
            settle();
            problems << clipped(&drafts, QStringLiteral("drafts"));
        }
        problems.removeDuplicates();
        // One line each: QTest cuts a long failure message short.
        for (const QString &p : std::as_const(problems))
            qWarning().noquote() << p;
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 clipped, listed above").arg(problems.size())));
    }

    void everyLanguage_everyScreen_mnemonicsUnique()
    {
        QStringList languages;
        for (const auto &language : cc::i18n::availableLanguages())
            languages << language.code;
        languages << QString(cc::i18n::PseudoLanguage);
        auto use = [](const QString &code) {
            if (!cc::i18n::install(code))
                return false;
            QCoreApplication::processEvents(); // LanguageChange is delivered asynchronously
            return true;
        };
        // An error with no field of its own: the banners show it with "Copy details".
        cc::ApiError failure;
        failure.kind = cc::ApiError::Kind::Server;
        failure.httpStatus = 503;
        failure.correlationId = QStringLiteral("00000000-0000-0000-0000-000000000001");
        // A failed submit: messages under fields, "Save (n problems)", and the banner for the rest.
        cc::ApiError invalid = failure;
        invalid.kind = cc::ApiError::Kind::Validation;
        invalid.httpStatus = 400;
        for (const char *path : {"providerinstanceid", "internalidentifier", "agreementdate", "somewhere.else"})
            invalid.fieldErrors.insert(QString::fromLatin1(path), {QStringLiteral("x")});

        // Each state below is checked to be what it claims, or a clash could pass unseen.
        auto shows = [](QWidget *top, const char *name) {
            const auto widgets = top->findChildren<QWidget *>(QString::fromLatin1(name));
            return std::any_of(widgets.cbegin(), widgets.cend(),
                               [top](QWidget *w) { return w->window() == top && w->isVisibleTo(top); });
        };

        QStringList problems;
        SessionController session(std::make_unique<cc::MemoryCredentialStore>());
        MainWindow window(&session);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Signed out: the sign-in panel under the menu bar, in both modes, Advanced open, with an error.
        SignInPanel *panel = window.signInPanel();
        auto *useClient = panel->findChild<QRadioButton *>(QStringLiteral("useClientRadio"));
        auto *useToken = panel->findChild<QRadioButton *>(QStringLiteral("useTokenRadio"));
        auto *advanced = panel->findChild<QToolButton *>(QStringLiteral("advancedToggle"));
        QVERIFY(useClient && useToken && advanced);
        for (const QString &language : std::as_const(languages)) {
            QVERIFY2(use(language), qPrintable(language));
            advanced->setChecked(true);
            panel->showErrors(failure);
            useClient->setChecked(true);
            QVERIFY(shows(&window, "copyDetailsButton") && shows(&window, "clientSecretEdit") && shows(&window, "tokenUrlEdit"));
            problems << mnemonicProblems(&window, language, QStringLiteral("sign-in, API access, Advanced, error"));
            useToken->setChecked(true);
            QVERIFY(shows(&window, "tokenEdit"));
            problems << mnemonicProblems(&window, language, QStringLiteral("sign-in, bearer token, Advanced, error"));
        }
        useClient->setChecked(true);
        advanced->setChecked(false);

        // Signed in, a customer of a reseller selected (the relationship rows show), details shown.
        QVERIFY(use(QStringLiteral("en")));
        window.setDemoProvider([this](QString *) -> std::optional<SessionController::SignInRequest> {
            SessionController::SignInRequest r;
            r.connection.apiUrl = sandbox->apiUrl();
            r.connection.tenant = sandbox->tenant();
            r.credentials = cc::Credentials::fromToken(sandbox->cspToken());
            return r;
        });
        window.startDemo();
        QTRY_VERIFY_WITH_TIMEOUT(window.customers()->rowCount() > 0 && !window.customers()->isLoading(), 20000);
        QTRY_VERIFY(!session.providerInstances().isEmpty());
        QUuid chosen = window.customers()->idAt(0);
        for (int row = 0; row < window.customers()->rowCount(); ++row) {
            const QModelIndex index = window.customers()->index(row, 0);
            if (!index.data(CustomerListModel::ResellerIdRole).toUuid().isNull()) {
                chosen = window.customers()->idAt(row);
                break;
            }
        }
        window.selectCustomer(chosen);
        QTRY_VERIFY_WITH_TIMEOUT(window.selectedCustomer().has_value() && window.selectedCustomer()->id == chosen, 10000);
        const cc::Customer customer = *window.selectedCustomer();
        // For "add provider instance" a customer in no instance yet: every instance is on offer.
        cc::Customer newcomer = customer;
        newcomer.id = QUuid::createUuid();
        newcomer.providerCustomers.clear();
        std::optional<cc::ProviderInstance> microsoft, other;
        for (const auto &i : session.providerInstances()) {
            if (i.isMicrosoft() && !microsoft)
                microsoft = i;
            else if (!i.isMicrosoft() && !other)
                other = i;
        }
        QVERIFY(microsoft && other);
        auto *workspace = window.findChild<QWidget *>(QStringLiteral("workspace"));
        QVERIFY(workspace);
        Banner *workspaceBanner = workspace->findChild<Banner *>(QString(), Qt::FindDirectChildrenOnly);
        QVERIFY(workspaceBanner);

        FormLauncher forms(&session);
        for (const QString &language : std::as_const(languages)) {
            QVERIFY2(use(language), qPrintable(language));
            workspaceBanner->showError(failure);
            QVERIFY(shows(&window, "copyDetailsButton") && shows(&window, "resellerFilterCombo"));
            problems << mnemonicProblems(&window, language, QStringLiteral("main window, customer selected, error"));

            window.openLinkDialog();
            QVERIFY(window.linkDialog());
            window.linkDialog()->findChild<Banner *>()->showError(failure);
            QVERIFY(shows(window.linkDialog(), "copyDetailsButton") && shows(window.linkDialog(), "resellerCombo"));
            problems << mnemonicProblems(window.linkDialog(), language, QStringLiteral("relationship link, error"));
            delete window.linkDialog();

            {
                PreferencesDialog preferences(&window);
                preferences.show();
                problems << mnemonicProblems(&preferences, language, QStringLiteral("preferences"));
            }

            // The edit forms, each with a failed submit: errors under fields and the banner.
            const std::pair<EditDialog *, QString> edits[] = {
                {forms.openInternalIdentifier(&window, customer), QStringLiteral("internal identifier, errors")},
                {forms.openMicrosoftCustomerAgreement(&window, customer),
                 QStringLiteral("Microsoft Customer Agreement, errors")}};
            for (const auto &[d, screen] : edits) {
                d->setAttribute(Qt::WA_DeleteOnClose, false);
                d->showErrors(invalid);
                QVERIFY(shows(d, "copyDetailsButton"));
                problems << mnemonicProblems(d, language, screen);
                delete d;
            }
            auto *add = qobject_cast<AddProviderInstanceDialog *>(forms.openAddProviderInstance(&window, newcomer));
            QVERIFY(add);
            add->setAttribute(Qt::WA_DeleteOnClose, false);
            add->showErrors(invalid);
            add->model()->setInstanceId(microsoft->id);
            QVERIFY(shows(add, "copyDetailsButton") && shows(add, "microsoftDataBox") && shows(add, "relationshipCombo"));
            problems << mnemonicProblems(add, language, QStringLiteral("add provider instance, Microsoft, errors"));
            add->model()->setInstanceId(other->id);
            QVERIFY(shows(add, "jsonDataBox") && !shows(add, "microsoftDataBox"));
            problems << mnemonicProblems(add, language, QStringLiteral("add provider instance, JSON editor, errors"));
            add->formModel()->discardDraft(); // the instance chosen is an edit: no draft left behind
            delete add;
        }
        workspaceBanner->hide();
        QVERIFY(use(QString(cc::i18n::PseudoLanguage)));
        problems.removeDuplicates();
        // One line each: QTest cuts a long failure message short.
        for (const QString &p : std::as_const(problems))
            qWarning().noquote() << p;
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 mnemonic problems, listed above").arg(problems.size())));
    }
};

int main(int argc, char **argv)
{
    // The window's first-start size depends on the screen: a 1440 x 900 one (a common laptop's)
    // gives the 1280 x 800 a first start opens at. Only the offscreen platform takes a made-up screen.
    QTemporaryDir dir;
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen") {
        QFile config(dir.filePath(QStringLiteral("screen.json")));
        if (config.open(QIODevice::WriteOnly))
            config.write(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1440, "height": 900,)"
                         R"( "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
        config.close();
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.fileName().toLocal8Bit());
    }
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    TestLayout test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_layout.moc"
