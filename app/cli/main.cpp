#include "cliapp.h"

#include <core/i18n/translations.h>

#include <QCoreApplication>
#include <QLocale>
#include <QTimer>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CloudCockpit"));
    QCoreApplication::setApplicationName(QStringLiteral("ccadmin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CC_VERSION));
    cc::i18n::install(cc::i18n::bestLanguageFor(QLocale::system()));
    // install() makes the language's own locale the default (de -> de_DE); a command line follows
    // the environment's exactly (de_CH groups with ', LC_ALL=C prints 1234.5 for scripts).
    QLocale::setDefault(QLocale::system());
    ccadmin::CliApp cli(QCoreApplication::arguments());
    QTimer::singleShot(0, &cli, &ccadmin::CliApp::start);
    return app.exec();
}
