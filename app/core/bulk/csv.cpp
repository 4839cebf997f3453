#include "csv.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QStringDecoder>

#include <cstring>

namespace cc::csv {

namespace {

// Counts ',' and ';' outside quotes in the header line, with the reader's own rule for quotes: only
// one at the start of a field opens a quoted field.
char guessDelimiter(QByteArrayView data)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    bool fieldStart = true;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data[i];
        if (quoted) {
            if (c == '"' && i + 1 < data.size() && data[i + 1] == '"')
                ++i;
            else if (c == '"')
                quoted = false;
            continue;
        }
        if (c == '\n' || c == '\r')
            break;
        if (c == '"' && fieldStart) {
            quoted = true;
            fieldStart = false;
        } else if (c == ',' || c == ';') {
            ++(c == ',' ? commas : semicolons);
            fieldStart = true;
        } else {
            fieldStart = false;
        }
    }
    return semicolons > commas ? ';' : ',';
}

bool isBlank(const QList<QByteArray> &fields)
{
    return fields.size() == 1 && fields.front().isEmpty();
}

} // namespace

ReadResult read(QByteArrayView data, qsizetype maxBytes, char delimiter)
{
    ReadResult result;
    if (data.size() > maxBytes) {
        result.error = {0, QCoreApplication::translate("cc::csv", "The file is larger than %1, the most that is read.")
                               .arg(QLocale().formattedDataSize(maxBytes, 0))};
        return result;
    }
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    if (delimiter != ',' && delimiter != ';')
        delimiter = guessDelimiter(data);
    result.table.delimiter = delimiter;

    // Split into fields of raw bytes first; each field is decoded as UTF-8 once, so that a row
    // with broken text is named.
    QList<QByteArray> fields;
    QByteArray current;
    int row = 1;
    int recordRow = 1;
    bool quoted = false;     // inside a quoted field
    bool afterQuote = false; // a quoted field just closed: only a delimiter or a line end may follow
    bool fieldQuoted = false;
    auto fail = [&](int at, const QString &message) {
        result.error = {at, message};
        result.table.records.clear();
        return result;
    };
    auto endRecord = [&]() -> bool {
        fields.append(current);
        current.clear();
        if (!isBlank(fields)) {
            if (result.table.records.size() >= MaxRecords)
                return false;
            Record r;
            r.row = recordRow;
            r.fields.reserve(fields.size());
            for (const QByteArray &f : std::as_const(fields)) {
                QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
                QString text = decode(f);
                if (decode.hasError()) {
                    result.error = {recordRow, QCoreApplication::translate(
                                                   "cc::csv", "The text is not UTF-8; save the file as \"CSV UTF-8\".")};
                    return false;
                }
                r.fields.append(std::move(text));
            }
            result.table.records.append(std::move(r));
        }
        // A blank line is a row in a spreadsheet too: the numbers stay the ones it shows.
        ++row;
        fields.clear();
        recordRow = row;
        fieldQuoted = false;
        afterQuote = false;
        return true;
    };

    const char *p = data.data();
    const char *const end = p + data.size();
    while (p != end) {
        const char c = *p++;
        if (quoted) {
            if (c == '"') {
                if (p != end && *p == '"') {
                    current += '"';
                    ++p;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                current += c;
            }
            continue;
        }
        if (c == delimiter) {
            fields.append(current);
            current.clear();
            if (fields.size() >= MaxFields)
                return fail(recordRow, QCoreApplication::translate("cc::csv", "More than %1 columns.").arg(MaxFields));
            afterQuote = false;
            fieldQuoted = false;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && p != end && *p == '\n')
                ++p;
            if (!endRecord()) {
                if (result.error.message.isEmpty())
                    return fail(recordRow,
                                QCoreApplication::translate("cc::csv", "More than %1 rows.").arg(QLocale().toString(MaxRecords)));
                return fail(result.error.row, result.error.message);
            }
        } else if (afterQuote) {
            return fail(recordRow,
                        QCoreApplication::translate(
                            "cc::csv", "Text after a closing quote; a quote inside a quoted field is written twice (\"\")."));
        } else if (c == '"' && current.isEmpty() && !fieldQuoted) {
            quoted = true;
            fieldQuoted = true;
        } else {
            // A quote inside an unquoted field is kept as it is, as spreadsheets do.
            current += c;
        }
    }
    if (quoted)
        return fail(recordRow, QCoreApplication::translate("cc::csv", "A quote opened in this row is never closed."));
    if (!current.isEmpty() || !fields.isEmpty() || fieldQuoted) {
        if (!endRecord()) {
            if (result.error.message.isEmpty())
                return fail(recordRow,
                            QCoreApplication::translate("cc::csv", "More than %1 rows.").arg(QLocale().toString(MaxRecords)));
            return fail(result.error.row, result.error.message);
        }
    }
    return result;
}

ReadResult readFile(const QString &path, qsizetype maxBytes)
{
    ReadResult result;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        result.error = {0, QCoreApplication::translate("cc::csv", "Cannot read %1: %2").arg(path, f.errorString())};
        return result;
    }
    // read(max + 1): a device that never ends (/dev/zero) or a huge file is refused, not read whole.
    const QByteArray data = f.read(maxBytes + 1);
    if (f.error() != QFileDevice::NoError) {
        result.error = {0, QCoreApplication::translate("cc::csv", "Cannot read %1: %2").arg(path, f.errorString())};
        return result;
    }
    return read(data, maxBytes);
}

bool looksLikeFormula(QStringView value)
{
    if (value.isEmpty())
        return false;
    const QChar c = value.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

QString field(const QString &value, char delimiter)
{
    const bool formula = looksLikeFormula(value);
    // Both separators are quoted whatever the delimiter, so that a reader guessing it from the
    // header (ours, a spreadsheet's) cannot guess wrong.
    if (!formula && !value.contains(QLatin1Char(delimiter)) && !value.contains(u',') && !value.contains(u';') &&
        !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString v = value;
    v.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    if (formula)
        return QStringLiteral("\"'") + v + u'"';
    return u'"' + v + u'"';
}

QString line(const QStringList &fields, char delimiter)
{
    QString out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(delimiter);
        out += field(fields.at(i), delimiter);
    }
    out += u'\n';
    return out;
}

char *appendField(char *p, QByteArrayView utf8)
{
    const char *begin = utf8.data();
    const char *end = begin + utf8.size();
    const bool formula =
        begin != end && (*begin == '=' || *begin == '+' || *begin == '-' || *begin == '@' || *begin == '\t' || *begin == '\r');
    bool quote = formula;
    for (const char *c = begin; c != end && !quote; ++c)
        quote = *c == ',' || *c == ';' || *c == '"' || *c == '\n' || *c == '\r';
    if (!quote) {
        if (begin != end)
            std::memcpy(p, begin, size_t(end - begin));
        return p + (end - begin);
    }
    *p++ = '"';
    if (formula)
        *p++ = '\'';
    for (const char *c = begin; c != end; ++c) {
        if (*c == '"')
            *p++ = '"';
        *p++ = *c;
    }
    *p++ = '"';
    return p;
}

} // namespace cc::csv
