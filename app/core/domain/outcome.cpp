#include "outcome.h"

#include <cmath>

namespace cc::outcome {

bool holds(const Customer &fromServer, const InternalIdentifierUpdate &sent)
{
    return fromServer.internalIdentifier == sent.internalIdentifier;
}

bool holds(const Customer &fromServer, const McaUpdate &sent)
{
    const ProviderCustomer *pc = fromServer.providerCustomer(sent.providerInstanceId);
    if (!pc)
        return false;
    const auto data = MicrosoftCustomerData::fromJsonText(pc->providerCustomerData);
    if (!data || !data->acceptedMca || data->agreementDate != sent.agreementDate ||
        data->keepPrimaryInformation != sent.keepPrimaryInformation)
        return false;
    if (sent.keepPrimaryInformation)
        return true;
    return data->firstName == sent.firstName && data->lastName == sent.lastName && data->email == sent.email &&
           data->phone == sent.phone;
}

bool holds(const Customer &fromServer, const AddProviderInstanceRequest &sent)
{
    return fromServer.providerCustomer(sent.providerInstanceId) != nullptr;
}

namespace {
// The value went through JSON both ways: compare as the server stores it, not bit for bit.
bool sameMargin(const PriceMargin &a, const PriceMargin &b)
{
    return a.rule == b.rule && std::abs(a.value - b.value) < 1e-9;
}
} // namespace

bool holds(const Customer &fromServer, const MarginsUpdate &sent)
{
    const ProviderCustomer *pc = fromServer.providerCustomer(sent.providerInstanceId);
    if (!pc || !pc->margin || !sameMargin(*pc->margin, sent.margin))
        return false;
    if (pc->offerTypeMargins.size() != sent.offerTypeMargins.size())
        return false;
    for (const OfferTypeMargin &want : sent.offerTypeMargins) {
        const auto it = std::find_if(pc->offerTypeMargins.cbegin(), pc->offerTypeMargins.cend(),
                                     [&](const OfferTypeMargin &m) { return m.offerType == want.offerType; });
        if (it == pc->offerTypeMargins.cend() || !sameMargin(it->margin, want.margin))
            return false;
    }
    return true;
}

} // namespace cc::outcome
