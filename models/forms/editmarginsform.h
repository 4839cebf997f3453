#pragma once

#include "formmodel.h"

class OfferTypeMarginModel;

// The price margins of the customer's relationship in one provider instance it is in: the margin
// and its rule, and the margins per offer type (the add-provider-instance form's table), filled in
// with today's values. PATCH /v1/Customers/{id}/margins/{instance} replaces them all: an offer
// type left out of the table falls back to the margin. A CSP may change the customer's
// reseller's relationship instead of its own; switching reads that relationship's margins.
// One draft per customer and instance (the form's name holds the instance).
class EditMarginsForm final : public FormModel
{
    Q_OBJECT
public:
    static constexpr auto Name = u"edit-margins";
    static QString formNameFor(const QUuid &providerInstanceId);
    // The instance of a name formNameFor() made; null for any other name.
    static QUuid instanceOfFormName(const QString &formName);

    EditMarginsForm(cc::CloudCockpitClient *client, const cc::Customer &customer, const cc::Session &session,
                    const QUuid &providerInstanceId, const QList<cc::ProviderInstance> &instances, QObject *parent = nullptr);
    ~EditMarginsForm() override;

    QUuid instanceId() const { return m_instanceId; }
    std::optional<cc::ProviderInstance> instance() const;
    QString instanceName() const; // its display name, or its ID while the instances are not known
    void setProviderInstances(const QList<cc::ProviderInstance> &instances) override;

    QList<QUuid> relationships() const; // null (own) first; the customer's reseller for a CSP
    QUuid resellerId() const { return m_resellerId; }
    void setResellerId(const QUuid &id);

    cc::PriceMargin margin() const { return m_margin; }
    void setMargin(const cc::PriceMargin &margin);
    OfferTypeMarginModel *offerTypeMargins() const { return m_margins; }

    cc::MarginsUpdate update() const;
    cc::FieldErrors validate() const override;

protected:
    cc::CallHandle send(const cc::RequestOptions &options) override;
    QJsonObject draftValues() const override;
    void applyDraft(const QJsonObject &values) override;
    void applyTo(cc::Customer &customer) const override;
    bool hasChange(const cc::Customer &fromServer) const override;
    QString savedMessage() const override;
    QUuid checkRelationship() const override { return m_resellerId; }

private:
    // Shows the relationship's margins as the server has them (today's values).
    void fillFrom(const cc::Customer &customer);
    void offerTypes();

    QUuid m_instanceId;
    QUuid m_resellerId;
    cc::PriceMargin m_margin{0, cc::MarginRule::Markup};
    OfferTypeMarginModel *m_margins;
    bool m_typed = false;
    cc::CallHandle m_load;
};
