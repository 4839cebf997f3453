#pragma once

// CSV as spreadsheets write and read it (RFC 4180 and what Excel and LibreOffice do beyond it):
// comma or semicolon, UTF-8 with or without a BOM, quoted fields with doubled quotes and line
// breaks inside, CRLF or LF. Neither Qt nor a well-kept Debian library offers a reader that tells
// the spreadsheet row of a problem and caps what it reads (libcsv's last release was 2013 and
// knows no BOM; fast-cpp-csv-parser takes no line break inside a field), so this is ours: two
// small functions, fuzzed (tests/fuzz).
//
// Every CSV the programs write goes through field() / appendField(): a cell that a spreadsheet
// would run as a formula (it starts with =, +, -, @, tab or carriage return) is written as text,
// as OWASP advises against CSV injection: a ' before it, the whole cell quoted. What the cell
// holds is then not byte for byte the value; JSON output is the lossless form.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace cc::csv {

struct Record
{
    int row = 0; // 1-based, as a spreadsheet numbers it: the header is row 1
    QStringList fields;
};

struct Table
{
    char delimiter = ',';
    QList<Record> records; // the header first; blank lines left out
};

struct ReadError
{
    int row = 0; // the record where reading stopped; 0: the file as a whole
    QString message;
};

// The most a table read holds: a file of 2,000 rows is about 100 KiB; these are a thousand times that.
inline constexpr qsizetype MaxBytes = 64 * 1024 * 1024;
inline constexpr int MaxRecords = 1000000;
inline constexpr int MaxFields = 1000;

// Reads a whole table. The delimiter is the one of ',' and ';' that the header line (outside
// quotes) holds more of; a comma when neither. Refuses, naming the row: text that is not UTF-8, a
// quote that is never closed, text after a closing quote, more than MaxRecords records or
// MaxFields fields, more than maxBytes. A delimiter of ',' or ';' is taken as given instead.
struct ReadResult
{
    Table table;
    ReadError error; // message empty: read
    bool ok() const { return error.message.isEmpty(); }
};
ReadResult read(QByteArrayView data, qsizetype maxBytes = MaxBytes, char delimiter = 0);
// The same from a file; a file larger than maxBytes is refused before it is read whole.
ReadResult readFile(const QString &path, qsizetype maxBytes = MaxBytes);

// True when a spreadsheet would take a cell starting like this as a formula.
bool looksLikeFormula(QStringView value);

// One cell, quoted when it must be, formula-looking cells as text (see above).
QString field(const QString &value, char delimiter = ',');
// A whole line, fields joined by the delimiter, ending in LF as the rest of ccadmin's CSV does
// (spreadsheets read both).
QString line(const QStringList &fields, char delimiter = ',');

// The same for UTF-8 straight into memory sized beforehand: writes at most
// maxFieldBytes(utf8.size()) bytes at p and returns the end.
inline constexpr qsizetype maxFieldBytes(qsizetype utf8Size)
{
    return 2 * utf8Size + 3;
}
char *appendField(char *p, QByteArrayView utf8);

} // namespace cc::csv
