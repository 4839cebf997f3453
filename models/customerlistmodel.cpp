#include "customerlistmodel.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QSet>

#include <algorithm>

CustomerListModel::CustomerListModel(QObject *parent) : QAbstractTableModel(parent) {}

QString CustomerListModel::directLabel()
{
    return tr("Direct");
}

QString CustomerListModel::deletedLabel()
{
    return tr("Deleted");
}

void CustomerListModel::setClient(cc::CloudCockpitClient *client)
{
    cancel();
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    m_client = client;
    if (m_client)
        connect(m_client, &cc::CloudCockpitClient::getRetryScheduled, this, &CustomerListModel::onRetryScheduled);
}

void CustomerListModel::cancel()
{
    stop(m_loading ? Outcome::Cancelled : m_outcome);
}

void CustomerListModel::stop(Outcome outcome)
{
    abandonCalls();
    m_outcome = outcome;
    setLoading(false);
}

void CustomerListModel::abandonCalls()
{
    ++m_generation;
    for (auto &c : m_calls)
        c.cancel();
    m_calls.clear();
    m_ready.clear();
    m_correlationIds.clear();
    m_running = 0;
    m_retrying = false;
}

void CustomerListModel::clear()
{
    stop(Outcome::Complete);
    beginResetModel();
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_search.clear();
    m_total = 0;
    m_showsEarlier = false;
    m_completeAt = {};
    endResetModel();
}

void CustomerListModel::load(const cc::CustomerQuery &query)
{
    if (!m_client) {
        clear();
        m_query = query;
        return;
    }
    // The rows shown stay until the first page replaces them: a reload that fails or is
    // cancelled before then leaves the list as it was (marked as not current).
    // (Loading goes on without a pause: the window reads a pause as a load that ended.)
    abandonCalls();
    m_query = query;
    m_nextToAppend = 1;
    m_nextToFetch = 2;
    m_totalPages = 1;
    m_showsEarlier = !m_rows.empty();
    m_outcome = Outcome::Loading;
    setLoading(true);
    fetch(1);
}

void CustomerListModel::onRetryScheduled(const QString &correlationId, int delayMs)
{
    if (!m_loading || !m_correlationIds.contains(correlationId))
        return;
    m_retrying = true;
    m_retryAt = QDeadlineTimer(delayMs);
    Q_EMIT retryScheduled(delayMs);
}

void CustomerListModel::fetch(int page)
{
    cc::CustomerQuery q = m_query;
    q.pageNumber = page;
    q.pageSize = m_pageSize;
    const int generation = m_generation;
    ++m_running;
    // Our own correlation id, to tell this load's retries from other calls'.
    cc::RequestOptions options;
    options.correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_correlationIds.insert(options.correlationId);
    m_calls.append(m_client->listCustomerSummaries(q, this, [this, page, generation, id = options.correlationId](const cc::Result<cc::CustomerSummaryPage> &r) {
        if (generation != m_generation)
            return;
        --m_running;
        m_correlationIds.remove(id);
        m_retrying = false;
        onPage(page, r);
    }, options, /*withSearchText=*/true));
}

void CustomerListModel::onPage(int page, const cc::Result<cc::CustomerSummaryPage> &r)
{
    if (!r.ok()) {
        const cc::ApiError error = r.error();
        stop(Outcome::Failed);
        Q_EMIT loadFailed(error);
        return;
    }
    if (page == 1) {
        if (!m_rows.empty()) {
            // The first page of the new load replaces the rows of the last one.
            const int generation = m_generation;
            beginResetModel();
            m_rows.clear();
            m_rows.shrink_to_fit();
            m_search.clear();
            endResetModel();
            if (generation != m_generation)
                return;
        }
        m_showsEarlier = false;
        m_completeAt = {}; // until this load is complete, the rows are not a whole list
        m_total = r.value().totalCount;
        m_totalPages = std::max(1, r.value().totalPages);
        // The count comes from the server: a hint for the allocation, never a promise.
        const int expected = std::clamp(m_total, 0, 250000);
        m_rows.reserve(size_t(expected));
        m_search.reserveRows(expected);
    }
    m_ready.insert(page, r.value());
    // A view or slot may cancel or reload from inside our signals: then this load is over.
    const int generation = m_generation;
    while (m_ready.contains(m_nextToAppend)) {
        // Shared with the result: copying a row only takes a reference to its text, and the page's
        // search texts become one block of the index as they are.
        cc::CustomerSummaryPage ready = m_ready.take(m_nextToAppend++);
        if (ready.items.isEmpty())
            continue;
        if (ready.searchEnds.size() != ready.items.size())
            ready.makeSearchTexts();
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(ready.items.size()) - 1);
        m_rows.insert(m_rows.end(), ready.items.cbegin(), ready.items.cend());
        m_search.appendBlock(ready.searchTexts, ready.searchEnds);
        endInsertRows();
        if (generation != m_generation)
            return;
    }
    Q_EMIT progress(int(m_rows.size()), m_total);
    if (generation != m_generation)
        return;
    m_calls.erase(std::remove_if(m_calls.begin(), m_calls.end(), [](const cc::CallHandle &h) { return !h.isRunning(); }),
                  m_calls.end());
    if (m_nextToAppend > m_totalPages) {
        m_outcome = Outcome::Complete;
        m_completeAt = QDateTime::currentDateTime();
        m_correlationIds.clear();
        setLoading(false);
        if (generation == m_generation)
            Q_EMIT loaded();
        return;
    }
    while (m_running < m_concurrency && m_nextToFetch <= m_totalPages)
        fetch(m_nextToFetch++);
}

void CustomerListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

int CustomerListModel::rowOf(const QUuid &id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return int(i);
    return -1;
}

QUuid CustomerListModel::idAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].id : QUuid();
}

QList<QUuid> CustomerListModel::resellerIds() const
{
    QSet<QUuid> set;
    for (const Row &r : m_rows)
        if (!r.resellerId.isNull())
            set.insert(r.resellerId);
    QList<QUuid> out(set.cbegin(), set.cend());
    std::sort(out.begin(), out.end(), [](const QUuid &a, const QUuid &b) { return a.toString() < b.toString(); });
    return out;
}

void CustomerListModel::updateCustomer(const cc::Customer &customer)
{
    const int row = rowOf(customer.id);
    if (row < 0)
        return;
    m_rows[size_t(row)] = cc::CustomerSummary::fromCustomer(customer);
    m_search.replace(row, cc::CustomerSummary::searchTextOf(m_rows[size_t(row)].text));
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int CustomerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    using F = cc::CustomerSummary::Field;
    switch (role) {
    case IdRole: return r.id;
    case HaystackRole: return QString::fromUtf8(m_search.text(index.row()));
    case ResellerIdRole: return r.resellerId;
    case DeletedRole: return r.isDeleted;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Company: return r.field(F::CompanyName);
        case Domain: return r.field(F::Domain);
        case InternalId: return r.field(F::InternalIdentifier);
        case Reseller: return r.resellerId.isNull() ? directLabel() : r.resellerId.toString(QUuid::WithoutBraces).left(8);
        case ProviderInstances: return QLocale().toString(r.providerCount);
        case Deleted: return r.isDeleted ? deletedLabel() : QString();
        case Country: return r.field(F::Country);
        case City: return r.field(F::City);
        case Email: return r.field(F::Email);
        case Created:
            return r.createdSecs ? QLocale().toString(QDateTime::fromSecsSinceEpoch(r.createdSecs).toLocalTime().date(), QLocale::ShortFormat)
                                 : QString();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Reseller && !r.resellerId.isNull())
            return r.resellerId.toString(QUuid::WithoutBraces);
        if (r.isDeleted)
            return tr("This customer is deleted.");
        break;
    case Qt::UserRole:
        // Sort keys: numbers and dates sort as such.
        if (index.column() == ProviderInstances)
            return r.providerCount;
        if (index.column() == Created)
            return r.createdSecs;
        if (index.column() == Deleted)
            return r.isDeleted;
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (index.column() == ProviderInstances)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        // Greyed as disabled text is: the palette's role, so it reads in a dark palette too.
        if (r.isDeleted && qGuiApp)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        break;
    }
    return {};
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Company: return tr("Company");
    case Domain: return tr("Domain");
    case InternalId: return tr("Internal ID");
    case Reseller: return tr("Reseller");
    case ProviderInstances: return tr("Instances");
    case Deleted: return tr("Status");
    case Country: return tr("Country");
    case City: return tr("City");
    case Email: return tr("Email");
    case Created: return tr("Created");
    }
    return {};
}
