#pragma once

#include "formmodel.h"

class OfferTypeMarginModel;

// Adds the customer to a provider instance: the instance, (for a CSP) the relationship, the
// provider's customer data (a form for Microsoft, JSON text otherwise), the instance margin and
// optional margins per offer type. POST /v1/Customers/{id}/ProviderInstances.
class AddProviderInstanceForm final : public FormModel
{
    Q_OBJECT
public:
    static constexpr auto Name = u"add-provider-instance";
    // PriceMargin.value in the contract.
    static constexpr double MinMarginPercent = 0;
    static constexpr double MaxMarginPercent = 999;

    AddProviderInstanceForm(cc::CloudCockpitClient *client, const cc::Customer &customer, const cc::Session &session,
                            const QList<cc::ProviderInstance> &instances, QObject *parent = nullptr);
    ~AddProviderInstanceForm() override;

    // The instances the customer is not in yet.
    QList<cc::ProviderInstance> availableInstances() const;
    void setProviderInstances(const QList<cc::ProviderInstance> &instances) override;
    QUuid instanceId() const { return m_instanceId; }
    void setInstanceId(const QUuid &id);
    std::optional<cc::ProviderInstance> instance() const;
    bool isMicrosoft() const;

    QList<QUuid> relationships() const; // null (own) first; the customer's reseller for a CSP
    QUuid resellerId() const { return m_resellerId; }
    void setResellerId(const QUuid &id);

    // Microsoft customer data. While keepPrimaryInformation is on, the contact fields read the
    // customer's primary contact and what was typed before is kept for when it goes off.
    cc::MicrosoftCustomerData microsoftData() const;
    void setMicrosoftData(const cc::MicrosoftCustomerData &data);
    static QString defaultCultureFor(const cc::Customer &customer);

    // Other providers: the customer data as JSON text (an object, or empty).
    QString jsonText() const { return m_json; }
    void setJsonText(const QString &text);
    // Where the JSON text stops parsing, as a character index; -1 when it parses.
    int jsonErrorPosition() const;

    cc::PriceMargin margin() const { return m_margin; }
    void setMargin(const cc::PriceMargin &margin);
    OfferTypeMarginModel *offerTypeMargins() const { return m_margins; }

    cc::AddProviderInstanceRequest request() const;
    cc::FieldErrors validate() const override;

Q_SIGNALS:
    void instancesChanged();
    void instanceChanged(); // the chosen instance: Microsoft or not, and its offer types

protected:
    cc::CallHandle send(const cc::RequestOptions &options) override;
    QJsonObject draftValues() const override;
    void applyDraft(const QJsonObject &values) override;
    void applyTo(cc::Customer &customer) const override;
    bool hasChange(const cc::Customer &fromServer) const override;
    QString savedMessage() const override;

private:
    void chooseInstance(const QUuid &id);
    QString jsonProblem(int *position) const;

    QUuid m_instanceId;
    QUuid m_resellerId;
    cc::MicrosoftCustomerData m_ms;
    ContactFields m_contact;
    QString m_json;
    cc::PriceMargin m_margin{10.0, cc::MarginRule::Markup};
    OfferTypeMarginModel *m_margins;
    QList<cc::OfferTypeMargin> m_pendingMargins; // from a draft, until the instance is known
};
