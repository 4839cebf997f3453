#include "customerfilterproxy.h"

#include "customerlistmodel.h"
#include "resellerdirectory.h"

#include <algorithm>
#include <numeric>

CustomerFilterProxy::CustomerFilterProxy(QObject *parent)
    : QAbstractProxyModel(parent)
{}

void CustomerFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    QAbstractProxyModel::setSourceModel(model);
    m_customers = qobject_cast<CustomerListModel *>(model);
    if (model) {
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &CustomerFilterProxy::beginResetModel);
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            rebuildOrder();
            refilter();
            endResetModel();
        });
        connect(model, &QAbstractItemModel::rowsInserted, this, &CustomerFilterProxy::onRowsInserted);
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
                    // Changed rows keep their place until the filter changes; then all are searched.
                    m_visibleCurrent = false;
                    if (topLeft.row() == 0 && bottomRight.row() + 1 >= int(m_order.size())) {
                        if (!m_visible.empty())
                            Q_EMIT dataChanged(index(0, topLeft.column()), index(int(m_visible.size()) - 1, bottomRight.column()),
                                               roles);
                        return;
                    }
                    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                        const QModelIndex first = mapFromSource(topLeft.siblingAtRow(row));
                        if (first.isValid())
                            Q_EMIT dataChanged(first, first.siblingAtColumn(bottomRight.column()), roles);
                    }
                });
        connect(model, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
    }
    rebuildOrder();
    refilter();
    endResetModel();
}

QList<QByteArray> CustomerFilterProxy::filterTerms(const QString &text)
{
    QList<QByteArray> terms;
    const QString lower = text.toLower();
    qsizetype i = 0;
    const qsizetype n = lower.size();
    while (i < n) {
        if (lower.at(i).isSpace()) {
            ++i;
            continue;
        }
        qsizetype end;
        QStringView term;
        if (lower.at(i) == u'"') {
            end = lower.indexOf(u'"', i + 1);
            if (end < 0)
                end = n;
            term = QStringView(lower).sliced(i + 1, end - i - 1);
            ++end; // past the closing quote
        } else {
            end = i;
            while (end < n && !lower.at(end).isSpace())
                ++end;
            term = QStringView(lower).sliced(i, end - i);
        }
        i = end;
        if (!term.trimmed().isEmpty())
            terms << term.toUtf8();
    }
    // Longest first: the most selective term is searched through every row, the others only
    // through the rows it left. A term inside another term adds nothing.
    std::stable_sort(terms.begin(), terms.end(), [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
    QList<QByteArray> kept;
    for (const QByteArray &term : std::as_const(terms))
        if (std::none_of(kept.cbegin(), kept.cend(), [&term](const QByteArray &k) { return k.contains(term); }))
            kept << term;
    return kept;
}

bool CustomerFilterProxy::rowHas(int sourceRow, qsizetype term) const
{
    const QSet<QUuid> &resellers = m_termResellers[size_t(term)];
    return m_customers->searchIndex().matches(sourceRow, m_terms.at(term)) ||
           (m_termInDeletedWord[size_t(term)] && m_customers->isDeleted(sourceRow)) ||
           (!resellers.isEmpty() && resellers.contains(m_customers->resellerIdAt(sourceRow)));
}

bool CustomerFilterProxy::inScope(int sourceRow) const
{
    return !m_directOnly || !m_customers || m_customers->resellerIdAt(sourceRow).isNull();
}

bool CustomerFilterProxy::accepts(int sourceRow) const
{
    if (!inScope(sourceRow))
        return false;
    if (m_terms.isEmpty() || !m_customers || sourceRow >= m_customers->searchIndex().rowCount())
        return true;
    for (qsizetype t = 0; t < m_terms.size(); ++t)
        if (!rowHas(sourceRow, t))
            return false;
    return true;
}

void CustomerFilterProxy::matchStatusWords()
{
    const QByteArray deleted = CustomerListModel::deletedLabel().toLower().toUtf8();
    m_termInDeletedWord.assign(size_t(m_terms.size()), false);
    m_termResellers.assign(size_t(m_terms.size()), {});
    for (qsizetype t = 0; t < m_terms.size(); ++t) {
        m_termInDeletedWord[size_t(t)] = deleted.contains(m_terms.at(t));
        if (m_directory)
            m_termResellers[size_t(t)] = m_directory->idsWhoseNameContains(m_terms.at(t));
    }
}

void CustomerFilterProxy::setResellerDirectory(ResellerDirectory *directory)
{
    if (m_directory)
        disconnect(m_directory, nullptr, this, nullptr);
    m_directory = directory;
    if (m_directory)
        connect(m_directory, &ResellerDirectory::changed, this, &CustomerFilterProxy::onResellerNamesChanged);
    onResellerNamesChanged();
}

void CustomerFilterProxy::onResellerNamesChanged()
{
    // Names arrive after the rows: what the filter finds, and the order by the Reseller column,
    // change with them.
    const std::vector<QSet<QUuid>> before = m_termResellers;
    matchStatusWords();
    const bool resort = m_sortColumn == CustomerListModel::Reseller;
    if (m_termResellers == before && !resort)
        return;
    beginResetModel();
    if (resort)
        rebuildOrder();
    refilter();
    endResetModel();
}

void CustomerFilterProxy::setDirectOnly(bool directOnly)
{
    if (directOnly == m_directOnly)
        return;
    m_directOnly = directOnly;
    beginResetModel();
    refilter();
    endResetModel();
}

void CustomerFilterProxy::retranslate()
{
    const std::vector<bool> before = m_termInDeletedWord;
    matchStatusWords();
    if (m_termInDeletedWord == before)
        return;
    beginResetModel();
    refilter();
    endResetModel();
}

void CustomerFilterProxy::rebuildOrder()
{
    const int n = sourceModel() ? sourceModel()->rowCount() : 0;
    m_order.resize(size_t(n));
    std::iota(m_order.begin(), m_order.end(), 0);
    if (m_sortColumn < 0 || n == 0)
        return;
    if (m_sortColumn == CustomerListModel::Company) {
        // Already the server's order.
        if (m_sortOrder == Qt::DescendingOrder)
            std::reverse(m_order.begin(), m_order.end());
        return;
    }
    // Other columns: sort keys read once, then compared.
    std::vector<QVariant> keys(static_cast<size_t>(n));
    for (int row = 0; row < n; ++row)
        keys[size_t(row)] = sourceModel()->index(row, m_sortColumn).data(Qt::UserRole);
    auto less = [&keys](int a, int b) {
        const QVariant &x = keys[size_t(a)];
        const QVariant &y = keys[size_t(b)];
        if (x.typeId() == QMetaType::QString)
            return x.toString().compare(y.toString(), Qt::CaseInsensitive) < 0;
        return QVariant::compare(x, y) == QPartialOrdering::Less;
    };
    if (m_sortOrder == Qt::AscendingOrder)
        std::stable_sort(m_order.begin(), m_order.end(), less);
    else
        std::stable_sort(m_order.begin(), m_order.end(), [&less](int a, int b) { return less(b, a); });
}

void CustomerFilterProxy::refilter()
{
    m_visible.clear();
    m_visible.reserve(m_order.size());
    if (m_terms.isEmpty() || !m_customers || m_customers->searchIndex().rowCount() != int(m_order.size())) {
        for (int row : m_order)
            if (accepts(row))
                m_visible.push_back(row);
    } else {
        // The first (longest) term through the whole index in one pass; the rest row by row
        // through the rows it leaves.
        const SearchIndex &index = m_customers->searchIndex();
        index.matchAll(m_terms.first(), m_hits);
        const bool firstInDeletedWord = m_termInDeletedWord.front();
        const QSet<QUuid> &firstResellers = m_termResellers.front();
        for (int row : m_order) {
            if (!inScope(row))
                continue;
            if (!m_hits[size_t(row)] && !(firstInDeletedWord && m_customers->isDeleted(row)) &&
                !(!firstResellers.isEmpty() && firstResellers.contains(m_customers->resellerIdAt(row))))
                continue;
            bool all = true;
            for (qsizetype t = 1; all && t < m_terms.size(); ++t)
                all = rowHas(row, t);
            if (all)
                m_visible.push_back(row);
        }
    }
    m_visibleCurrent = true;
    m_proxyRowOfSource.assign(m_order.size(), -1);
    for (size_t i = 0; i < m_visible.size(); ++i)
        m_proxyRowOfSource[size_t(m_visible[i])] = int(i);
}

// Every earlier term lies inside one of the new terms: only the rows shown can still match.
void CustomerFilterProxy::narrow()
{
    for (int row : m_visible)
        m_proxyRowOfSource[size_t(row)] = -1;
    m_visible.erase(std::remove_if(m_visible.begin(), m_visible.end(), [this](int row) { return !accepts(row); }),
                    m_visible.end());
    for (size_t i = 0; i < m_visible.size(); ++i)
        m_proxyRowOfSource[size_t(m_visible[i])] = int(i);
}

void CustomerFilterProxy::setFilterText(const QString &text)
{
    m_filterText = text.trimmed();
    QList<QByteArray> terms = filterTerms(text);
    if (terms == m_terms)
        return;
    // (From no filter at all, one pass over the whole index is quicker than row by row.)
    const bool narrows =
        m_visibleCurrent && !m_terms.isEmpty() && std::all_of(m_terms.cbegin(), m_terms.cend(), [&terms](const QByteArray &old) {
            return std::any_of(terms.cbegin(), terms.cend(), [&old](const QByteArray &t) { return t.contains(old); });
        });
    m_terms = std::move(terms);
    matchStatusWords();
    // A reset is O(1) for the views; the window keeps the selection by customer id across it.
    beginResetModel();
    if (narrows)
        narrow();
    else
        refilter();
    endResetModel();
}

void CustomerFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<QModelIndex> sources;
    sources.reserve(before.size());
    for (const QModelIndex &i : before)
        sources << mapToSource(i);
    m_sortColumn = column;
    m_sortOrder = order;
    rebuildOrder();
    refilter();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &s : std::as_const(sources))
        after << mapFromSource(s);
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void CustomerFilterProxy::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const bool appendOnly = m_sortColumn < 0 || (m_sortColumn == CustomerListModel::Company && m_sortOrder == Qt::AscendingOrder);
    if (!appendOnly || first != int(m_order.size())) {
        beginResetModel();
        rebuildOrder();
        refilter();
        endResetModel();
        return;
    }
    // Pages arrive at the end in server order: append what passes the filter.
    std::vector<int> added;
    for (int row = first; row <= last; ++row) {
        m_order.push_back(row);
        if (accepts(row))
            added.push_back(row);
    }
    m_proxyRowOfSource.resize(m_order.size(), -1);
    if (added.empty())
        return;
    const int start = int(m_visible.size());
    beginInsertRows({}, start, start + int(added.size()) - 1);
    for (int row : added) {
        m_proxyRowOfSource[size_t(row)] = int(m_visible.size());
        m_visible.push_back(row);
    }
    endInsertRows();
}

int CustomerFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int CustomerFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

QModelIndex CustomerFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex CustomerFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex CustomerFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.row() >= int(m_visible.size()))
        return {};
    return sourceModel()->index(m_visible[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex CustomerFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.row() >= int(m_proxyRowOfSource.size()))
        return {};
    const int row = m_proxyRowOfSource[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}
