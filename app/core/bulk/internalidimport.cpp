#include "internalidimport.h"

#include <core/domain/validation.h>

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace cc::bulk {

namespace {

QString normalisedName(const QString &name)
{
    QString out;
    for (QChar c : name)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

// What the server compares identifiers by.
QString folded(const QString &value)
{
    return value.toCaseFolded();
}

bool hasControl(const QString &value)
{
    for (QChar c : value)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    return false;
}

} // namespace

bool ColumnMapping::isComplete() const
{
    return key >= 0 && newValue >= 0 && key != newValue && reseller != key && reseller != newValue;
}

ColumnMapping guessMapping(const QStringList &header)
{
    static const QStringList ids = {u"customerid"_s, u"id"_s, u"customer"_s, u"customeruuid"_s};
    static const QStringList identifiers = {u"internalidentifier"_s,
                                            u"internalid"_s,
                                            u"currentinternalidentifier"_s,
                                            u"currentinternalid"_s,
                                            u"oldinternalidentifier"_s,
                                            u"oldinternalid"_s,
                                            u"currentidentifier"_s,
                                            u"oldidentifier"_s,
                                            u"old"_s,
                                            u"current"_s};
    static const QStringList domains = {u"domain"_s, u"customerdomain"_s};
    static const QStringList news = {u"newinternalidentifier"_s, u"newinternalid"_s, u"newidentifier"_s, u"new"_s, u"newvalue"_s};
    static const QStringList resellers = {u"reseller"_s, u"resellerid"_s};
    ColumnMapping m;
    int id = -1, identifier = -1, domain = -1;
    for (int i = 0; i < header.size(); ++i) {
        const QString n = normalisedName(header.at(i));
        if (ids.contains(n) && id < 0)
            id = i;
        else if (identifiers.contains(n) && identifier < 0)
            identifier = i;
        else if (domains.contains(n) && domain < 0)
            domain = i;
        else if (news.contains(n) && m.newValue < 0)
            m.newValue = i;
        else if (resellers.contains(n) && m.reseller < 0)
            m.reseller = i;
    }
    if (id >= 0) {
        m.key = id;
        m.keyKind = KeyKind::CustomerId;
    } else if (identifier >= 0) {
        m.key = identifier;
        m.keyKind = KeyKind::InternalIdentifier;
    } else if (domain >= 0) {
        m.key = domain;
        m.keyKind = KeyKind::Domain;
    }
    return m;
}

KnownCustomer KnownCustomer::fromSummary(const CustomerSummary &s)
{
    KnownCustomer c;
    c.id = s.id;
    c.resellerId = s.resellerId;
    c.companyName = s.field(CustomerSummary::CompanyName);
    c.domain = s.field(CustomerSummary::Domain);
    c.internalIdentifier = s.field(CustomerSummary::InternalIdentifier);
    c.isDeleted = s.isDeleted;
    return c;
}

QString Problem::text() const
{
    // The prefix is a fixed form that scripts read: not translated.
    return QStringLiteral("ROW %1, %2: %3").arg(row).arg(column, message);
}

Plan parse(const csv::Table &table, const ColumnMapping &mapping, const QList<KnownCustomer> &customers)
{
    Plan plan;
    plan.mapping = mapping;
    if (table.records.isEmpty())
        return plan;
    plan.header = table.records.front().fields;
    const QString keyColumn = plan.header.value(mapping.key);
    const QString newColumn = plan.header.value(mapping.newValue);
    const QString resellerColumn = plan.header.value(mapping.reseller);

    QHash<QUuid, int> byId;
    QHash<QString, QList<int>> byKey; // folded identifier or domain
    byId.reserve(customers.size());
    for (int i = 0; i < customers.size(); ++i) {
        const KnownCustomer &c = customers.at(i);
        byId.insert(c.id, i);
        if (mapping.keyKind == KeyKind::InternalIdentifier && !c.internalIdentifier.isEmpty())
            byKey[folded(c.internalIdentifier)].append(i);
        else if (mapping.keyKind == KeyKind::Domain && !c.domain.isEmpty())
            byKey[c.domain.toLower()].append(i);
    }

    for (qsizetype r = 1; r < table.records.size(); ++r) {
        const csv::Record &record = table.records.at(r);
        auto problem = [&](const QString &column, const QString &message) {
            plan.rowProblems.append({record.row, column, message});
        };
        if (record.fields.size() != plan.header.size()) {
            problem(keyColumn, QCoreApplication::translate("cc::bulk", "this row has %1 columns, the header %2.")
                                   .arg(record.fields.size())
                                   .arg(plan.header.size()));
            continue;
        }
        const QString key = record.fields.value(mapping.key).trimmed();
        int found = -1;
        if (key.isEmpty()) {
            problem(keyColumn, QCoreApplication::translate("cc::bulk", "empty: which customer is this row for?"));
        } else if (mapping.keyKind == KeyKind::CustomerId) {
            if (!validation::isUuid(key))
                problem(keyColumn, QCoreApplication::translate("cc::bulk", "'%1' is not a customer ID.").arg(key));
            else if ((found = byId.value(QUuid::fromString(key), -1)) < 0)
                problem(keyColumn, QCoreApplication::translate("cc::bulk", "no customer has the ID %1.").arg(key));
        } else {
            const QList<int> matches = byKey.value(mapping.keyKind == KeyKind::Domain ? key.toLower() : folded(key));
            if (matches.isEmpty())
                problem(keyColumn,
                        mapping.keyKind == KeyKind::Domain
                            ? QCoreApplication::translate("cc::bulk", "no customer has the domain '%1'.").arg(key)
                            : QCoreApplication::translate("cc::bulk", "no customer has the internal identifier '%1'.").arg(key));
            else if (matches.size() > 1)
                problem(keyColumn, QCoreApplication::translate("cc::bulk", "%1 customers match '%2'; use the customer ID.")
                                       .arg(matches.size())
                                       .arg(key));
            else
                found = matches.front();
        }
        if (found >= 0 && customers.at(found).isDeleted) {
            problem(keyColumn, QCoreApplication::translate("cc::bulk", "%1 is deleted.").arg(customers.at(found).companyName));
            found = -1;
        }

        const QString value = record.fields.value(mapping.newValue).trimmed();
        bool valueOk = true;
        if (value.size() > validation::MaxInternalIdentifierLength) {
            problem(newColumn, QCoreApplication::translate("cc::bulk", "%1 characters; at most %2.")
                                   .arg(value.size())
                                   .arg(validation::MaxInternalIdentifierLength));
            valueOk = false;
        } else if (hasControl(value)) {
            problem(newColumn,
                    QCoreApplication::translate("cc::bulk", "holds a line break, a tab or another control character."));
            valueOk = false;
        }

        QUuid reseller;
        if (mapping.reseller >= 0) {
            const QString text = record.fields.value(mapping.reseller).trimmed();
            if (!text.isEmpty()) {
                if (!validation::isUuid(text)) {
                    problem(resellerColumn, QCoreApplication::translate("cc::bulk", "'%1' is not a reseller ID.").arg(text));
                    valueOk = false;
                } else {
                    reseller = QUuid::fromString(text);
                    if (found >= 0 && customers.at(found).resellerId != reseller) {
                        problem(resellerColumn, QCoreApplication::translate("cc::bulk", "%1 is not a customer of this reseller.")
                                                    .arg(customers.at(found).companyName));
                        valueOk = false;
                    }
                }
            }
        }
        if (found < 0 || !valueOk)
            continue;
        const KnownCustomer &c = customers.at(found);
        PlanRow row;
        row.row = record.row;
        row.customerId = c.id;
        row.resellerId = reseller;
        row.company = c.companyName;
        row.oldValue = c.internalIdentifier;
        row.newValue = value;
        if (!reseller.isNull())
            plan.needOldValue.append(int(plan.rows.size()));
        plan.rows.append(row);
    }
    finish(plan, customers);
    return plan;
}

void finish(Plan &plan, const QList<KnownCustomer> &customers)
{
    const QString newColumn = plan.header.value(plan.mapping.newValue);
    const QString keyColumn = plan.header.value(plan.mapping.key);
    // Problems of the rows themselves stay; those across rows are made again.
    QList<Problem> across;
    auto problem = [&](int row, const QString &column, const QString &message) { across.append({row, column, message}); };

    plan.unchanged = plan.changed = plan.cleared = 0;
    using Relationship = QUuid;
    QHash<QPair<Relationship, QUuid>, int> rowOfCustomer;
    QHash<QPair<Relationship, QString>, int> rowOfValue;
    for (int i = 0; i < plan.rows.size(); ++i) {
        PlanRow &r = plan.rows[i];
        r.after.clear();
        r.change = r.newValue == r.oldValue ? Change::Unchanged : r.newValue.isEmpty() ? Change::Cleared : Change::Changed;
        const auto customerKey = qMakePair(r.resellerId, r.customerId);
        if (const int other = rowOfCustomer.value(customerKey, -1); other >= 0) {
            const PlanRow &o = plan.rows.at(other);
            problem(r.row, keyColumn,
                    o.newValue == r.newValue
                        ? QCoreApplication::translate("cc::bulk", "row %1 already names this customer (%2).")
                              .arg(o.row)
                              .arg(r.company)
                        : QCoreApplication::translate("cc::bulk", "row %1 gives this customer (%2) another value, '%3'.")
                              .arg(o.row)
                              .arg(r.company, o.newValue));
            continue;
        }
        rowOfCustomer.insert(customerKey, i);
        if (!r.newValue.isEmpty()) {
            const auto valueKey = qMakePair(r.resellerId, folded(r.newValue));
            if (const int other = rowOfValue.value(valueKey, -1); other >= 0) {
                problem(r.row, newColumn,
                        QCoreApplication::translate("cc::bulk", "row %1 gives '%2' to another customer (%3).")
                            .arg(plan.rows.at(other).row)
                            .arg(r.newValue, plan.rows.at(other).company));
                continue;
            }
            rowOfValue.insert(valueKey, i);
        }
    }

    // Who holds each value now, in the caller's own relationship (the list shows only that one).
    QHash<QString, int> holder;
    for (int i = 0; i < customers.size(); ++i)
        if (!customers.at(i).internalIdentifier.isEmpty())
            holder.insert(folded(customers.at(i).internalIdentifier), i);
    QHash<QUuid, int> rowOfOwnCustomer;
    for (int i = 0; i < plan.rows.size(); ++i)
        if (plan.rows.at(i).resellerId.isNull())
            rowOfOwnCustomer.insert(plan.rows.at(i).customerId, i);
    for (int i = 0; i < plan.rows.size(); ++i) {
        PlanRow &r = plan.rows[i];
        if (r.change != Change::Changed || !r.resellerId.isNull())
            continue;
        const int h = holder.value(folded(r.newValue), -1);
        if (h < 0 || customers.at(h).id == r.customerId)
            continue;
        const int freeing = rowOfOwnCustomer.value(customers.at(h).id, -1);
        if (freeing >= 0 && folded(plan.rows.at(freeing).newValue) != folded(r.newValue) &&
            plan.rows.at(freeing).change != Change::Unchanged) {
            r.after.append(freeing);
            continue;
        }
        problem(
            r.row, newColumn,
            QCoreApplication::translate("cc::bulk", "%1 already has '%2'; give it another value in this file, or choose another.")
                .arg(customers.at(h).companyName, customers.at(h).internalIdentifier));
    }
    // A circle of rows each waiting for the next (a swap) could never be sent.
    for (int i = 0; i < plan.rows.size(); ++i) {
        int at = i;
        for (int steps = 0; steps <= plan.rows.size(); ++steps) {
            if (plan.rows.at(at).after.isEmpty())
                break;
            at = plan.rows.at(at).after.front();
            if (at == i) {
                const PlanRow &r = plan.rows.at(i);
                const PlanRow &next = plan.rows.at(r.after.front());
                problem(r.row, newColumn,
                        QCoreApplication::translate(
                            "cc::bulk", "takes '%1' from row %2, which waits for this row in turn: the server refuses a value "
                                        "another customer still holds, so values cannot be swapped in one file. Move one of "
                                        "them to a temporary value first.")
                            .arg(r.newValue)
                            .arg(next.row));
                break;
            }
        }
    }
    for (const PlanRow &r : std::as_const(plan.rows)) {
        switch (r.change) {
        case Change::Unchanged: ++plan.unchanged; break;
        case Change::Changed: ++plan.changed; break;
        case Change::Cleared: ++plan.cleared; break;
        }
    }
    plan.problems = plan.rowProblems + across;
    std::stable_sort(plan.problems.begin(), plan.problems.end(),
                     [](const Problem &a, const Problem &b) { return a.row < b.row; });
}

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending: return QStringLiteral("pending");
    case Outcome::Changed: return QStringLiteral("changed");
    case Outcome::Unchanged: return QStringLiteral("unchanged");
    case Outcome::Rejected: return QStringLiteral("rejected");
    case Outcome::CheckedChanged: return QStringLiteral("checked-changed");
    case Outcome::CheckedNotChanged: return QStringLiteral("checked-not-changed");
    case Outcome::Unknown: return QStringLiteral("unknown");
    case Outcome::NotSent: return QStringLiteral("not-sent");
    }
    return {};
}

std::optional<Outcome> outcomeFromName(QStringView name)
{
    for (Outcome o : {Outcome::Pending, Outcome::Changed, Outcome::Unchanged, Outcome::Rejected, Outcome::CheckedChanged,
                      Outcome::CheckedNotChanged, Outcome::Unknown, Outcome::NotSent})
        if (name == outcomeName(o))
            return o;
    return std::nullopt;
}

bool isDone(Outcome outcome)
{
    return outcome == Outcome::Changed || outcome == Outcome::Unchanged || outcome == Outcome::CheckedChanged;
}

QString outcomeDisplayName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending: return QCoreApplication::translate("cc::bulk", "Pending");
    case Outcome::Changed: return QCoreApplication::translate("cc::bulk", "Changed");
    case Outcome::Unchanged: return QCoreApplication::translate("cc::bulk", "Unchanged");
    case Outcome::Rejected: return QCoreApplication::translate("cc::bulk", "Rejected");
    case Outcome::CheckedChanged: return QCoreApplication::translate("cc::bulk", "Changed (answer lost, checked)");
    case Outcome::CheckedNotChanged: return QCoreApplication::translate("cc::bulk", "Not changed (answer lost, checked)");
    case Outcome::Unknown: return QCoreApplication::translate("cc::bulk", "Unknown (answer lost, check failed)");
    case Outcome::NotSent: return QCoreApplication::translate("cc::bulk", "Not sent");
    }
    return {};
}

QStringList resultsHeader()
{
    return {u"row"_s,     u"customerId"_s, u"company"_s,       u"old"_s,    u"new"_s,
            u"outcome"_s, u"httpStatus"_s, u"correlationId"_s, u"message"_s};
}

QStringList resultsLine(const PlanRow &row, const RowResult &result)
{
    return {QString::number(row.row),
            row.customerId.toString(QUuid::WithoutBraces),
            row.company,
            row.oldValue,
            row.newValue,
            outcomeName(result.outcome),
            result.httpStatus > 0 ? QString::number(result.httpStatus) : QString(),
            result.correlationId,
            result.message};
}

DoneRows readDoneRows(const QString &path)
{
    DoneRows done;
    const csv::ReadResult read = csv::readFile(path);
    if (!read.ok()) {
        done.error = read.error.row > 0
                         ? QCoreApplication::translate("cc::bulk", "row %1: %2").arg(read.error.row).arg(read.error.message)
                         : read.error.message;
        return done;
    }
    if (read.table.records.isEmpty() || read.table.records.front().fields != resultsHeader()) {
        done.error =
            QCoreApplication::translate("cc::bulk", "not a results file of 'ccadmin internal-id import': its header is not %1.")
                .arg(resultsHeader().join(u','));
        return done;
    }
    for (qsizetype i = 1; i < read.table.records.size(); ++i) {
        const QStringList &f = read.table.records.at(i).fields;
        if (f.size() != resultsHeader().size())
            continue;
        bool ok = false;
        const int row = f.at(0).toInt(&ok);
        const auto outcome = outcomeFromName(f.at(5));
        if (!ok || !outcome || !validation::isUuid(f.at(1)) || !isDone(*outcome))
            continue;
        RowResult r;
        r.outcome = *outcome;
        r.httpStatus = f.at(6).toInt();
        r.correlationId = f.at(7);
        r.message = f.at(8);
        done.rows.insert(qMakePair(row, QUuid::fromString(f.at(1))), r);
    }
    return done;
}

} // namespace cc::bulk
