#include "customerfilterproxy.h"

#include "customerlistmodel.h"

CustomerFilterProxy::CustomerFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::UserRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void CustomerFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_customers = qobject_cast<CustomerListModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void CustomerFilterProxy::setFilterText(const QString &text)
{
    const QString needle = text.trimmed().toLower();
    if (needle == m_needle)
        return;
    m_needle = needle;
    invalidateRowsFilter();
}

bool CustomerFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (m_needle.isEmpty() || !m_customers)
        return true;
    return m_customers->haystack(sourceRow).contains(m_needle);
}
