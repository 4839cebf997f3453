#include "outcome.h"

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

} // namespace cc::outcome
