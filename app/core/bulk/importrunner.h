#pragma once

// Sends a checked import plan (internalidimport.h): one PATCH internal-identifier per row that
// changes something, at most `concurrency` at a time, each row once. A row whose answer is lost is
// read back (a GET; the write is never sent again) and compared with what was sent
// (cc::outcome::holds). stop() sends no new row and lets those in flight finish. A row that takes
// a value another row frees is sent only once that row is applied.

#include "internalidimport.h"

#include <core/api/cloudcockpitclient.h>

#include <QObject>

namespace cc::bulk {

class ImportRunner final : public QObject
{
    Q_OBJECT
public:
    ImportRunner(CloudCockpitClient *client, QList<PlanRow> rows, QObject *parent = nullptr);

    // Six at a time reach the floor of curl --parallel with 150 ms per answer (docs/benchmarks.md)
    // without pressing a server harder than a handful of users would.
    static constexpr int DefaultConcurrency = 6;
    void setConcurrency(int concurrency); // 1..64
    // Results a resumed run takes over: those rows are not sent again.
    void setDone(const QHash<QPair<int, QUuid>, RowResult> &done);

    void start();
    void stop();
    bool isStopping() const { return m_stopping; }
    bool isFinished() const { return m_finished; }

    const QList<PlanRow> &rows() const { return m_rows; }
    const QList<RowResult> &results() const { return m_results; }
    int toSend() const { return m_toSend; } // rows that need a write
    int finishedWrites() const { return m_finishedWrites; }
    int inFlight() const { return m_inFlight; }

Q_SIGNALS:
    void rowFinished(int index); // also for each row found not sent when the run ends
    void finished();

private:
    void pump();
    int takeReady();
    void send(int index);
    void readBack(int index, const InternalIdentifierUpdate &update);
    void complete(int index, RowResult result);
    bool waitsFor(int index) const; // a row it waits for is not finished yet
    int blockedBy(int index) const; // a row it waits for that was not applied; -1: none

    CloudCockpitClient *m_client;
    QList<PlanRow> m_rows;
    QList<RowResult> m_results;
    QList<int> m_queue;   // rows to send, in file order
    qsizetype m_next = 0; // the next of m_queue to look at
    QList<int> m_waiting; // rows taken from m_queue whose row to wait for was not finished then
    int m_concurrency = DefaultConcurrency;
    int m_inFlight = 0;
    int m_toSend = 0;
    int m_finishedWrites = 0;
    bool m_started = false;
    bool m_stopping = false;
    bool m_finished = false;
};

// The exit code of `ccadmin internal-id import` for finished results: 0 when every row is done,
// 6 when a row's outcome is not known to be applied for another reason than the server's refusal
// (lost and not made, unknown, not sent), else 3 when the server rejected some.
int exitCodeOf(const QList<RowResult> &results);

} // namespace cc::bulk
