#include "translations.h"

#include <QRegularExpression>

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QTranslator>

#include <memory>
#include <vector>

namespace cc::i18n {

namespace {

struct State
{
    QString current = QStringLiteral("en");
    std::unique_ptr<QTranslator> app;
    std::vector<std::unique_ptr<QTranslator>> qt;
    QHash<QString, std::shared_ptr<QTranslator>> detached;
};

State &state()
{
    static State s;
    return s;
}

QString appCatalogue(const QString &code)
{
    return QStringLiteral(":/i18n/cloudcockpit_%1.qm").arg(code);
}

QString qtCatalogue(const QString &code)
{
    // Debian ships qtbase_xx for most languages and a full qt_pt_PT for European Portuguese.
    const QString base = QStringLiteral(":/i18n/qt/qtbase_%1.qm").arg(code);
    if (QFile::exists(base))
        return base;
    return QStringLiteral(":/i18n/qt/qt_%1.qm").arg(code);
}

} // namespace

QList<Language> availableLanguages()
{
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("pt_PT"), QStringLiteral("Português (Portugal)")},
        {QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("it"), QStringLiteral("Italiano")},
    };
}

QString bestLanguageFor(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::Portuguese: return locale.territory() == QLocale::Brazil ? QStringLiteral("pt_BR") : QStringLiteral("pt_PT");
    case QLocale::Spanish: return QStringLiteral("es");
    case QLocale::French: return QStringLiteral("fr");
    case QLocale::German: return QStringLiteral("de");
    case QLocale::Italian: return QStringLiteral("it");
    default: return QStringLiteral("en");
    }
}

QString shortDateFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    // Whatever number of y the locale uses (y, yy), make it yyyy.
    static const QRegularExpression years(QStringLiteral("y+"));
    format.replace(years, QStringLiteral("yyyy"));
    return format;
}

QString formatDate(const QDate &date, const QLocale &locale)
{
    return locale.toString(date, shortDateFormat(locale));
}

QString formatDateTime(const QDateTime &dateTime, const QLocale &locale)
{
    const QDateTime local = dateTime.toLocalTime();
    return locale.toString(local.date(), shortDateFormat(locale)) + u' ' + locale.toString(local.time(), QLocale::ShortFormat);
}

QString languageForCustomer(const QString &culture, const QString &countryCode, const QString &fallback)
{
    const QString trimmed = culture.trimmed();
    const QString fromCulture = trimmed.isEmpty() ? QString() : bestLanguageFor(QLocale(trimmed));
    if (!fromCulture.isEmpty() && fromCulture != u"en")
        return fromCulture;
    const QString code = countryCode.trimmed().toUpper();
    if (code.size() == 2) {
        const QLocale::Territory territory = QLocale::codeToTerritory(code);
        if (territory != QLocale::AnyTerritory) {
            // The language most spoken in the territory (CLDR's likely subtags): "BR" -> pt_BR.
            const QString fromCountry = bestLanguageFor(QLocale(QLocale::AnyLanguage, territory));
            if (fromCountry != u"en" || territory == QLocale::UnitedStates || territory == QLocale::UnitedKingdom)
                return fromCountry;
        }
    }
    return fromCulture.isEmpty() ? fallback : fromCulture;
}

bool install(const QString &code)
{
    State &s = state();
    bool known = code == u"en" || code == PseudoLanguage;
    for (const Language &l : availableLanguages())
        known = known || l.code == code;
    if (!known)
        return false;

    if (s.app)
        QCoreApplication::removeTranslator(s.app.get());
    for (const auto &t : s.qt)
        QCoreApplication::removeTranslator(t.get());
    s.app.reset();
    s.qt.clear();

    {
        // English too: its catalogue has the plural forms of the source texts.
        auto app = std::make_unique<QTranslator>();
        if (app->load(appCatalogue(code))) {
            QCoreApplication::installTranslator(app.get());
            s.app = std::move(app);
        }
    }
    if (code != u"en" && code != PseudoLanguage) {
        // Debian's European Portuguese Qt catalogue is an older one that lacks Qt 6's standard
        // buttons; Brazilian Portuguese fills those gaps (the last installed is asked first).
        QStringList catalogues{qtCatalogue(code)};
        if (code == u"pt_PT")
            catalogues.prepend(qtCatalogue(QStringLiteral("pt_BR")));
        for (const QString &file : std::as_const(catalogues)) {
            auto qt = std::make_unique<QTranslator>();
            if (qt->load(file)) {
                QCoreApplication::installTranslator(qt.get());
                s.qt.push_back(std::move(qt));
            }
        }
    }
    s.current = code;
    QLocale::setDefault(code == PseudoLanguage ? QLocale(QLocale::English) : QLocale(code));
    return true;
}

QString currentLanguage()
{
    return state().current;
}

QString translateIn(const QString &code, const char *context, const char *sourceText, const char *disambiguation, int n)
{
    auto fallback = [&] {
        QString text = QString::fromUtf8(sourceText);
        if (n >= 0)
            text.replace(QStringLiteral("%n"), QLocale(QLocale::English).toString(n));
        return text;
    };
    if (code == u"en")
        return fallback();
    State &s = state();
    auto it = s.detached.find(code);
    if (it == s.detached.end()) {
        auto t = std::make_shared<QTranslator>();
        if (!t->load(appCatalogue(code)))
            t.reset();
        it = s.detached.insert(code, t);
    }
    if (!*it)
        return fallback();
    QString text = (*it)->translate(context, sourceText, disambiguation, n);
    if (text.isEmpty())
        return fallback();
    if (n >= 0)
        text.replace(QStringLiteral("%n"), QLocale(code).toString(n));
    return text;
}

} // namespace cc::i18n
