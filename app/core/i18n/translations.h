#pragma once

// The one entry point for translations. The app's catalogues and Qt's own (standard buttons,
// dialogs) are compiled into the binary under :/i18n/, so every language works offline.

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace cc::i18n {

struct Language
{
    QString code;       // "en", "pt_PT", "pt_BR", "es", "fr", "de", "it"
    QString nativeName; // "Português (Portugal)"
};

QList<Language> availableLanguages();
// The shipped language that fits a locale best ("pt_PT" for pt-PT, "pt_BR" for pt-BR, "es" for es-MX…).
QString bestLanguageFor(const QLocale &locale);
// The shipped language to write to a customer in: their Microsoft tenant's culture ("pt-PT") when
// it names one of ours other than English, else the language of their country ("DE" -> "de"),
// else the culture's (English), else `fallback`. English is often a default nobody chose.
QString languageForCustomer(const QString &culture, const QString &countryCode, const QString &fallback);
// Installs the catalogues of `code` (app and Qt) in place of the current ones and makes its locale
// the default for dates and numbers. Widgets get a LanguageChange event. Returns false when the
// language is not shipped (English stays).
bool install(const QString &code);
QString currentLanguage();
// Translates one message into a language other than the UI's (e.g. the relationship email in the
// customer's language) without touching the installed translators.
QString translateIn(const QString &code, const char *context, const char *sourceText, const char *disambiguation = nullptr,
                    int n = -1);
// Dates as the locale writes them in short form, but always with a four-digit year ("12/31/2027",
// "31.12.2027"): a two-digit year reads two ways. Used wherever a date or date and time is shown.
QString shortDateFormat(const QLocale &locale = QLocale());
QString formatDate(const QDate &date, const QLocale &locale = QLocale());
QString formatDateTime(const QDateTime &dateTime, const QLocale &locale = QLocale()); // in local time

// A pseudo-language for layout tests: every string about 40 % longer, with accents. Not offered in
// the UI.
inline constexpr QLatin1StringView PseudoLanguage{"pseudo"};

} // namespace cc::i18n
