#pragma once

#include "formmodel.h"

#include <QDate>

// Records that the customer accepted the Microsoft Customer Agreement in one of its Microsoft
// provider instances. PATCH /v1/Customers/{id}/MicrosoftCustomerAgreement.
class McaForm final : public FormModel
{
    Q_OBJECT
public:
    static constexpr auto Name = u"microsoft-customer-agreement";

    McaForm(cc::CloudCockpitClient *client, const cc::Customer &customer, const cc::Session &session,
            const QList<cc::ProviderInstance> &instances, QObject *parent = nullptr);
    ~McaForm() override;

    // The customer's Microsoft instances: Customer::providerCustomers ∩ ProviderInstance::isMicrosoft().
    QList<cc::ProviderInstance> microsoftInstances() const;
    void setProviderInstances(const QList<cc::ProviderInstance> &instances) override;
    QUuid instanceId() const { return m_instanceId; }
    void setInstanceId(const QUuid &id);
    QDate agreementDate() const { return m_date; }
    void setAgreementDate(const QDate &date);
    bool keepPrimary() const { return m_keep; }
    void setKeepPrimary(bool keep);
    // What the field shows: the primary contact while kept, else what was typed.
    QString contact(ContactFields::Field field) const { return m_contact.shown(customer(), m_keep, field); }
    void setContact(ContactFields::Field field, const QString &value); // ignored while kept
    static QString pathOf(ContactFields::Field field) { return ContactFields::key(field); }

    cc::McaUpdate update() const;
    cc::FieldErrors validate() const override;
    static QDate today(); // the local date the "no future date" rule and the date picker use

Q_SIGNALS:
    void instancesChanged();

protected:
    cc::CallHandle send(const cc::RequestOptions &options) override;
    QJsonObject draftValues() const override;
    void applyDraft(const QJsonObject &values) override;
    void applyTo(cc::Customer &customer) const override;
    bool hasChange(const cc::Customer &fromServer) const override;
    QString savedMessage() const override;

private:
    QUuid m_instanceId;
    QDate m_date;
    bool m_keep = true;
    ContactFields m_contact;
};
