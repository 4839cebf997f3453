#include "stafferoutput.h"

#include "terminal.h"

#include <core/domain/json.h>
#include <core/i18n/translations.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace ccadmin {

namespace {

QString uuid(const QUuid &id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

QString translated(const char *text)
{
    return QCoreApplication::translate("ccadmin", text);
}

QString isoDate(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

// What text shows next to a status: when the agreement was accepted, or until when the link works.
QString mcaWhen(const cc::McaItem &m)
{
    if (m.agreementDate.isValid())
        return QCoreApplication::translate("ccadmin", "accepted %1").arg(cc::i18n::formatDateTime(m.agreementDate));
    if (m.linkExpiresAt.isValid())
        return QCoreApplication::translate("ccadmin", "link expires %1").arg(cc::i18n::formatDateTime(m.linkExpiresAt));
    return {};
}

QString signatory(const cc::McaItem &m)
{
    return QStringList{m.firstName, m.lastName}.join(u' ').simplified();
}

const char *const mcaCsvHeader = "customerId,companyName,providerInstanceId,providerInstanceName,"
                                 "providerCustomerId,status,firstName,lastName,email,phone,"
                                 "agreementDate,linkExpirationDate";

void mcaCsvRow(QTextStream &out, const cc::McaItem &m)
{
    out << uuid(m.customerId) << ',' << csvField(m.companyName) << ',' << uuid(m.providerInstanceId) << ','
        << csvField(m.providerInstanceName) << ',' << csvField(m.providerCustomerId) << ',' << cc::mcaStatusName(m.status) << ','
        << csvField(m.firstName) << ',' << csvField(m.lastName) << ',' << csvField(m.email) << ',' << csvField(m.phone) << ','
        << isoDate(m.agreementDate) << ',' << isoDate(m.linkExpiresAt) << '\n';
}

} // namespace

void printResellers(QTextStream &out, Format format, const QList<cc::Reseller> &resellers)
{
    if (format == Format::Json) {
        QJsonArray list;
        for (const auto &r : resellers)
            list.append(cc::json::toJson(r));
        out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return;
    }
    if (format == Format::Csv) {
        out << "id,companyName,country,city,internalIdentifier,email,phone,customDomain\n";
        for (const auto &r : resellers)
            out << uuid(r.id) << ',' << csvField(r.companyName) << ',' << csvField(r.country) << ',' << csvField(r.city) << ','
                << csvField(r.internalIdentifier) << ',' << csvField(r.email) << ',' << csvField(r.phone) << ','
                << csvField(r.customDomain) << '\n';
        return;
    }
    out << fit(translated(QT_TRANSLATE_NOOP("ccadmin", "ID")), 37) << fit(translated(QT_TRANSLATE_NOOP("ccadmin", "Company")), 40)
        << fit(translated(QT_TRANSLATE_NOOP("ccadmin", "Country")), 8)
        << fit(translated(QT_TRANSLATE_NOOP("ccadmin", "Internal ID")), 16) << translated(QT_TRANSLATE_NOOP("ccadmin", "Email"))
        << '\n';
    for (const auto &r : resellers)
        out << fit(uuid(r.id), 37) << fit(r.companyName, 40) << fit(r.country, 8) << fit(r.internalIdentifier, 16)
            << terminalSafe(r.email) << '\n';
    out << QCoreApplication::translate("ccadmin", "%n reseller(s)", nullptr, int(resellers.size())) << '\n';
}

void McaListPrinter::begin()
{
    switch (m_format) {
    case Format::Json: m_out << '['; break;
    case Format::Csv: m_out << mcaCsvHeader << '\n'; break;
    case Format::Text:
        m_out << fit(translated(QT_TRANSLATE_NOOP("ccadmin", "Customer ID")), 37)
              << fit(translated(QT_TRANSLATE_NOOP("ccadmin", "Company")), 32)
              << fit(translated(QT_TRANSLATE_NOOP("ccadmin", "Provider instance")), 30)
              << fit(translated(QT_TRANSLATE_NOOP("ccadmin", "Status")), 27)
              << translated(QT_TRANSLATE_NOOP("ccadmin", "Signatory")) << '\n';
        break;
    }
}

void McaListPrinter::add(const QList<cc::McaItem> &items)
{
    for (const cc::McaItem &m : items) {
        switch (m_format) {
        case Format::Json:
            m_out << (m_first ? "\n" : ",\n") << QJsonDocument(cc::json::toJson(m)).toJson(QJsonDocument::Compact);
            break;
        case Format::Csv: mcaCsvRow(m_out, m); break;
        case Format::Text:
            m_out << fit(uuid(m.customerId), 37) << fit(m.companyName, 32)
                  << fit(m.providerInstanceName.isEmpty() ? uuid(m.providerInstanceId) : m.providerInstanceName, 30)
                  << fit(cc::mcaStatusDisplayName(m.status), 27) << terminalSafe(signatory(m)) << '\n';
            break;
        }
        m_first = false;
        ++m_printed;
    }
    m_out.flush();
}

void McaListPrinter::end(int totalCount)
{
    switch (m_format) {
    case Format::Json: m_out << (m_first ? "]\n" : "\n]\n"); break;
    case Format::Csv: break;
    case Format::Text:
        m_out << QCoreApplication::translate("ccadmin", "%1 of %2 agreement(s)")
                     .arg(QLocale().toString(m_printed), QLocale().toString(totalCount))
              << '\n';
        break;
    }
    m_out.flush();
}

void printMca(QTextStream &out, Format format, const cc::McaItem &m)
{
    if (format == Format::Json) {
        out << QJsonDocument(cc::json::toJson(m)).toJson(QJsonDocument::Indented);
        return;
    }
    if (format == Format::Csv) {
        out << mcaCsvHeader << '\n';
        mcaCsvRow(out, m);
        return;
    }
    auto line = [&](const char *label, const QString &value) {
        out << fit(translated(label) + u':', 22) << terminalSafe(value) << '\n';
    };
    line(QT_TRANSLATE_NOOP("ccadmin", "Customer ID"), uuid(m.customerId));
    line(QT_TRANSLATE_NOOP("ccadmin", "Company"), m.companyName);
    line(QT_TRANSLATE_NOOP("ccadmin", "Provider instance"),
         m.providerInstanceName.isEmpty() ? uuid(m.providerInstanceId) : m.providerInstanceName);
    line(QT_TRANSLATE_NOOP("ccadmin", "Microsoft tenant"), m.providerCustomerId);
    line(QT_TRANSLATE_NOOP("ccadmin", "Status"), cc::mcaStatusDisplayName(m.status));
    if (const QString when = mcaWhen(m); !when.isEmpty())
        line(QT_TRANSLATE_NOOP("ccadmin", "Date"), when);
    line(QT_TRANSLATE_NOOP("ccadmin", "Signatory"), signatory(m));
    line(QT_TRANSLATE_NOOP("ccadmin", "Email"), m.email);
    line(QT_TRANSLATE_NOOP("ccadmin", "Phone"), m.phone);
}

} // namespace ccadmin
