#pragma once

// Printing of results in text, JSON or CSV. Lists stream: a page is printed as soon as it arrives.

#include <core/domain/types.h>

#include <QTextStream>

namespace ccadmin {

enum class Format { Text, Json, Csv };

class CustomerListPrinter
{
public:
    CustomerListPrinter(QTextStream &out, Format format) : m_out(out), m_format(format) {}
    // Json prints whole customers; text and csv only what a summary holds (the list's fast path).
    bool wantsWholeCustomers() const { return m_format == Format::Json; }
    void begin();
    void add(const QList<cc::Customer> &customers);
    void add(const QList<cc::CustomerSummary> &customers);
    void end(int totalCount);

private:
    QTextStream &m_out;
    Format m_format;
    bool m_first = true;
    int m_printed = 0;
};

void printCustomer(QTextStream &out, Format format, const cc::Customer &customer,
                   const QList<cc::ProviderInstance> &instances);
void printProviderInstances(QTextStream &out, Format format, const QList<cc::ProviderInstance> &instances);
QString csvField(const QString &value);

} // namespace ccadmin
