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
    // Where the reseller's name comes from; until it is known, the reseller's ID shows.
    void setResellerDirectory(const ResellerDirectory *directory);

Q_SIGNALS:
    void copyLinkRequested();
    void editInternalIdentifierRequested();
    void microsoftCustomerAgreementRequested();
    void addProviderInstanceRequested();
    // Edit the margins of the customer's relationship in that provider instance.
    void editMarginsRequested(const QUuid &providerInstanceId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void render();
    void fillMarginsMenu();
    QString instanceName(const QUuid &id) const;
    QTextBrowser *m_view;
    QPushButton *m_link;
    QPushButton *m_internalId;
    QPushButton *m_mca;
    QPushButton *m_addInstance;
    QPushButton *m_margins;
    QMenu *m_marginsMenu;
    QPointer<const ResellerDirectory> m_directory;
    std::optional<cc::Customer> m_customer;
    QList<cc::ProviderInstance> m_instances;
    bool m_loading = false;
    bool m_notInList = false;
};
