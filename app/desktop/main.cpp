// Wiring only: the application, its translations, the session, the window, and the embedded
// sandbox behind "Try the demo" / --demo.

#include <mainwindow.h>
#include <customerlistmodel.h>
#include <draftstore.h>
#include <forms.h>
#include <mcaview.h>
#include <linkdialog.h>
#include <settingsfile.h>

#include "demosandbox.h"

#include <core/i18n/translations.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <utility>

namespace {

// Like every file the app writes, a screenshot only ever replaces a regular file.
void saveShot(QWidget *widget, const QString &file)
{
    if (SettingsFile::isReplaceable(file))
        widget->grab().save(file);
    else
        qWarning("%s", qUtf8Printable(QApplication::translate("main", "Not saved: %1 is not a regular file.").arg(file)));
}

// Saves PNGs of the main screens for the README, then quits (scripts/screenshots).
void takeScreenshots(MainWindow *window, FormLauncher *forms, const QString &dir)
{
    QDir().mkpath(dir);
    saveShot(window, dir + QStringLiteral("/signin.png"));
    QObject::connect(window, &MainWindow::firstPageShown, window, [window, forms, dir] {
        QTimer::singleShot(800, window, [window, forms, dir] {
            window->selectCustomer(window->customers()->idAt(3));
            QTimer::singleShot(1200, window, [window, forms, dir] {
                saveShot(window, dir + QStringLiteral("/main.png"));
                window->openLinkDialog();
                QTimer::singleShot(300, window, [window, forms, dir] {
                    if (LinkDialog *d = window->linkDialog())
                        d->getLink();
                    QTimer::singleShot(1200, window, [window, forms, dir] {
                        if (LinkDialog *d = window->linkDialog()) {
                            saveShot(d, dir + QStringLiteral("/link.png"));
                            d->hide();
                        }
                        if (!window->selectedCustomer()) {
                            QApplication::quit();
                            return;
                        }
                        EditDialog *form = forms->openAddProviderInstance(window, *window->selectedCustomer());
                        form->submit(); // shows what is missing, next to each field
                        QTimer::singleShot(600, window, [form, dir] {
                            saveShot(form, dir + QStringLiteral("/add-provider-instance.png"));
                            QApplication::quit();
                        });
                    });
                });
            });
        });
    });
}

} // namespace

int main(int argc, char **argv)
{
    // --help and --version only print: they must work without a display too (over ssh, in a
    // script), where QApplication would abort for want of a window system.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        for (int i = 1; i < argc; ++i) {
            const QByteArrayView arg(argv[i]);
            if (arg == "-h" || arg == "-?" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version")
                qputenv("QT_QPA_PLATFORM", "offscreen");
        }
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CloudCockpit"));
    QApplication::setApplicationName(QStringLiteral("CloudCockpit Admin"));
    QApplication::setApplicationVersion(QStringLiteral(CC_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(CC_APP_ID));

    // Before the first QSettings: a settings file that is a FIFO would block right here, and one
    // that resolves to a device or FIFO would be replaced by a regular file.
    const QString settingsProblem = SettingsFile::guard();
    if (!settingsProblem.isEmpty())
        qWarning("%s", qUtf8Printable(settingsProblem));
    const QString language = QSettings().value(QStringLiteral("ui/language")).toString();
    cc::i18n::install(language.isEmpty() ? cc::i18n::bestLanguageFor(QLocale::system()) : language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "CloudCockpit Admin: manage CSP customers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), QApplication::translate("main", "Start the embedded sandbox and sign in to it."));
    const QCommandLineOption demoCustomers(QStringLiteral("demo-customers"),
                                           QApplication::translate("main", "Number of customers in the demo tenant (0 to 100000)."),
                                           QStringLiteral("N"), QStringLiteral("250"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save screenshots of the main screens to DIR and quit."),
                                        QStringLiteral("DIR"));
    // For scripts/bench: quit as soon as the first page of customers has been painted.
    const QCommandLineOption exitAfterFirstPage(QStringLiteral("exit-after-first-page"),
                                                QApplication::translate("main", "Quit once the first customers are shown (benchmarks)."));
    const QCommandLineOption fault(QStringLiteral("fault"),
                                   QApplication::translate("main", "Inject a fault into the demo sandbox (repeatable): ROUTE:KIND[:ARG][@RATE]."),
                                   QStringLiteral("SPEC"));
    parser.addOptions({demo, demoCustomers, screenshot, exitAfterFirstPage, fault});
    parser.process(app);

    // The demo's sandbox starts on its own thread at once when asked for on the command line (it is
    // ready by the time the window is), else when the sign-in panel's "Try the demo" is clicked.
    std::unique_ptr<DemoSandbox> sandbox;
    const int customers = std::clamp(parser.value(demoCustomers).toInt(), 0, 100000);
    const QStringList faults = parser.values(fault);
    const auto startSandbox = [&sandbox, customers, faults] {
        if (sandbox)
            return;
        ccsandbox::SandboxOptions options;
        options.customerCount = customers;
        sandbox = std::make_unique<DemoSandbox>(options, faults);
        sandbox->start();
    };
    if (parser.isSet(demo) || parser.isSet(screenshot))
        startSandbox();
    SessionController session(cc::createKeychainStore());
    MainWindow window(&session);

    FormLauncher forms(&session);
    QObject::connect(&window, &MainWindow::editInternalIdentifierRequested, &forms,
                     [&](const cc::Customer &c) { forms.openInternalIdentifier(&window, c); });
    QObject::connect(&window, &MainWindow::microsoftCustomerAgreementRequested, &forms,
                     [&](const cc::Customer &c) { forms.openMicrosoftCustomerAgreement(&window, c); });
    QObject::connect(&window, &MainWindow::addProviderInstanceRequested, &forms,
                     [&](const cc::Customer &c) { forms.openAddProviderInstance(&window, c); });
    // From the MCA view, the form opens over the view; once saved, the window reads the agreement
    // again, and the view, the list column and the details show the new status.
    QObject::connect(window.mcaView(), &McaView::microsoftCustomerAgreementRequested, &forms,
                     [&](const cc::Customer &c, const QUuid &) { forms.openMicrosoftCustomerAgreement(window.mcaView(), c); });
    QObject::connect(&forms, &FormLauncher::customerUpdated, &window, &MainWindow::customerUpdated);
    QObject::connect(&forms, &FormLauncher::saved, &window, &MainWindow::showSavedMessage);
    // Forms left unsaved when the app last quit or crashed: after sign-in, the tenant's drafts are
    // offered back as one list (Restore / Discard / Later), once the window has painted the signed-in state.
    QObject::connect(&session, &SessionController::signedIn, &window, [&window, &forms] {
        QTimer::singleShot(0, &window, [&window, &forms] { forms.restoreDrafts(&window); });
    });
    QObject::connect(&forms, &FormLauncher::draftNotRestored, &window,
                     [&window](const DraftStore::Draft &draft, const cc::ApiError &error) {
                         window.showBannerMessage(QApplication::translate("main", "The unsaved %1 for %2 could not be "
                                                                                  "reopened and is kept for later: %3 (correlation ID %4)")
                                                      .arg(DraftStore::formTitle(draft.form), draft.customerName,
                                                           error.message(), error.correlationId));
                     });

    window.setDemoProvider([&sandbox, startSandbox](QString *error) -> std::optional<SessionController::SignInRequest> {
        startSandbox();
        const auto address = sandbox->address(error);
        if (!address)
            return std::nullopt;
        SessionController::SignInRequest r;
        r.connection.apiUrl = address->apiUrl;
        r.connection.tokenUrl = address->tokenUrl;
        r.connection.tenant = address->tenant;
        r.credentials = cc::Credentials::fromClientSecret(address->clientId, address->clientSecret);
        r.ephemeral = true;
        return r;
    });

    if (parser.isSet(exitAfterFirstPage))
        QObject::connect(&window, &MainWindow::firstPageShown, &window, [&window] {
            window.repaint(); // painted, not just queued
            // scripts/bench times the start-up up to this line.
            std::fputs("first-page-painted\n", stdout);
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QApplication::quit);
        });
    // The demo signs in as soon as its sandbox listens: when that is before the window is shown
    // (the sandbox thread started at the top usually is by now), its first requests are on their
    // way while the window paints; a big demo tenant takes a second or two to generate, and the
    // window shows meanwhile. (--screenshot first grabs the sign-in screen as a new user sees it.)
    if (parser.isSet(demo) && !parser.isSet(screenshot)) {
        auto signedIn = std::make_shared<bool>(false);
        const auto signInToDemo = [&window, signedIn] {
            if (!std::exchange(*signedIn, true))
                window.startDemo();
        };
        QObject::connect(sandbox.get(), &DemoSandbox::ready, &window, signInToDemo, Qt::QueuedConnection);
        if (sandbox->isReady())
            signInToDemo();
        else
            window.showDemoStarting();
    }
    // Said once, where it stays until something else is said there; translated by now.
    if (!settingsProblem.isEmpty())
        window.statusBar()->showMessage(SettingsFile::problem());
    window.show();
    if (parser.isSet(screenshot)) {
        takeScreenshots(&window, &forms, parser.value(screenshot));
        QTimer::singleShot(0, &window, &MainWindow::startDemo);
    }
    return app.exec();
}
