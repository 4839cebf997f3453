#pragma once

#include <mcalistmodel.h>
#include <sessioncontroller.h>

#include <QPointer>
#include <QWidget>

class Banner;
class McaFilterProxy;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

// The Microsoft Customer Agreement view (Customers > Microsoft Customer Agreements): the five groups
// as counts to click, the customers in the one chosen, Refresh status for the selection, and the
// MCA form for a customer that needs it. A window of its own, so that it stays open beside the
// customer list.
class McaView : public QWidget
{
    Q_OBJECT
public:
    McaView(SessionController *session, McaListModel *model, QWidget *parent = nullptr);

    McaListModel *model() const { return m_model; }
    McaFilterProxy *proxy() const { return m_proxy; }
    // Shows the rows of one group (a count clicked), or every row.
    void showGroup(std::optional<McaListModel::Group> group);
    // Loads the listing when it is not loaded (or loading) yet.
    void ensureLoaded();
    void refreshSelection();
    void recordAgreementForCurrent();

Q_SIGNALS:
    // The user wants to record the agreement of this customer (read afresh) in that instance.
    void microsoftCustomerAgreementRequested(const cc::Customer &customer, const QUuid &instanceId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslate();
    void updateCounts();
    void updateStatus();
    void updateActions();
    QList<int> selectedSourceRows() const;

    SessionController *m_session;
    McaListModel *m_model;
    McaFilterProxy *m_proxy;
    Banner *m_banner;
    QLabel *m_intro;
    QPushButton *m_all;
    QPushButton *m_groupButtons[McaListModel::GroupCount];
    QLineEdit *m_filter;
    QTableView *m_table;
    QPushButton *m_refresh;
    QPushButton *m_record;
    QPushButton *m_reload;
    QLabel *m_status;
    QString m_lastOutcome; // what the last refresh came to, until the next one
    cc::CallHandle m_customerCall;
};
