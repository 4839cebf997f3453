#pragma once

#include <core/domain/types.h>

#include <QPointer>
#include <QWidget>

class QLabel;
class QMenu;
class QPushButton;
class QTextBrowser;
class ResellerDirectory;

// The selected customer: its fields, provider customers with margins, and the actions on it.
class CustomerDetails : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerDetails(QWidget *parent = nullptr);
    void showCustomer(const cc::Customer &customer, const QList<cc::ProviderInstance> &instances);
    void showLoading();
    void showNothing();
    // The customer that was selected left the list (a search, filter or reload): say so.
    void showNotInList();
    QString plainText() const;
    // The Microsoft Customer Agreement of the shown customer in its Microsoft instances: what was
    // read (items), whether a read or refresh is on its way, and why the last one failed.
    void showMca(const QUuid &customerId, const QList<cc::McaItem> &items, bool busy, const QString &error);
    // Where the reseller's name comes from; until it is known, the reseller's ID shows.
    void setResellerDirectory(const ResellerDirectory *directory);

Q_SIGNALS:
    void copyLinkRequested();
    void editInternalIdentifierRequested();
    void microsoftCustomerAgreementRequested();
    void addProviderInstanceRequested();
    // Refresh: ask Microsoft for the agreement's status in each of the customer's Microsoft instances.
    void refreshMcaRequested();
    // Edit the margins of the customer's relationship in that provider instance.
    void editMarginsRequested(const QUuid &providerInstanceId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void render();
    QString mcaHtml(const QUuid &instance, bool shown, const QString &muted) const;
    void fillMarginsMenu();
    QString instanceName(const QUuid &id) const;
    QTextBrowser *m_view;
    QPushButton *m_link;
    QPushButton *m_internalId;
    QPushButton *m_mca;
    QPushButton *m_addInstance;
    QPushButton *m_refreshMca;
    QPushButton *m_margins;
    QMenu *m_marginsMenu;
    QPointer<const ResellerDirectory> m_directory;
    std::optional<cc::Customer> m_customer;
    QList<cc::ProviderInstance> m_instances;
    QUuid m_mcaCustomer; // whose agreement m_mca is
    QList<cc::McaItem> m_mcaItems;
    QString m_mcaError;
    bool m_mcaBusy = false;
    bool m_loading = false;
    bool m_notInList = false;
};
