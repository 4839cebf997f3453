#include "lostwrite.h"

#include "terminal.h"

#include <QCoreApplication>

namespace ccadmin {

void checkLostWrite(cc::CloudCockpitClient *client, const QUuid &customerId, const QUuid &resellerId,
                    std::function<bool(const cc::Customer &)> holds, QTextStream &err, QObject *context,
                    std::function<void(int code)> done)
{
    err << QCoreApplication::translate("ccadmin", "ccadmin: reading the customer back to see whether the change was made…")
        << '\n';
    err.flush();
    // A fresh correlation id: this is another request, and the write's id stays the write's.
    client->getCustomer(customerId, resellerId, context, [holds, &err, done](const cc::Result<cc::Customer> &r) {
        if (!r.ok()) {
            err << QCoreApplication::translate("ccadmin", "ccadmin: reading the customer back failed too (%1); look at the "
                                                          "customer before you run the command again.")
                       .arg(terminalSafe(r.error().message()))
                << '\n'
                << QStringLiteral("outcome: unknown") << '\n'
                << QStringLiteral("read-correlation-id: ") << terminalSafe(r.correlationId()) << '\n';
            done(6);
            return;
        }
        if (holds(r.value())) {
            err << QCoreApplication::translate("ccadmin", "ccadmin: the server has the change; only its answer was lost.") << '\n'
                << QStringLiteral("outcome: applied") << '\n';
            done(0);
        } else {
            err << QCoreApplication::translate("ccadmin", "ccadmin: the change was not made; running the command again is safe.")
                << '\n'
                << QStringLiteral("outcome: not-applied") << '\n';
            done(6);
        }
    });
}

} // namespace ccadmin
