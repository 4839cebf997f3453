// ccadmin internal-id import: a spreadsheet of new internal identifiers, checked against the
// customer list before anything is sent, then sent a few at a time (core/bulk).

#include "cliapp.h"

#include "signals.h"
#include "terminal.h"

#include <core/api/orderedpages.h>
#include <core/bulk/importrunner.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>

#include <unistd.h>

namespace ccadmin {

namespace {

QString keyKindName(cc::bulk::KeyKind kind)
{
    switch (kind) {
    case cc::bulk::KeyKind::CustomerId: return QCoreApplication::translate("ccadmin", "customer ID");
    case cc::bulk::KeyKind::InternalIdentifier: return QCoreApplication::translate("ccadmin", "current internal identifier");
    case cc::bulk::KeyKind::Domain: return QCoreApplication::translate("ccadmin", "domain");
    }
    return {};
}

} // namespace

// What one run holds from the checks to the last result line.
struct ImportState
{
    QString file;
    bool dryRun = false;
    int concurrency = cc::bulk::ImportRunner::DefaultConcurrency;
    QString resultsPath; // empty: stdout
    cc::bulk::DoneRows done;
    cc::csv::Table table;
    cc::bulk::ColumnMapping mapping;
    QList<cc::bulk::KnownCustomer> customers;
    cc::bulk::Plan plan;
    QElapsedTimer checks;
    std::unique_ptr<QFile> results;
};

void CliApp::internalIdImport()
{
    auto state = std::make_shared<ImportState>();
    state->file = m_operands.at(0);
    state->dryRun = m_parser->isSet(QStringLiteral("dry-run"));
    if (m_parser->isSet(QStringLiteral("concurrency"))) {
        bool ok = false;
        state->concurrency = m_parser->value(QStringLiteral("concurrency")).toInt(&ok);
        if (!ok || state->concurrency < 1 || state->concurrency > 64)
            problem(QStringLiteral("concurrency"), QCoreApplication::translate("ccadmin", "use a whole number from 1 to 64."));
    }
    state->resultsPath = m_parser->value(QStringLiteral("results"));
    if (m_parser->isSet(QStringLiteral("resume"))) {
        state->done = cc::bulk::readDoneRows(m_parser->value(QStringLiteral("resume")));
        if (!state->done.error.isEmpty())
            problem(QStringLiteral("resume"), state->done.error);
    }
    state->checks.start();
    const cc::csv::ReadResult read = cc::csv::readFile(state->file);
    if (!read.ok()) {
        if (read.error.row > 0)
            problem(QStringLiteral("ROW %1").arg(read.error.row), read.error.message);
        else
            problem(QStringLiteral("file"), read.error.message);
    }
    if (reportedProblems())
        return;
    state->table = read.table;
    const QStringList header = state->table.records.isEmpty() ? QStringList() : state->table.records.front().fields;
    state->mapping = cc::bulk::guessMapping(header);
    if (!state->mapping.isComplete()) {
        QStringList found;
        for (const QString &h : header)
            found << u'\'' + h + u'\'';
        finish(usage(QCoreApplication::translate(
                         "ccadmin",
                         "cannot tell the columns of %1 apart: it has %2. It needs a column naming the customer "
                         "(customer ID, internal identifier or domain) and one with the new value (new internal identifier); "
                         "a reseller column is optional.")
                         .arg(state->file, found.isEmpty() ? QCoreApplication::translate("ccadmin", "no header")
                                                           : found.join(QStringLiteral(", ")))));
        return;
    }
    // The results file is opened before anything is sent: a path that cannot be written is found
    // now, not after the changes were made.
    if (!state->dryRun && !state->resultsPath.isEmpty()) {
        state->results = std::make_unique<QFile>(state->resultsPath);
        if (!state->results->open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
            problem(QStringLiteral("results"),
                    QCoreApplication::translate("ccadmin", "cannot write %1.").arg(state->resultsPath));
            reportedProblems();
            return;
        }
    }

    // The customer list, read once: every row is matched against it.
    cc::OrderedPages<cc::CustomerSummaryPage>::Handlers handlers;
    handlers.page = [state](cc::CustomerSummaryPage &&page) {
        // Room for them all at once: growing a list of 100,000 step by step was a tenth of a dry run.
        if (state->customers.isEmpty())
            state->customers.reserve(std::clamp(page.totalCount, 0, 1000000));
        for (const cc::CustomerSummary &s : std::as_const(page.items))
            state->customers.append(cc::bulk::KnownCustomer::fromSummary(s));
    };
    handlers.failed = [this](const cc::ApiError &e) { fail(e); };
    handlers.done = [this, state](const cc::PagingSummary &) {
        state->plan = cc::bulk::parse(state->table, state->mapping, state->customers);
        state->table = {};
        importReadOldValues(state);
    };
    auto fetch = [this](int page, QObject *context, cc::Callback<cc::CustomerSummaryPage> callback) {
        cc::CustomerQuery q;
        q.pageNumber = page;
        q.pageSize = 2000;
        return m_client->listCustomerSummaries(q, context, std::move(callback), m_request);
    };
    auto *pages = new cc::OrderedPages<cc::CustomerSummaryPage>(std::move(fetch), std::move(handlers), this);
    pages->start(2000, true, 4);
}

// Rows for a reseller's relationship: the list shows the caller's own identifier, so each such
// customer is read as that relationship (a GET each, a few at a time) for its old value.
void CliApp::importReadOldValues(std::shared_ptr<ImportState> state)
{
    auto pending = std::make_shared<QList<int>>(state->plan.needOldValue);
    state->plan.needOldValue.clear();
    auto running = std::make_shared<int>(0);
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, state, pending, running, next] {
        while (*running < state->concurrency && !pending->isEmpty()) {
            const int i = pending->takeFirst();
            ++*running;
            const cc::bulk::PlanRow &row = state->plan.rows.at(i);
            m_client->getCustomer(
                row.customerId, row.resellerId, this,
                [this, state, i, running, next](const cc::Result<cc::Customer> &r) {
                    --*running;
                    if (!r.ok()) {
                        fail(r.error());
                        *next = nullptr;
                        return;
                    }
                    state->plan.rows[i].oldValue = r.value().internalIdentifier;
                    if (*next)
                        (*next)();
                },
                m_request);
        }
        if (*running == 0 && pending->isEmpty()) {
            cc::bulk::finish(state->plan, state->customers);
            // The function holds itself: let it go, but not while it runs.
            QMetaObject::invokeMethod(
                this, [next] { *next = nullptr; }, Qt::QueuedConnection);
            importChecked(state);
        }
    };
    (*next)();
}

void CliApp::importChecked(std::shared_ptr<ImportState> state)
{
    const cc::bulk::Plan &plan = state->plan;
    const qint64 checkMs = state->checks.elapsed();
    if (!plan.problems.isEmpty()) {
        for (const cc::bulk::Problem &p : plan.problems)
            m_err << terminalSafe(p.text()) << '\n';
        m_err << QCoreApplication::translate("ccadmin", "ccadmin: %n problem(s) in %1; nothing was sent.", nullptr,
                                             int(plan.problems.size()))
                     .arg(terminalSafe(state->file))
              << '\n';
        finish(Usage);
        return;
    }
    m_err << QCoreApplication::translate("ccadmin", "ccadmin: %1 rows checked against %2 customers in %3 ms (key: %4).")
                 .arg(QLocale().toString(plan.rows.size()), QLocale().toString(state->customers.size()),
                      QLocale().toString(checkMs), keyKindName(state->mapping.keyKind))
          << '\n';
    m_err.flush(); // before the sending starts, not with the summary
    state->customers.clear();
    if (state->dryRun) {
        const QString arrow = QStringLiteral(" \u2192 ");
        for (const cc::bulk::PlanRow &r : plan.rows) {
            QString line = QStringLiteral("ROW %1  %2 (%3): ")
                               .arg(r.row)
                               .arg(terminalSafe(r.company), r.customerId.toString(QUuid::WithoutBraces));
            switch (r.change) {
            case cc::bulk::Change::Unchanged:
                line += QCoreApplication::translate("ccadmin", "unchanged (%1)").arg(terminalSafe(r.oldValue));
                break;
            case cc::bulk::Change::Changed:
                line += (r.oldValue.isEmpty() ? QCoreApplication::translate("ccadmin", "(none)") : terminalSafe(r.oldValue)) +
                        arrow + terminalSafe(r.newValue);
                break;
            case cc::bulk::Change::Cleared:
                line += terminalSafe(r.oldValue) + arrow + QCoreApplication::translate("ccadmin", "cleared");
                break;
            }
            m_out << line << '\n';
        }
        m_out << QCoreApplication::translate("ccadmin", "%n changed", nullptr, plan.changed) << QStringLiteral(", ")
              << QCoreApplication::translate("ccadmin", "%n cleared", nullptr, plan.cleared) << QStringLiteral(", ")
              << QCoreApplication::translate("ccadmin", "%n unchanged", nullptr, plan.unchanged) << QStringLiteral("; ")
              << QCoreApplication::translate("ccadmin", "nothing was sent (--dry-run).") << '\n';
        finish(Ok);
        return;
    }

    auto *runner = new cc::bulk::ImportRunner(m_client.get(), plan.rows, this);
    runner->setConcurrency(state->concurrency);
    if (!state->done.rows.isEmpty())
        runner->setDone(state->done.rows);
    state->plan = {};
    // Results are written as each row finishes, so that a run killed outright still leaves them.
    QTextStream *resultsOut = state->results ? new QTextStream(state->results.get()) : nullptr;
    QTextStream *out = resultsOut ? resultsOut : &m_out;
    auto writeResult = [runner, out](int i) {
        *out << cc::csv::line(cc::bulk::resultsLine(runner->rows().at(i), runner->results().at(i)));
        out->flush();
    };
    *out << cc::csv::line(cc::bulk::resultsHeader());
    for (int i = 0; i < runner->rows().size(); ++i)
        if (runner->results().at(i).outcome != cc::bulk::Outcome::Pending)
            writeResult(i);
    const int skipped = int(std::count_if(runner->rows().begin(), runner->rows().end(), [&](const cc::bulk::PlanRow &r) {
        return state->done.rows.contains(qMakePair(r.row, r.customerId));
    }));
    if (skipped > 0)
        m_err << QCoreApplication::translate("ccadmin", "ccadmin: %n row(s) done in the earlier run are not sent again.", nullptr,
                                             skipped)
              << '\n';

    const bool terminal = ::isatty(STDERR_FILENO);
    auto lastProgress = std::make_shared<QElapsedTimer>();
    lastProgress->start();
    auto progress = [this, runner, terminal, lastProgress](bool force) {
        if (!terminal || (!force && lastProgress->elapsed() < 100))
            return;
        lastProgress->restart();
        m_err << '\r'
              << QCoreApplication::translate("ccadmin", "%1 of %2 sent, %3 in flight")
                     .arg(QLocale().toString(runner->finishedWrites()), QLocale().toString(runner->toSend()),
                          QLocale().toString(runner->inFlight()))
              << QStringLiteral("\x1b[K");
        m_err.flush();
    };
    connect(runner, &cc::bulk::ImportRunner::rowFinished, this, [writeResult, progress](int i) {
        writeResult(i);
        progress(false);
    });
    connect(runner, &cc::bulk::ImportRunner::finished, this, [this, runner, state, resultsOut, progress, terminal] {
        progress(true);
        if (terminal)
            m_err << '\n';
        delete resultsOut;
        if (state->results)
            state->results->close();
        QMap<cc::bulk::Outcome, int> counts;
        for (int i = 0; i < runner->results().size(); ++i) {
            const cc::bulk::RowResult &r = runner->results().at(i);
            ++counts[r.outcome];
            if (r.outcome == cc::bulk::Outcome::Rejected || r.outcome == cc::bulk::Outcome::Unknown ||
                r.outcome == cc::bulk::Outcome::CheckedNotChanged)
                m_err << QStringLiteral("ROW %1: %2").arg(runner->rows().at(i).row).arg(cc::bulk::outcomeName(r.outcome))
                      << (r.httpStatus ? QStringLiteral(" (%1)").arg(r.httpStatus) : QString()) << QStringLiteral(": ")
                      << terminalSafe(r.message) << QStringLiteral(" correlation-id: ") << terminalSafe(r.correlationId) << '\n';
        }
        QStringList parts;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            parts << QStringLiteral("%1 %2").arg(QLocale().toString(it.value()), cc::bulk::outcomeName(it.key()));
        m_err << QStringLiteral("ccadmin: ") << parts.join(QStringLiteral(", ")) << '\n';
        finish(cc::bulk::exitCodeOf(runner->results()));
    });
    onTerminationSignal(this, [this, runner] {
        if (runner->isStopping() || runner->isFinished())
            return;
        m_err << (::isatty(STDERR_FILENO) ? QStringLiteral("\n") : QString())
              << QCoreApplication::translate("ccadmin", "ccadmin: stopping: no new rows are sent; waiting for the %n in flight.",
                                             nullptr, runner->inFlight())
              << '\n';
        m_err.flush();
        runner->stop();
    });
    runner->start();
}

} // namespace ccadmin
