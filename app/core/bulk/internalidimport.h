#pragma once

// A bulk update of internal identifiers from a spreadsheet, planned before anything is sent: the
// columns mapped, every row checked against the customer list read once, and the diff. Shared by
// `ccadmin internal-id import` and the window's import dialog (through models/).

#include "csv.h"

#include <core/domain/types.h>

#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace cc::bulk {

// Which column names the customer.
enum class KeyKind
{
    CustomerId,
    InternalIdentifier,
    Domain
};

struct ColumnMapping
{
    int key = -1; // column index; -1: none
    KeyKind keyKind = KeyKind::CustomerId;
    int newValue = -1;
    int reseller = -1; // optional: the reseller whose relationship to change
    bool isComplete() const;
};

// Recognised header names, compared without case, spaces, '_', '-' and '.': key "customer id",
// "id", "customer"; "internal identifier", "internal id", "current internal identifier", "old";
// "domain"; new "new internal identifier", "new internal id", "new identifier", "new"; "reseller",
// "reseller id". With several key columns the customer ID wins, then the identifier, then the domain.
ColumnMapping guessMapping(const QStringList &header);

// What the checks know of a customer: the list as the caller sees it (its own relationship's
// identifier), read once.
struct KnownCustomer
{
    QUuid id;
    QUuid resellerId;
    QString companyName;
    QString domain;
    QString internalIdentifier;
    bool isDeleted = false;
    static KnownCustomer fromSummary(const CustomerSummary &s);
};

enum class Change
{
    Unchanged,
    Changed,
    Cleared
};

struct PlanRow
{
    int row = 0; // the file's row (the header is row 1)
    QUuid customerId;
    QUuid resellerId; // null: the caller's own relationship
    QString company;
    QString oldValue;
    QString newValue; // trimmed; empty: clear
    Change change = Change::Unchanged;
    // Rows (indexes into Plan::rows) that must be applied first: they free the value this row sets.
    QList<int> after;
};

struct Problem
{
    int row = 0;
    QString column; // the file's header name of the column
    QString message;
    QString text() const; // "ROW n, COLUMN: message"
};

struct Plan
{
    QStringList header;
    ColumnMapping mapping;
    QList<PlanRow> rows;        // one per data row that names a customer, in file order
    QList<Problem> problems;    // in row order; with any, nothing is sent
    QList<Problem> rowProblems; // parse()'s part of them: those of each row alone
    int unchanged = 0;
    int changed = 0;
    int cleared = 0;
    // Rows of another relationship than the caller's own (a reseller column) whose old value the
    // list does not show: the caller reads each customer as that relationship (GET), sets oldValue
    // and calls finish() again.
    QList<int> needOldValue;
    int toSend() const { return changed + cleared; }
};

// Maps and checks each row: the key names exactly one customer the list has (not deleted), the new
// value is at most 255 characters once trimmed and holds no control character, the reseller is a
// UUID and the customer's reseller. Then finish() compares across rows.
Plan parse(const csv::Table &table, const ColumnMapping &mapping, const QList<KnownCustomer> &customers);
// The diff and the checks across rows: no two rows give one customer two values or two customers
// one value (without case, as the server compares them), and a value another customer holds is a
// problem unless that customer's row frees it (then this row is sent after that one). Values that
// would have to move in a circle (a swap) are a problem too: the server refuses a value another
// customer still holds at every step.
void finish(Plan &plan, const QList<KnownCustomer> &customers);

// The results file: one line per row of the plan. Its columns, in this order, are also its header.
enum class Outcome
{
    Pending,           // not finished yet
    Changed,           // the server answered 2xx
    Unchanged,         // the value was already the new one: nothing sent
    Rejected,          // the server answered with an error: not applied
    CheckedChanged,    // the answer was lost; reading back shows the new value
    CheckedNotChanged, // the answer was lost; reading back shows the change was not made
    Unknown,           // the answer was lost and reading back failed too
    NotSent,           // stopped (Ctrl+C, Cancel) or a row it waited for was not applied
};
QString outcomeName(Outcome outcome); // the results file's word: "changed", "checked-changed", …
std::optional<Outcome> outcomeFromName(QStringView name);
bool isDone(Outcome outcome); // changed, checked-changed, unchanged: nothing left to do for the row
// Translated, for the window.
QString outcomeDisplayName(Outcome outcome);

struct RowResult
{
    Outcome outcome = Outcome::Pending;
    int httpStatus = 0;
    QString correlationId; // the write's
    QString message;
};

QStringList resultsHeader(); // row, customerId, company, old, new, outcome, httpStatus, correlationId, message
QStringList resultsLine(const PlanRow &row, const RowResult &result);

// Rows a results file shows as done, by (row, customer ID): what --resume skips.
struct DoneRows
{
    QHash<QPair<int, QUuid>, RowResult> rows;
    QString error; // empty: read
};
DoneRows readDoneRows(const QString &path);

} // namespace cc::bulk
