// main() of cloudcockpit-admin: the QApplication, its translations and settings guard, the
// command line, and the embedded sandbox behind "Try the demo" / --demo. How the session, the
// window, the forms and the drafts talk to each other is Application's (ui/application.*).

#include <accessibility.h>
#include <application.h>
#include <settingsfile.h>

#include "demosandbox.h"

#include <core/i18n/translations.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

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
    accessibility::installFocusRing(); // where Tab went shows in light and dark palettes

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
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Start the embedded sandbox and sign in to it."));
    const QCommandLineOption demoCustomers(
        QStringLiteral("demo-customers"),
        QApplication::translate("main", "Number of customers in the demo tenant (0 to 100000)."), QStringLiteral("N"),
        QStringLiteral("250"));
    // For scripts/bench: quit as soon as the first page of customers has been painted.
    const QCommandLineOption exitAfterFirstPage(
        QStringLiteral("exit-after-first-page"),
        QApplication::translate("main", "Quit once the first customers are shown (benchmarks)."));
    const QCommandLineOption fault(
        QStringLiteral("fault"),
        QApplication::translate("main", "Inject a fault into the demo sandbox (repeatable): ROUTE:KIND[:ARG][@RATE]."),
        QStringLiteral("SPEC"));
    parser.addOptions({demo, demoCustomers, exitAfterFirstPage, fault});
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
    if (parser.isSet(demo))
        startSandbox();

    Application application(cc::createKeychainStore());
    MainWindow *window = application.window();
    application.setDemoProvider([&sandbox, startSandbox](QString *error) {
        startSandbox();
        return demoSignIn(*sandbox, error);
    });

    if (parser.isSet(exitAfterFirstPage))
        QObject::connect(window, &MainWindow::firstPageShown, window, [window] {
            window->repaint(); // painted, not just queued
            // scripts/bench times the start-up up to this line.
            std::fputs("first-page-painted\n", stdout);
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QApplication::quit);
        });
    // The demo signs in as soon as its sandbox listens: when that is before the window is shown
    // (the sandbox thread started at the top usually is by now), its first requests are on their
    // way while the window paints; a big demo tenant takes a second or two to generate, and the
    // window shows meanwhile.
    if (parser.isSet(demo)) {
        QObject::connect(sandbox.get(), &DemoSandbox::ready, &application, &Application::signInToDemo, Qt::QueuedConnection);
        if (sandbox->isReady())
            application.signInToDemo();
        else
            window->showDemoStarting();
    }
    // Said once, where it stays until something else is said there; translated by now.
    if (!settingsProblem.isEmpty())
        window->statusBar()->showMessage(SettingsFile::problem());
    window->show();
    return app.exec();
}
