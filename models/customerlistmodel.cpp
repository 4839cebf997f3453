#include "customerlistmodel.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

CustomerListModel::CustomerListModel(QObject *parent) : QAbstractTableModel(parent) {}

QString CustomerListModel::directLabel()
{
    return tr("Direct");
}

void CustomerListModel::setClient(cc::CloudCockpitClient *client)
{
    cancel();
    m_client = client;
}

void CustomerListModel::cancel()
{
    ++m_generation;
    for (auto &c : m_calls)
        c.cancel();
    m_calls.clear();
    m_ready.clear();
    m_running = 0;
    setLoading(false);
}

void CustomerListModel::clear()
{
    cancel();
    beginResetModel();
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_search.clear();
    m_total = 0;
    endResetModel();
}

void CustomerListModel::load(const cc::CustomerQuery &query)
{
    clear();
    m_query = query;
    m_nextToAppend = 1;
    m_nextToFetch = 2;
    m_totalPages = 1;
    if (!m_client)
        return;
    setLoading(true);
    fetch(1);
}

void CustomerListModel::fetch(int page)
{
    cc::CustomerQuery q = m_query;
    q.pageNumber = page;
    q.pageSize = m_pageSize;
    const int generation = m_generation;
    ++m_running;
    m_calls.append(m_client->listCustomerSummaries(q, this, [this, page, generation](const cc::Result<cc::CustomerSummaryPage> &r) {
        if (generation != m_generation)
            return;
        --m_running;
        onPage(page, r);
    }, {}, /*withSearchText=*/true));
}

void CustomerListModel::onPage(int page, const cc::Result<cc::CustomerSummaryPage> &r)
{
    if (!r.ok()) {
        const cc::ApiError error = r.error();
        cancel();
        Q_EMIT loadFailed(error);
        return;
    }
    if (page == 1) {
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
        case Deleted: return r.isDeleted ? tr("Deleted") : QString();
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
    case Deleted: return tr("Deleted");
    case Country: return tr("Country");
    case City: return tr("City");
    case Email: return tr("Email");
    case Created: return tr("Created");
    }
    return {};
}
