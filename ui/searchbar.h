#pragma once

#include <core/domain/types.h>

#include <QPointer>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QKeyEvent;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QTimer;
class ResellerDirectory;

// The row over the customer list: the server search (field and text), the instant local filter,
// "Include deleted", the reseller filter and Refresh. In one row while the search and filter
// fields show their whole hints; else the filters (deleted, reseller) go to a second row.
class SearchBar final : public QWidget
{
    Q_OBJECT
public:
    explicit SearchBar(QWidget *parent = nullptr);

    // What the server is asked for; the reseller filter only where the role has resellers.
    cc::CustomerQuery query(bool withReseller) const;
    QString filterText() const;

    void focusSearch(); // Ctrl+F: the search text selected, to type over it
    void focusFilter();
    void clearSearch(); // and asks for the list again
    void clearFilter();
    // Forgets everything of the last session (search, filter, resellers seen) without a reload.
    void reset();
    // The reseller filter offers every reseller the directory knows and every one seen in a load,
    // by name (sorted by it; the short ID until a name is known), after "All" and "Direct
    // customers only".
    void setResellerDirectory(const ResellerDirectory *directory);
    void addResellers(const QList<QUuid> &resellers);
    // "Direct customers only" is chosen: the list shows only the CSP's own customers (the API
    // has no such filter, so the list narrows the rows it loaded).
    bool directOnly() const;
    void setResellerFilterShown(bool shown);
    // Down in the search or filter field: goes on into the list when the handler says it did.
    void setDownHandler(std::function<bool()> handler) { m_downHandler = std::move(handler); }
    QList<QWidget *> tabChain() const;

    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

Q_SIGNALS:
    // The server search, "Include deleted" or the reseller changed, or Refresh: load again.
    void queryChanged();
    void filterTextChanged(const QString &text);
    void directOnlyChanged(bool directOnly);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static constexpr int FixedResellerItems = 2; // "All", "Direct customers only"
    void retranslate();
    void fitRows();
    void fillResellers();
    void onResellerChosen();
    // Escape clears the field; Down goes on into the list.
    bool handleFieldKey(QLineEdit *field, QKeyEvent *event);

    QLabel *m_searchFieldLabel;
    QComboBox *m_searchField;
    QLineEdit *m_search;
    QLineEdit *m_filter;
    QCheckBox *m_includeDeleted;
    QLabel *m_resellerLabel;
    QComboBox *m_reseller;
    QPushButton *m_refresh;
    QTimer *m_debounce;
    QHBoxLayout *m_top;
    QHBoxLayout *m_bottom;
    std::function<bool()> m_downHandler;
    QPointer<const ResellerDirectory> m_directory;
    QList<QUuid> m_seenResellers;
    QUuid m_queriedReseller; // what the last query asked for, to reload only when it changes
    bool m_directOnly = false;
};
