#pragma once

#include "formmodel.h"

// The internal identifier of one relationship with the customer: the caller's own or, for a CSP,
// optionally the customer's reseller's. PATCH /v1/Customers/{id}/InternalIdentifier; an empty
// value clears it.
class InternalIdentifierForm final : public FormModel
{
    Q_OBJECT
public:
    static constexpr auto Name = u"internal-identifier";

    InternalIdentifierForm(cc::CloudCockpitClient *client, const cc::Customer &customer, const cc::Session &session,
                           QObject *parent = nullptr);
    ~InternalIdentifierForm() override;

    QString value() const { return m_value; }
    void setValue(const QString &value);
    void clear() { setValue({}); }
    // The relationships the caller may change: null (its own) first, then the customer's reseller
    // for a CSP caller when the customer has one.
    QList<QUuid> relationships() const;
    QUuid resellerId() const { return m_resellerId; }
    // Switching relationship shows that relationship's identifier, read from the server, unless
    // the user already typed a value.
    void setResellerId(const QUuid &resellerId);

    cc::InternalIdentifierUpdate update() const;
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
    QString m_value;
    QUuid m_resellerId;
    bool m_typed = false;
    cc::CallHandle m_load;
};
