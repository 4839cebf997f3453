#pragma once

#include <core/domain/types.h>

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

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

Q_SIGNALS:
    void copyLinkRequested();
    void editInternalIdentifierRequested();
    void microsoftCustomerAgreementRequested();
    void addProviderInstanceRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void render();
    QTextBrowser *m_view;
    QPushButton *m_link;
    QPushButton *m_internalId;
    QPushButton *m_mca;
    QPushButton *m_addInstance;
    std::optional<cc::Customer> m_customer;
    QList<cc::ProviderInstance> m_instances;
    bool m_loading = false;
    bool m_notInList = false;
};
