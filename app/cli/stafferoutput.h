#pragma once

// Printing of the staffer's commands (#17) in text, JSON or CSV: resellers and Microsoft Customer
// Agreement status. Text names statuses as the portal does, in the UI language; JSON and CSV keep
// the wire names.

#include "output.h"

namespace ccadmin {

void printResellers(QTextStream &out, Format format, const QList<cc::Reseller> &resellers);

// Streams: a page is printed as soon as it arrives.
class McaListPrinter
{
public:
    McaListPrinter(QTextStream &out, Format format)
        : m_out(out)
        , m_format(format)
    {}
    void begin();
    void add(const QList<cc::McaItem> &items);
    void end(int totalCount);

private:
    QTextStream &m_out;
    Format m_format;
    bool m_first = true;
    int m_printed = 0;
};

void printMca(QTextStream &out, Format format, const cc::McaItem &item);

} // namespace ccadmin
