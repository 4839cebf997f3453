#pragma once

// Whether a customer as read from the server holds what a write sent: how a write whose answer
// was lost (ApiError::outcomeUnknown) is found applied or not, by the window's forms and by
// ccadmin alike. Read the customer as the relationship the write was for (its resellerId).

#include "types.h"

namespace cc::outcome {

bool holds(const Customer &fromServer, const InternalIdentifierUpdate &sent);
// The agreement recorded on the instance with the date sent, and the signatory sent (or the
// primary contact kept).
bool holds(const Customer &fromServer, const McaUpdate &sent);
// The customer is in the instance now. Only instances the customer was not in are offered or
// accepted, so being in it means the POST was carried out.
bool holds(const Customer &fromServer, const AddProviderInstanceRequest &sent);
// The instance's margin is the one sent, and its offer-type margins are exactly those sent (in any
// order): the PATCH replaces them, so one left over or missing means it was not applied.
bool holds(const Customer &fromServer, const MarginsUpdate &sent);

} // namespace cc::outcome
