#include "importrunner.h"

#include <core/domain/outcome.h>

#include <QCoreApplication>

namespace cc::bulk {

namespace {

// One line for the results: the server's field messages, else the error's own.
QString messageOf(const ApiError &e)
{
    QStringList parts;
    for (auto it = e.fieldErrors.cbegin(); it != e.fieldErrors.cend(); ++it)
        parts += it.value();
    return parts.isEmpty() ? e.message() : parts.join(u' ');
}

} // namespace

ImportRunner::ImportRunner(CloudCockpitClient *client, QList<PlanRow> rows, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_rows(std::move(rows))
    , m_results(m_rows.size())
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).change == Change::Unchanged) {
            m_results[i].outcome = Outcome::Unchanged;
        } else {
            m_queue.append(i);
            ++m_toSend;
        }
    }
}

void ImportRunner::setConcurrency(int concurrency)
{
    m_concurrency = std::clamp(concurrency, 1, 64);
}

void ImportRunner::setDone(const QHash<QPair<int, QUuid>, RowResult> &done)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const auto it = done.constFind(qMakePair(m_rows.at(i).row, m_rows.at(i).customerId));
        // A row the earlier run applied reads as unchanged now: its earlier result says more.
        if (it == done.cend() || (m_results.at(i).outcome != Outcome::Pending && m_results.at(i).outcome != Outcome::Unchanged))
            continue;
        if (m_results.at(i).outcome == Outcome::Pending) {
            m_queue.removeOne(i);
            --m_toSend;
        }
        m_results[i] = *it;
    }
}

void ImportRunner::start()
{
    if (std::exchange(m_started, true))
        return;
    // Asynchronously, as every call of the service layer: the caller connects first.
    QMetaObject::invokeMethod(this, &ImportRunner::pump, Qt::QueuedConnection);
}

void ImportRunner::stop()
{
    m_stopping = true;
    if (m_started)
        QMetaObject::invokeMethod(this, &ImportRunner::pump, Qt::QueuedConnection);
}

bool ImportRunner::waitsFor(int index) const
{
    for (int a : m_rows.at(index).after)
        if (m_results.at(a).outcome == Outcome::Pending)
            return true;
    return false;
}

int ImportRunner::blockedBy(int index) const
{
    for (int a : m_rows.at(index).after)
        if (m_results.at(a).outcome != Outcome::Pending && !isDone(m_results.at(a).outcome))
            return a;
    return -1;
}

int ImportRunner::takeReady()
{
    for (qsizetype w = 0; w < m_waiting.size(); ++w) {
        const int i = m_waiting.at(w);
        if (waitsFor(i))
            continue;
        m_waiting.removeAt(w);
        return i;
    }
    while (m_next < m_queue.size()) {
        const int i = m_queue.at(m_next++);
        if (waitsFor(i))
            m_waiting.append(i);
        else
            return i;
    }
    return -1;
}

void ImportRunner::pump()
{
    if (m_finished)
        return;
    while (!m_stopping && m_inFlight < m_concurrency) {
        const int i = takeReady();
        if (i < 0)
            break;
        if (const int b = blockedBy(i); b >= 0) {
            complete(i, {Outcome::NotSent,
                         0,
                         {},
                         tr("Not sent: row %1, which frees this value, was not applied.").arg(m_rows.at(b).row)});
            continue;
        }
        send(i);
    }
    if (m_inFlight > 0)
        return;
    if (!m_stopping && (m_next < m_queue.size() || !m_waiting.isEmpty()))
        return; // cannot happen: a row waits only for rows in flight or finished
    for (int i = 0; i < m_results.size(); ++i) {
        if (m_results.at(i).outcome == Outcome::Pending) {
            m_results[i] = {Outcome::NotSent, 0, {}, tr("Not sent: the import was stopped.")};
            Q_EMIT rowFinished(i);
        }
    }
    m_finished = true;
    Q_EMIT finished();
}

void ImportRunner::complete(int index, RowResult result)
{
    m_results[index] = std::move(result);
    ++m_finishedWrites;
    Q_EMIT rowFinished(index);
}

void ImportRunner::send(int index)
{
    const PlanRow &row = m_rows.at(index);
    InternalIdentifierUpdate update;
    update.internalIdentifier = row.newValue;
    update.resellerId = row.resellerId;
    RequestOptions options;
    // Ours, so that the results name it whatever happens to the answer.
    options.correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ++m_inFlight;
    m_client->updateInternalIdentifier(
        row.customerId, update, this,
        [this, index, update, options](const Result<Done> &r) {
            if (r.ok()) {
                --m_inFlight;
                complete(index, {Outcome::Changed, r.httpStatus(), options.correlationId, {}});
                pump();
                return;
            }
            const ApiError &e = r.error();
            if (!e.outcomeUnknown) {
                --m_inFlight;
                complete(index, {Outcome::Rejected, e.httpStatus,
                                 e.correlationId.isEmpty() ? options.correlationId : e.correlationId, messageOf(e)});
                pump();
                return;
            }
            m_results[index].correlationId = options.correlationId;
            m_results[index].httpStatus = e.httpStatus;
            readBack(index, update);
        },
        options);
}

void ImportRunner::readBack(int index, const InternalIdentifierUpdate &update)
{
    const PlanRow &row = m_rows.at(index);
    // Still counted in flight: the row is not finished until its outcome is known.
    m_client->getCustomer(row.customerId, row.resellerId, this, [this, index, update](const Result<Customer> &r) {
        --m_inFlight;
        RowResult result = m_results.at(index);
        if (!r.ok()) {
            result.outcome = Outcome::Unknown;
            result.message = tr("The answer was lost and reading the customer back failed too (%1); look at the customer "
                                "before you send this row again.")
                                 .arg(r.error().message());
        } else if (outcome::holds(r.value(), update)) {
            result.outcome = Outcome::CheckedChanged;
            result.message = tr("The answer was lost; read back, the server has the new value.");
        } else {
            result.outcome = Outcome::CheckedNotChanged;
            result.message = tr("The answer was lost; read back, the change was not made. Sending this row again is safe.");
        }
        complete(index, result);
        pump();
    });
}

int exitCodeOf(const QList<RowResult> &results)
{
    bool rejected = false;
    for (const RowResult &r : results) {
        if (r.outcome == Outcome::CheckedNotChanged || r.outcome == Outcome::Unknown || r.outcome == Outcome::NotSent ||
            r.outcome == Outcome::Pending)
            return 6;
        rejected = rejected || r.outcome == Outcome::Rejected;
    }
    return rejected ? 3 : 0;
}

} // namespace cc::bulk
