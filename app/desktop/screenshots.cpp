// scripts/screenshots' helper: opens the app as main() does (Application, the demo sandbox) and
// saves PNGs of the README's screens, each once what it shows has arrived:
//   cloudcockpit-screenshots DIR
// signin.png, main.png (a customer's details), link.png (the relationship link dialog with a
// link) and add-provider-instance.png (the form with what is missing next to each field).

#include <application.h>
#include <customerlistmodel.h>
#include <editdialog.h>
#include <formlauncher.h>
#include <linkdialog.h>
#include <settingsfile.h>

#include "demosandbox.h"

#include <core/i18n/translations.h>

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <functional>

namespace {

// Runs the event loop until the condition holds (true) or 20 s pass (false).
bool waitFor(const std::function<bool()> &condition)
{
    const QDeadlineTimer deadline(20000);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

// What arrived is laid out and painted (a screenshot, not a test: it only has to look settled).
void settle()
{
    QEventLoop loop;
    QTimer::singleShot(300, &loop, &QEventLoop::quit);
    loop.exec();
}

// Like every file the app writes, a screenshot only ever replaces a regular file.
bool saveShot(QWidget *widget, const QString &file)
{
    if (!SettingsFile::isReplaceable(file)) {
        std::fprintf(stderr, "not saved: %s is not a regular file\n", qUtf8Printable(file));
        return false;
    }
    return widget->grab().save(file);
}

int fail(const char *what)
{
    std::fprintf(stderr, "cloudcockpit-screenshots: %s\n", what);
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CloudCockpit"));
    QApplication::setApplicationName(QStringLiteral("CloudCockpit Admin"));
    if (argc != 2)
        return fail("usage: cloudcockpit-screenshots DIR");
    const QString dir = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(dir);
    if (const QString problem = SettingsFile::guard(); !problem.isEmpty())
        std::fprintf(stderr, "%s\n", qUtf8Printable(problem));
    // CC_UI_LANGUAGE (scripts/screenshots) is written to the settings as the app's choice.
    const QString language = QSettings().value(QStringLiteral("ui/language")).toString();
    cc::i18n::install(language.isEmpty() ? QStringLiteral("en") : language);

    ccsandbox::SandboxOptions options;
    options.customerCount = 250; // the app's --demo
    DemoSandbox sandbox(options, {});
    sandbox.start();
    // The demo is never remembered: no keychain is touched.
    Application application(std::make_unique<cc::MemoryCredentialStore>());
    application.setDemoProvider([&sandbox](QString *error) { return demoSignIn(sandbox, error); });
    MainWindow *window = application.window();
    bool firstPage = false;
    QObject::connect(window, &MainWindow::firstPageShown, window, [&firstPage] { firstPage = true; });
    window->show();
    if (!waitFor([window] { return window->isVisible(); }))
        return fail("the window did not show");
    settle();
    saveShot(window, dir + QStringLiteral("/signin.png"));

    application.signInToDemo();
    CustomerListModel *customers = window->customers();
    if (!waitFor([&] { return firstPage && !customers->isLoading() && customers->rowCount() > 3; }))
        return fail("the demo's customers did not load");
    window->selectCustomer(customers->idAt(3));
    if (!waitFor([window] { return window->selectedCustomer().has_value(); }))
        return fail("the customer's details did not load");
    settle();
    saveShot(window, dir + QStringLiteral("/main.png"));

    window->openLinkDialog();
    LinkDialog *link = window->linkDialog();
    if (!link || !waitFor([link] { return link->isVisible(); }))
        return fail("the link dialog did not open");
    link->getLink();
    if (!waitFor([link] { return !link->link().isEmpty(); }))
        return fail("no relationship link came");
    settle();
    saveShot(link, dir + QStringLiteral("/link.png"));
    link->hide();

    EditDialog *form = application.forms()->openAddProviderInstance(window, *window->selectedCustomer());
    form->submit(); // shows what is missing, next to each field
    if (!waitFor([form] { return form->isVisible(); }))
        return fail("the form did not open");
    settle();
    saveShot(form, dir + QStringLiteral("/add-provider-instance.png"));
    return 0;
}
