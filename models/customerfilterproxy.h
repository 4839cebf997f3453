#pragma once

#include <QSortFilterProxyModel>

class CustomerListModel;

// Instant local filter across every loaded column: each row keeps one lower-cased haystack, so a
// keystroke costs one substring search per row and no allocation.
class CustomerFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CustomerFilterProxy(QObject *parent = nullptr);
    void setSourceModel(QAbstractItemModel *model) override;
    void setFilterText(const QString &text);
    QString filterText() const { return m_needle; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    CustomerListModel *m_customers = nullptr;
    QString m_needle;
};
