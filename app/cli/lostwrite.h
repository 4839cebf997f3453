#pragma once

#include <core/api/cloudcockpitclient.h>

#include <QTextStream>

#include <functional>

namespace ccadmin {

// After a write whose answer was lost (ApiError::outcomeUnknown): the customer is read back — a
// GET, never the write again — and compared with what was sent (cc::outcome::holds). stderr then
// says which it is, on a line of its own that scripts can read:
//   outcome: applied        the server has the change (exit 0)
//   outcome: not-applied    it does not; running the command again is safe (exit 6)
//   outcome: unknown        reading back failed too (exit 6)
// `done` gets the exit code.
void checkLostWrite(cc::CloudCockpitClient *client, const QUuid &customerId, const QUuid &resellerId,
                    std::function<bool(const cc::Customer &)> holds, QTextStream &err, QObject *context,
                    std::function<void(int code)> done);

} // namespace ccadmin
