#pragma once

#include <QAbstractProxyModel>

#include <vector>

class CustomerListModel;

// Sort and instant filter over the customer list. Built for 100,000 rows and a keystroke per frame:
// the sort order is an index vector computed once per sort (the server's company-name order needs
// none), and a keystroke is one pass of substring search over each row's lower-cased haystack into
// a reused vector — no per-row allocation, no re-sort. Pages arriving at the end are appended.
class CustomerFilterProxy : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit CustomerFilterProxy(QObject *parent = nullptr);
    void setSourceModel(QAbstractItemModel *model) override;
    void setFilterText(const QString &text);
    QString filterText() const { return m_needle; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void rebuildOrder();
    void refilter();
    bool accepts(int sourceRow) const;
    void onRowsInserted(const QModelIndex &parent, int first, int last);

    CustomerListModel *m_customers = nullptr;
    QString m_needle;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_order;   // every source row, in sort order
    std::vector<int> m_visible; // the rows that pass the filter, in sort order
    std::vector<int> m_proxyRowOfSource;
};
