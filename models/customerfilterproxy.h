#pragma once

#include "resellerdirectory.h"

#include <QAbstractProxyModel>
#include <QPointer>
#include <QSet>
#include <QUuid>

#include <vector>

class CustomerListModel;

// Sort and instant filter over the customer list. Built for 100,000 rows and a keystroke per frame:
// the sort order is an index vector computed once per sort (the server's company-name order needs
// none), and a keystroke is one vectorised substring search through the model's SearchIndex (all
// rows' lower-cased text in one buffer) into reused vectors — no per-row allocation, no re-sort.
// A keystroke that only narrows the filter searches just the rows still shown. Pages arriving at
// the end are appended.
//
// The filter text is a list of terms, every one of which a row must contain (in any column, any
// order, case-insensitively): words separated by white space, or a phrase in double quotes.
// Typed lisboa dental finds "Clínica Dental" of Lisboa; typed "dental lisboa" (quoted) only text
// holding that phrase. A deleted customer also holds its status word in the user's language
// ("deleted", "gelöscht"), which is not in the index (made on worker threads, language-free): a
// term inside that word matches every deleted row. Likewise a reseller's name (from the
// ResellerDirectory, which fills in after the rows): a term inside it matches that reseller's
// customers.
class CustomerFilterProxy : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit CustomerFilterProxy(QObject *parent = nullptr);
    void setSourceModel(QAbstractItemModel *model) override;
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }
    bool isFiltering() const { return !m_terms.isEmpty() || m_directOnly; }
    // Where the reseller names the filter finds customers by come from.
    void setResellerDirectory(ResellerDirectory *directory);
    // Only the CSP's own customers (no reseller): the API has no such filter, so it is local.
    void setDirectOnly(bool directOnly);
    bool isDirectOnly() const { return m_directOnly; }
    // The language changed: the status word deleted rows are found by changes with it.
    void retranslate();

    // The terms a filter text means, lower-cased UTF-8: longest first, without repeats and without
    // terms another term contains (they cannot narrow it further). An unclosed quote runs to the end.
    static QList<QByteArray> filterTerms(const QString &text);

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
    void narrow();
    bool accepts(int sourceRow) const;
    bool rowHas(int sourceRow, qsizetype term) const;
    void matchStatusWords();
    void onResellerNamesChanged();
    bool inScope(int sourceRow) const;
    void onRowsInserted(const QModelIndex &parent, int first, int last);

    CustomerListModel *m_customers = nullptr;
    QString m_filterText;
    QList<QByteArray> m_terms;                // filterTerms(m_filterText)
    std::vector<bool> m_termInDeletedWord;    // per term: it lies inside the deleted status word
    std::vector<QSet<QUuid>> m_termResellers; // per term: the resellers whose name holds it
    QPointer<ResellerDirectory> m_directory;
    bool m_directOnly = false;
    bool m_visibleCurrent = false; // m_visible holds exactly the rows that contain every term
    std::vector<quint8> m_hits;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_order;   // every source row, in sort order
    std::vector<int> m_visible; // the rows that pass the filter, in sort order
    std::vector<int> m_proxyRowOfSource;
};
