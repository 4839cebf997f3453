#include "internalidimportmodel.h"

#include <core/api/orderedpages.h>

#include <QBrush>
#include <QFile>

InternalIdImportModel::InternalIdImportModel(cc::CloudCockpitClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{}

bool InternalIdImportModel::openFile(const QString &path, QString *error)
{
    const cc::csv::ReadResult read = cc::csv::readFile(path);
    if (!read.ok()) {
        *error = read.error.row > 0 ? tr("Row %1: %2").arg(read.error.row).arg(read.error.message) : read.error.message;
        return false;
    }
    if (read.table.records.isEmpty()) {
        *error = tr("The file is empty.");
        return false;
    }
    beginResetModel();
    m_table = read.table;
    m_header = m_table.records.front().fields;
    m_mapping = cc::bulk::guessMapping(m_header);
    m_plan = {};
    m_lines.clear();
    endResetModel();
    setState(State::Loaded);
    return true;
}

void InternalIdImportModel::setMapping(const cc::bulk::ColumnMapping &mapping)
{
    m_mapping = mapping;
    beginResetModel();
    m_plan = {};
    m_lines.clear();
    endResetModel();
    setState(State::Loaded);
}

void InternalIdImportModel::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged();
}

void InternalIdImportModel::check()
{
    if (!m_client || !m_mapping.isComplete() || m_state == State::Checking || m_state == State::Applying)
        return;
    setState(State::Checking);
    ++m_generation;
    m_oldValueReads = 0;
    m_customers.clear();
    cc::OrderedPages<cc::CustomerSummaryPage>::Handlers handlers;
    handlers.page = [this](cc::CustomerSummaryPage &&page) {
        if (m_customers.isEmpty())
            m_customers.reserve(std::clamp(page.totalCount, 0, 1000000));
        for (const cc::CustomerSummary &s : std::as_const(page.items))
            m_customers.append(cc::bulk::KnownCustomer::fromSummary(s));
    };
    handlers.failed = [this](const cc::ApiError &e) {
        m_listing = nullptr;
        setState(State::Loaded);
        Q_EMIT checkFailed(e);
    };
    handlers.done = [this](const cc::PagingSummary &) {
        m_listing = nullptr;
        m_plan = cc::bulk::parse(m_table, m_mapping, m_customers);
        readOldValues();
    };
    auto fetch = [this](int page, QObject *context, cc::Callback<cc::CustomerSummaryPage> callback) {
        cc::CustomerQuery q;
        q.pageNumber = page;
        q.pageSize = 2000;
        return m_client->listCustomerSummaries(q, context, std::move(callback));
    };
    auto *pages = new cc::OrderedPages<cc::CustomerSummaryPage>(std::move(fetch), std::move(handlers), this);
    m_listing = pages;
    pages->start(2000, true, 3);
}

// Rows for a reseller's relationship: the list shows the caller's own identifier, so each such
// customer is read as that reseller (a few GETs at a time) for its old value, as ccadmin does.
void InternalIdImportModel::readOldValues()
{
    while (m_oldValueReads < cc::bulk::ImportRunner::DefaultConcurrency && !m_plan.needOldValue.isEmpty()) {
        const int i = m_plan.needOldValue.takeFirst();
        ++m_oldValueReads;
        const cc::bulk::PlanRow &row = m_plan.rows.at(i);
        m_client->getCustomer(row.customerId, row.resellerId, this,
                              [this, i, generation = m_generation](const cc::Result<cc::Customer> &r) {
                                  if (generation != m_generation || m_state != State::Checking)
                                      return; // a check given up or begun again since
                                  --m_oldValueReads;
                                  if (!r.ok()) {
                                      m_plan.needOldValue.clear();
                                      setState(State::Loaded);
                                      Q_EMIT checkFailed(r.error());
                                      return;
                                  }
                                  m_plan.rows[i].oldValue = r.value().internalIdentifier;
                                  readOldValues();
                              });
    }
    if (m_oldValueReads > 0 || m_state != State::Checking)
        return;
    beginResetModel();
    cc::bulk::finish(m_plan, m_customers);
    rebuildLines();
    endResetModel();
    setState(State::Checked);
}

void InternalIdImportModel::rebuildLines()
{
    m_lines.clear();
    m_lineOfPlan.clear();
    QHash<int, int> planOfRow;
    for (int i = 0; i < m_plan.rows.size(); ++i)
        planOfRow.insert(m_plan.rows.at(i).row, i);
    QHash<int, QList<cc::bulk::Problem>> problemsOfRow;
    for (const cc::bulk::Problem &p : std::as_const(m_plan.problems))
        problemsOfRow[p.row].append(p);
    for (qsizetype r = 1; r < m_table.records.size(); ++r) {
        const cc::csv::Record &record = m_table.records.at(r);
        Line line;
        line.fileRow = record.row;
        line.key = record.fields.value(m_mapping.key);
        line.newValue = record.fields.value(m_mapping.newValue).trimmed();
        line.planIndex = planOfRow.value(record.row, -1);
        line.problems = problemsOfRow.value(record.row);
        if (line.planIndex >= 0)
            m_lineOfPlan.insert(line.planIndex, int(m_lines.size()));
        m_lines.append(line);
    }
}

void InternalIdImportModel::apply(int concurrency)
{
    if (m_state != State::Checked || !m_plan.problems.isEmpty() || !m_client)
        return;
    m_runner = new cc::bulk::ImportRunner(m_client, m_plan.rows, this);
    m_runner->setConcurrency(concurrency);
    connect(m_runner, &cc::bulk::ImportRunner::rowFinished, this, [this](int i) {
        const int line = m_lineOfPlan.value(i, -1);
        if (line >= 0)
            Q_EMIT dataChanged(index(line, OutcomeColumn), index(line, CorrelationColumn));
        const cc::bulk::Outcome o = m_runner->results().at(i).outcome;
        const cc::bulk::PlanRow &row = m_runner->rows().at(i);
        if ((o == cc::bulk::Outcome::Changed || o == cc::bulk::Outcome::CheckedChanged) && row.resellerId.isNull())
            Q_EMIT internalIdentifierChanged(row.customerId, row.newValue);
        Q_EMIT progress(m_runner->finishedWrites(), m_runner->toSend());
    });
    connect(m_runner, &cc::bulk::ImportRunner::finished, this, [this] {
        Q_EMIT dataChanged(index(0, OutcomeColumn), index(rowCount() - 1, CorrelationColumn));
        setState(State::Done);
    });
    setState(State::Applying);
    Q_EMIT dataChanged(index(0, OutcomeColumn), index(rowCount() - 1, CorrelationColumn));
    m_runner->start();
}

void InternalIdImportModel::cancel()
{
    if (m_runner && m_state == State::Applying)
        m_runner->stop();
    else if (m_state == State::Checking) {
        delete m_listing;
        m_listing = nullptr;
        ++m_generation;
        setState(State::Loaded);
    }
}

int InternalIdImportModel::finishedWrites() const
{
    return m_runner ? m_runner->finishedWrites() : 0;
}

int InternalIdImportModel::toSend() const
{
    return m_runner ? m_runner->toSend() : m_plan.toSend();
}

bool InternalIdImportModel::saveResults(const QString &path, QString *error) const
{
    if (!m_runner)
        return false;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = f.errorString();
        return false;
    }
    QString text = cc::csv::line(cc::bulk::resultsHeader());
    for (int i = 0; i < m_runner->rows().size(); ++i)
        text += cc::csv::line(cc::bulk::resultsLine(m_runner->rows().at(i), m_runner->results().at(i)));
    if (f.write(text.toUtf8()) < 0 || !f.flush()) {
        *error = f.errorString();
        return false;
    }
    return true;
}

int InternalIdImportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int InternalIdImportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InternalIdImportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &line = m_lines.at(index.row());
    const cc::bulk::PlanRow *row = line.planIndex >= 0 ? &m_plan.rows.at(line.planIndex) : nullptr;
    const cc::bulk::RowResult *result = m_runner && line.planIndex >= 0 ? &m_runner->results().at(line.planIndex) : nullptr;
    // Which of this line's cells a problem belongs to: the key's, the new value's, or the reseller's.
    auto problemsOf = [&](int column) {
        QStringList out;
        for (const cc::bulk::Problem &p : line.problems) {
            const int fileColumn = int(m_header.indexOf(p.column));
            const int shown = fileColumn == m_mapping.newValue ? NewColumn : CustomerColumn;
            if (shown == column)
                out << p.message;
        }
        return out;
    };
    if (role == KindRole) {
        if (!line.problems.isEmpty())
            return QStringLiteral("problem");
        return row && row->change == cc::bulk::Change::Unchanged ? QStringLiteral("unchanged") : QStringLiteral("changed");
    }
    if (role == Qt::ForegroundRole) {
        if ((index.column() == CustomerColumn || index.column() == NewColumn) && !problemsOf(index.column()).isEmpty())
            return QBrush(QColor(0xc0, 0x1c, 0x28));
        if (index.column() == ProblemColumn && !line.problems.isEmpty())
            return QBrush(QColor(0xc0, 0x1c, 0x28));
        if (index.column() == OutcomeColumn && result &&
            (result->outcome == cc::bulk::Outcome::Rejected || result->outcome == cc::bulk::Outcome::Unknown ||
             result->outcome == cc::bulk::Outcome::CheckedNotChanged))
            return QBrush(QColor(0xc0, 0x1c, 0x28));
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == CustomerColumn || index.column() == NewColumn) {
            const QStringList p = problemsOf(index.column());
            return p.isEmpty() ? QVariant() : QVariant(p.join(u'\n'));
        }
        if (index.column() == OutcomeColumn && result && !result->message.isEmpty())
            return result->message;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RowColumn: return line.fileRow;
    case CustomerColumn: return row ? row->company : line.key;
    case OldColumn: return row ? row->oldValue : QString();
    case NewColumn:
        if (row && row->change == cc::bulk::Change::Cleared)
            return tr("(cleared)");
        if (row && row->change == cc::bulk::Change::Unchanged)
            return tr("%1 (unchanged)").arg(row->newValue);
        return line.newValue;
    case ProblemColumn: {
        QStringList out;
        for (const cc::bulk::Problem &p : line.problems)
            out << p.column + QStringLiteral(": ") + p.message;
        return out.join(u' ');
    }
    case OutcomeColumn: {
        if (!result)
            return {};
        QString text = cc::bulk::outcomeDisplayName(result->outcome);
        if (result->outcome == cc::bulk::Outcome::Rejected)
            text = tr("%1: HTTP %2 %3").arg(text).arg(result->httpStatus).arg(result->message);
        return text;
    }
    case CorrelationColumn: return result ? result->correlationId : QString();
    }
    return {};
}

QVariant InternalIdImportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn: return tr("Row");
    case CustomerColumn: return tr("Customer");
    case OldColumn: return tr("Current identifier");
    case NewColumn: return tr("New identifier");
    case ProblemColumn: return tr("Problem");
    case OutcomeColumn: return tr("Outcome");
    case CorrelationColumn: return tr("Correlation ID");
    }
    return {};
}
