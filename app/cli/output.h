#pragma once

// Printing of results in text, JSON or CSV. Lists stream: a page is printed as soon as it arrives.

#include <core/domain/types.h>

#include <QHash>
#include <QTextStream>

namespace ccadmin {

enum class Format
{
    Text,
    Json,
    Csv
};

// Reseller ID -> company name, for text output (empty: IDs are shown).
using ResellerNames = QHash<QUuid, QString>;
// What text output shows for a customer's reseller: its name, its ID when the name is not known,
// "direct" for none.
QString resellerText(const QUuid &resellerId, const ResellerNames &names);
// A column `width` wide whose last character is always a space; longer text ends in an ellipsis.
// Sanitised for the terminal.
QString fit(const QString &text, int width);

class CustomerListPrinter
{
public:
    CustomerListPrinter(QTextStream &out, Format format)
        : m_out(out)
        , m_format(format)
    {}
    // Json prints whole customers; text and csv only what a summary holds (the list's fast path).
    bool wantsWholeCustomers() const { return m_format == Format::Json; }
    void setResellerNames(ResellerNames names) { m_resellers = std::move(names); }
    void begin();
    void add(const QList<cc::Customer> &customers);
    void add(const QList<cc::CustomerSummary> &customers);
    void end(int totalCount);

private:
    QTextStream &m_out;
    Format m_format;
    bool m_first = true;
    int m_printed = 0;
    ResellerNames m_resellers;
};

void printCustomer(QTextStream &out, Format format, const cc::Customer &customer, const QList<cc::ProviderInstance> &instances,
                   const ResellerNames &resellers = {});
void printProviderInstances(QTextStream &out, Format format, const QList<cc::ProviderInstance> &instances);
QString csvField(const QString &value);

} // namespace ccadmin
