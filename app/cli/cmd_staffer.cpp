// The staffer's commands of #17: resellers, the margins of an existing relationship, and the
// Microsoft Customer Agreement status (list, show, refresh). Their table entries are in
// commands.cpp; their printing is in stafferoutput.cpp.

#include "cliapp.h"

#include "stafferoutput.h"
#include "terminal.h"

#include <core/api/orderedpages.h>
#include <core/domain/outcome.h>
#include <core/domain/validation.h>

#include <QCoreApplication>

namespace ccadmin {

namespace {

// Resellers per request when their names are read: a CSP has tens to a few hundred.
constexpr int ResellerPageSize = 2000;
constexpr int McaPageSize = 100;
constexpr int McaPageSizeAll = 2000;

} // namespace

void CliApp::withResellerNames(const QUuid &only, std::function<void(const ResellerNames &names)> then)
{
    if (m_format != Format::Text) {
        then({});
        return;
    }
    auto warn = [this, then](const cc::ApiError &e) {
        m_err << QCoreApplication::translate("ccadmin", "warning: reseller names could not be read (%1); their IDs are shown.")
                     .arg(terminalSafe(e.message()))
              << '\n';
        m_err.flush();
        then({});
    };
    auto one = [this, then, warn](const QUuid &id) {
        m_client->getReseller(
            id, this,
            [then, warn](const cc::Result<cc::Reseller> &r) {
                if (!r.ok()) {
                    warn(r.error());
                    return;
                }
                then({{r.value().id, r.value().companyName}});
            },
            m_request);
    };
    if (!only.isNull()) {
        one(only);
        return;
    }
    auto names = std::make_shared<ResellerNames>();
    cc::OrderedPages<cc::ResellerPage>::Handlers handlers;
    handlers.page = [names](cc::ResellerPage &&page) {
        for (const cc::Reseller &r : page.items)
            names->insert(r.id, r.companyName);
    };
    handlers.failed = [this, warn, one](const cc::ApiError &e) {
        // Only a csp may list resellers; a reseller's token reads its own record instead.
        const QUuid own = m_client->session().resellerId;
        if (e.kind == cc::ApiError::Kind::Forbidden && !own.isNull())
            one(own);
        else
            warn(e);
    };
    handlers.done = [names, then](const cc::PagingSummary &) { then(*names); };
    auto fetch = [this](int page, QObject *context, cc::Callback<cc::ResellerPage> callback) {
        cc::ResellerQuery q;
        q.pageNumber = page;
        q.pageSize = ResellerPageSize;
        return m_client->listResellers(q, context, std::move(callback), m_request);
    };
    auto *pages = new cc::OrderedPages<cc::ResellerPage>(std::move(fetch), std::move(handlers), this);
    pages->start(ResellerPageSize, true, 2);
}

void CliApp::resellersList()
{
    auto list = std::make_shared<QList<cc::Reseller>>();
    cc::OrderedPages<cc::ResellerPage>::Handlers handlers;
    handlers.page = [list](cc::ResellerPage &&page) { *list += page.items; };
    handlers.failed = [this](const cc::ApiError &e) { fail(e); };
    handlers.done = [this, list](const cc::PagingSummary &summary) {
        printResellers(m_out, m_format, *list);
        if (summary.duplicates > 0)
            m_err << QCoreApplication::translate("ccadmin",
                                                 "warning: the server sent %n reseller(s) more than once; each was printed once.",
                                                 nullptr, summary.duplicates)
                  << '\n';
        finish(Ok);
    };
    auto fetch = [this](int page, QObject *context, cc::Callback<cc::ResellerPage> callback) {
        cc::ResellerQuery q;
        q.pageNumber = page;
        q.pageSize = ResellerPageSize;
        return m_client->listResellers(q, context, std::move(callback), m_request);
    };
    auto *pages = new cc::OrderedPages<cc::ResellerPage>(std::move(fetch), std::move(handlers), this);
    pages->start(ResellerPageSize, true, 2);
}

void CliApp::marginsSet()
{
    const QUuid id = uuidOperand(0, "customer-id");
    cc::MarginsUpdate update;
    update.providerInstanceId = requiredUuid("provider-instance");
    marginOptions(update.margin, update.offerTypeMargins);
    update.resellerId = optionalUuid("reseller");
    {
        // Ranges and repeated offer types before anything is sent; whether the instance sells an
        // offer type is the server's to say (a 400 on that offer type's field).
        const cc::FieldErrors errors = cc::validation::validate(update);
        for (auto it = errors.cbegin(); it != errors.cend(); ++it)
            if (it.key() != u"providerinstanceid")
                for (const QString &m : it.value())
                    problem(it.key(), m);
    }
    if (reportedProblems())
        return;
    m_client->updateMargins(
        id, update, {}, this,
        [this, id, update](const cc::Result<cc::Done> &r) {
            if (!r.ok()) {
                failWrite(r.error(), id, update.resellerId,
                          [update](const cc::Customer &c) { return cc::outcome::holds(c, update); });
                return;
            }
            finish(Ok);
        },
        m_request);
}

void CliApp::mcaList()
{
    cc::McaQuery query;
    const bool all = m_parser->isSet(QStringLiteral("all"));
    query.pageSize = all ? McaPageSizeAll : McaPageSize;
    if (m_parser->isSet(QStringLiteral("status"))) {
        const QString text = m_parser->value(QStringLiteral("status"));
        if (const auto s = cc::mcaStatusFromName(text)) {
            query.status = *s;
        } else {
            QStringList names;
            for (cc::McaStatus st : cc::allMcaStatuses())
                names << cc::mcaStatusName(st);
            problem(QStringLiteral("status"), QCoreApplication::translate("ccadmin", "'%1' is not a status: use one of %2.")
                                                  .arg(text, names.join(QStringLiteral(", "))));
        }
    }
    query.searchValue = m_parser->value(QStringLiteral("search"));
    query.excludeCompliant = m_parser->isSet(QStringLiteral("exclude-compliant"));
    {
        const cc::FieldErrors errors = cc::validation::validate(query);
        for (auto it = errors.cbegin(); it != errors.cend(); ++it)
            for (const QString &m : it.value())
                problem(it.key(), m);
    }
    if (reportedProblems())
        return;
    auto printer = std::make_shared<McaListPrinter>(m_out, m_format);
    cc::OrderedPages<cc::McaPage>::Handlers handlers;
    handlers.page = [printer, begun = false](cc::McaPage &&page) mutable {
        if (!std::exchange(begun, true))
            printer->begin();
        printer->add(page.items);
    };
    handlers.failed = [this](const cc::ApiError &e) {
        m_out.flush();
        fail(e);
    };
    handlers.done = [this, printer](const cc::PagingSummary &summary) {
        printer->end(summary.totalCount);
        if (summary.duplicates > 0)
            m_err << QCoreApplication::translate(
                         "ccadmin", "warning: the server sent %n agreement(s) more than once; each was printed once.", nullptr,
                         summary.duplicates)
                  << '\n';
        finish(Ok);
    };
    auto fetch = [this, query](int page, QObject *context, cc::Callback<cc::McaPage> callback) {
        cc::McaQuery q = query;
        q.pageNumber = page;
        return m_client->listMcas(q, context, std::move(callback), m_request);
    };
    auto *pages = new cc::OrderedPages<cc::McaPage>(std::move(fetch), std::move(handlers), this);
    pages->start(query.pageSize, all, 4);
}

void CliApp::mcaShow()
{
    const QUuid id = uuidOperand(0, "customer-id");
    const QUuid instance = requiredUuid("provider-instance");
    if (reportedProblems())
        return;
    m_client->getMca(
        id, instance, this,
        [this](const cc::Result<cc::McaItem> &r) {
            if (!r.ok()) {
                fail(r.error());
                return;
            }
            printMca(m_out, m_format, r.value());
            finish(Ok);
        },
        m_request);
}

void CliApp::mcaRefresh()
{
    const QUuid id = uuidOperand(0, "customer-id");
    const QUuid instance = requiredUuid("provider-instance");
    if (reportedProblems())
        return;
    m_client->refreshMcaStatus(
        id, instance, this,
        [this, id, instance](const cc::Result<cc::McaRefresh> &r) {
            if (!r.ok() && !r.error().outcomeUnknown) {
                fail(r.error());
                return;
            }
            // The refresh stores the status; what is stored is read with the GET — also when the
            // refresh's answer was lost (the POST is never sent again): the status then says what
            // the server has, whichever way the refresh went.
            int code = Ok;
            if (!r.ok()) {
                code = report(r.error(), /*outcomeChecked=*/true);
                m_err << QCoreApplication::translate(
                             "ccadmin", "ccadmin: reading the agreement back; it shows the status the server has now.")
                      << '\n'
                      << QStringLiteral("outcome: unknown") << '\n';
                m_err.flush();
            }
            m_client->getMca(id, instance, this, [this, code](const cc::Result<cc::McaItem> &item) {
                if (!item.ok()) {
                    fail(item.error());
                    return;
                }
                printMca(m_out, m_format, item.value());
                finish(code);
            });
        },
        m_request);
}

} // namespace ccadmin
