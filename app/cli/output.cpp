#include "output.h"

#include <core/i18n/translations.h>

#include "terminal.h"

#include <core/bulk/csv.h>
#include <core/domain/json.h>

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <charconv>
#include <cstring>

namespace ccadmin {

namespace {

QString uuid(const QUuid &id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

} // namespace

// The last character is always a space, so that a value that fills its column cannot run into the
// next one.
QString fit(const QString &text, int width)
{
    QString s = terminalSafe(text);
    if (s.size() > width - 1) {
        qsizetype keep = width - 2;
        if (keep > 0 && s.at(keep - 1).isHighSurrogate())
            --keep; // never split a character outside the BMP
        s = s.left(keep) + QChar(0x2026);
    }
    return s.leftJustified(width);
}

QString resellerText(const QUuid &resellerId, const ResellerNames &names)
{
    if (resellerId.isNull())
        return QCoreApplication::translate("ccadmin", "direct");
    const QString name = names.value(resellerId);
    return name.isEmpty() ? uuid(resellerId) : name;
}

namespace {

// Text output only: the rule as people read it, in the UI language (JSON and CSV keep the wire name).
QString marginText(const cc::PriceMargin &m)
{
    return QStringLiteral("%1 % %2").arg(QLocale().toString(m.value, 'f', 2), cc::marginRuleDisplayName(m.rule));
}

QJsonObject instanceJson(const cc::ProviderInstance &i)
{
    QJsonObject o;
    o.insert(u"id", uuid(i.id));
    o.insert(u"alias", i.alias);
    o.insert(u"provider", i.providerName);
    o.insert(u"microsoft", i.isMicrosoft());
    QJsonArray offers;
    for (auto t : i.offerTypes)
        offers.append(cc::offerTypeName(t));
    o.insert(u"offerTypes", offers);
    o.insert(u"supportedCountries", QJsonArray::fromStringList(i.supportedCountries));
    return o;
}

const char *const csvHeader =
    "id,companyName,domain,internalIdentifier,country,city,email,resellerId,isDeleted,providerInstances";

} // namespace

// Through the one CSV writer: a cell a spreadsheet would run as a formula is written as text.
QString csvField(const QString &value)
{
    return cc::csv::field(value);
}

namespace {

// Both write into memory sized beforehand (no growth check per byte) and return the end.
char *writeUuid(char *p, const QUuid &id)
{
    static constexpr char digits[] = "0123456789abcdef";
    const quint8 bytes[16] = {quint8(id.data1 >> 24),
                              quint8(id.data1 >> 16),
                              quint8(id.data1 >> 8),
                              quint8(id.data1),
                              quint8(id.data2 >> 8),
                              quint8(id.data2),
                              quint8(id.data3 >> 8),
                              quint8(id.data3),
                              id.data4[0],
                              id.data4[1],
                              id.data4[2],
                              id.data4[3],
                              id.data4[4],
                              id.data4[5],
                              id.data4[6],
                              id.data4[7]};
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            *p++ = '-';
        *p++ = digits[bytes[i] >> 4];
        *p++ = digits[bytes[i] & 15];
    }
    return p;
}

} // namespace

void CustomerListPrinter::add(const QList<cc::CustomerSummary> &customers)
{
    using F = cc::CustomerSummary::Field;
    static constexpr F csvFields[] = {F::CompanyName, F::Domain, F::InternalIdentifier, F::Country, F::City, F::Email};
    if (m_format == Format::Csv) {
        // Straight from the UTF-8 the server sent to stdout: no QString on the way, no allocation
        // a row.
        // A row is at most two UUIDs, nine commas, ",false", ten digits, a newline and its six
        // fields, each doubled, quoted and (formula-looking) with a ' before it.
        qsizetype bound = 0;
        for (const cc::CustomerSummary &c : customers) {
            bound += 2 * 36 + 9 + 6 + 10 + 1 + 6 * 3;
            for (const F f : csvFields)
                bound += 2 * c.utf8(f).size();
        }
        QByteArray out(bound, Qt::Uninitialized);
        char *p = out.data();
        for (const cc::CustomerSummary &c : customers) {
            p = writeUuid(p, c.id);
            for (const F f : csvFields) {
                *p++ = ',';
                p = cc::csv::appendField(p, c.utf8(f));
            }
            *p++ = ',';
            if (!c.resellerId.isNull())
                p = writeUuid(p, c.resellerId);
            const QByteArrayView deleted = c.isDeleted ? ",true," : ",false,";
            std::memcpy(p, deleted.data(), size_t(deleted.size()));
            p += deleted.size();
            p = std::to_chars(p, out.data() + out.size(), unsigned(c.providerCount)).ptr;
            *p++ = '\n';
        }
        out.truncate(p - out.data());
        m_out.flush();
        if (QIODevice *device = m_out.device())
            device->write(out);
        else
            m_out << QString::fromUtf8(out);
    } else {
        for (const cc::CustomerSummary &c : customers) {
            if (m_format == Format::Text)
                m_out << fit(uuid(c.id), 37) << fit(c.field(F::CompanyName), 40) << fit(c.field(F::Domain), 42)
                      << fit(c.field(F::InternalIdentifier), 16) << fit(c.field(F::Country), 8)
                      << fit(resellerText(c.resellerId, m_resellers), 28)
                      << (c.isDeleted ? QCoreApplication::translate("ccadmin", "yes") : QString()) << '\n';
        }
    }
    m_first = m_first && customers.isEmpty();
    m_printed += int(customers.size());
    m_out.flush();
}

void CustomerListPrinter::begin()
{
    switch (m_format) {
    case Format::Json: m_out << '['; break;
    case Format::Csv: m_out << csvHeader << '\n'; break;
    case Format::Text:
        m_out << fit(QCoreApplication::translate("ccadmin", "ID"), 37)
              << fit(QCoreApplication::translate("ccadmin", "Company"), 40)
              << fit(QCoreApplication::translate("ccadmin", "Domain"), 42)
              << fit(QCoreApplication::translate("ccadmin", "Internal ID"), 16)
              << fit(QCoreApplication::translate("ccadmin", "Country"), 8)
              << fit(QCoreApplication::translate("ccadmin", "Reseller"), 28) << QCoreApplication::translate("ccadmin", "Deleted")
              << '\n';
        break;
    }
}

void CustomerListPrinter::add(const QList<cc::Customer> &customers)
{
    for (const cc::Customer &c : customers) {
        switch (m_format) {
        case Format::Json:
            m_out << (m_first ? "\n" : ",\n") << QJsonDocument(cc::json::toJson(c)).toJson(QJsonDocument::Compact);
            break;
        case Format::Csv:
            m_out << uuid(c.id) << ',' << csvField(c.companyName) << ',' << csvField(c.domain) << ','
                  << csvField(c.internalIdentifier) << ',' << csvField(c.country) << ',' << csvField(c.city) << ','
                  << csvField(c.email) << ',' << uuid(c.resellerId) << ',' << (c.isDeleted ? "true" : "false") << ','
                  << c.providerCustomers.size() << '\n';
            break;
        case Format::Text:
            m_out << fit(uuid(c.id), 37) << fit(c.companyName, 40) << fit(c.domain, 42) << fit(c.internalIdentifier, 16)
                  << fit(c.country, 8) << fit(resellerText(c.resellerId, m_resellers), 28)
                  << (c.isDeleted ? QCoreApplication::translate("ccadmin", "yes") : QString()) << '\n';
            break;
        }
        m_first = false;
        ++m_printed;
    }
    m_out.flush();
}

void CustomerListPrinter::end(int totalCount)
{
    switch (m_format) {
    case Format::Json: m_out << (m_first ? "]\n" : "\n]\n"); break;
    case Format::Csv: break;
    case Format::Text:
        m_out << QCoreApplication::translate("ccadmin", "%1 of %2 customer(s)")
                     .arg(QLocale().toString(m_printed), QLocale().toString(totalCount))
              << '\n';
        break;
    }
    m_out.flush();
}

void printCustomer(QTextStream &out, Format format, const cc::Customer &c, const QList<cc::ProviderInstance> &instances,
                   const ResellerNames &resellers)
{
    if (format == Format::Json) {
        out << QJsonDocument(cc::json::toJson(c)).toJson(QJsonDocument::Indented);
        return;
    }
    if (format == Format::Csv) {
        out << csvHeader << '\n';
        CustomerListPrinter p(out, Format::Csv);
        p.add({c});
        return;
    }
    auto line = [&](const char *label, const QString &value) {
        out << fit(QCoreApplication::translate("ccadmin", label) + u':', 22) << terminalSafe(value) << '\n';
    };
    line(QT_TRANSLATE_NOOP("ccadmin", "ID"), uuid(c.id));
    line(QT_TRANSLATE_NOOP("ccadmin", "Company"), c.companyName);
    line(QT_TRANSLATE_NOOP("ccadmin", "Domain"), c.domain);
    line(QT_TRANSLATE_NOOP("ccadmin", "Internal identifier"), c.internalIdentifier);
    line(QT_TRANSLATE_NOOP("ccadmin", "Tax ID"), c.taxId);
    line(QT_TRANSLATE_NOOP("ccadmin", "Address"),
         QStringList{c.addressLine1, c.addressLine2}.join(QStringLiteral(" ")).trimmed());
    line(QT_TRANSLATE_NOOP("ccadmin", "City"), QStringLiteral("%1 %2, %3").arg(c.zip, c.city, c.country));
    line(QT_TRANSLATE_NOOP("ccadmin", "Contact"), QStringList{c.firstName, c.middleName, c.lastName}.join(u' ').simplified());
    line(QT_TRANSLATE_NOOP("ccadmin", "Email"), c.email);
    line(QT_TRANSLATE_NOOP("ccadmin", "Phone"), c.phone);
    line(QT_TRANSLATE_NOOP("ccadmin", "Reseller"), resellerText(c.resellerId, resellers));
    line(QT_TRANSLATE_NOOP("ccadmin", "Deleted"),
         c.isDeleted ? QCoreApplication::translate("ccadmin", "yes") : QCoreApplication::translate("ccadmin", "no"));
    if (c.createdDate.isValid())
        line(QT_TRANSLATE_NOOP("ccadmin", "Created"), cc::i18n::formatDateTime(c.createdDate));
    for (const cc::ProviderCustomer &pc : c.providerCustomers) {
        QString name = uuid(pc.providerInstanceId);
        for (const auto &i : instances)
            if (i.id == pc.providerInstanceId)
                name = i.displayName();
        out << '\n' << QCoreApplication::translate("ccadmin", "Provider instance %1").arg(terminalSafe(name)) << '\n';
        line(QT_TRANSLATE_NOOP("ccadmin", "  Customer ID"), pc.providerCustomerId);
        line(QT_TRANSLATE_NOOP("ccadmin", "  Margin"),
             pc.margin ? marginText(*pc.margin) : QCoreApplication::translate("ccadmin", "none"));
        for (const auto &m : pc.offerTypeMargins)
            out << fit(QStringLiteral("  ") + cc::offerTypeDisplayName(m.offerType) + u':', 22) << marginText(m.margin) << '\n';
    }
}

void printProviderInstances(QTextStream &out, Format format, const QList<cc::ProviderInstance> &instances)
{
    if (format == Format::Json) {
        QJsonArray list;
        for (const auto &i : instances)
            list.append(instanceJson(i));
        out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return;
    }
    if (format == Format::Csv) {
        out << "id,alias,provider,microsoft,offerTypes\n";
        for (const auto &i : instances) {
            QStringList offers;
            for (auto t : i.offerTypes)
                offers << cc::offerTypeName(t);
            out << uuid(i.id) << ',' << csvField(i.alias) << ',' << csvField(i.providerName) << ','
                << (i.isMicrosoft() ? "true" : "false") << ',' << csvField(offers.join(u' ')) << '\n';
        }
        return;
    }
    for (const auto &i : instances) {
        QStringList offers;
        for (auto t : i.offerTypes)
            offers << cc::offerTypeDisplayName(t);
        out << fit(uuid(i.id), 37) << fit(i.displayName(), 32) << fit(i.providerName, 12) << offers.join(QStringLiteral(", "))
            << '\n';
    }
}

} // namespace ccadmin
