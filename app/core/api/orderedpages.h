#pragma once

#include "cloudcockpitclient.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <type_traits>

namespace cc {

// The most one listing reads, whatever a server says: a tenant has up to 100,000 customers; ten
// times that is a server that is wrong, not a big tenant, and would take gigabytes to hold.
struct PagingLimits
{
    int maxPages = 10000;
    qint64 maxRows = 1000000;
};

// How a listing ended, for the caller to report.
struct PagingSummary
{
    int pages = 0;             // pages handed over
    qint64 rows = 0;           // items handed over
    int totalCount = 0;        // what the first page said
    int duplicates = 0;        // items whose ID an earlier page had already given (left out)
    bool stoppedEarly = false; // the pages ended before totalPages said (hasNextPage=false, an empty page)
};

// Fetches the pages of one listing a few at a time and hands them over in order, trusting none of
// the counts a server gives: it stops at hasNextPage=false, at an empty page, and past what
// totalCount allows at the page size the server used; an item whose ID an earlier page gave is
// left out and counted; more pages or rows than the limits is an error that says so. At most
// `concurrency` pages are in flight or waiting to be handed over, so memory stays bounded however
// long the listing. Used by the customer list model and by ccadmin.
//
// It is the context of its calls: destroying it (or cancel()) ends the listing silently.
template<typename PageT> class OrderedPages final : public QObject
{
public:
    using Fetch = std::function<CallHandle(int pageNumber, QObject *context, Callback<PageT> callback)>;
    struct Handlers
    {
        std::function<void(PageT &&page)> page; // in order, duplicates removed; may cancel, restart or destroy us
        std::function<void(const ApiError &error)> failed;
        std::function<void(const PagingSummary &summary)> done;
    };

    OrderedPages(Fetch fetch, Handlers handlers, QObject *parent = nullptr)
        : QObject(parent)
        , m_fetch(std::move(fetch))
        , m_handlers(std::move(handlers))
    {}

    // requestedPageSize: what each request asks for; allPages false reads the first page only.
    void start(int requestedPageSize, bool allPages, int concurrency, PagingLimits limits = {})
    {
        cancel();
        m_pageSize = std::max(1, requestedPageSize);
        m_all = allPages;
        m_concurrency = std::max(1, concurrency);
        m_limits = limits;
        m_summary = {};
        m_seen.clear();
        m_lastPage = 1;
        m_nextToHand = 1;
        m_nextToFetch = 2;
        m_active = true;
        fetch(1);
    }

    void cancel()
    {
        ++m_generation;
        m_active = false;
        for (auto &c : m_calls)
            c.cancel();
        m_calls.clear();
        m_ready.clear();
    }

    bool isActive() const { return m_active; }
    const PagingSummary &summary() const { return m_summary; }

private:
    void fetch(int page)
    {
        const int generation = m_generation;
        m_calls.insert(page, m_fetch(page, this, [this, page, generation](const Result<PageT> &r) {
                           if (generation != m_generation)
                               return;
                           m_calls.remove(page);
                           onPage(page, r);
                       }));
    }

    void fail(const ApiError &error)
    {
        cancel();
        if (m_handlers.failed)
            m_handlers.failed(error);
    }

    void failTooMany(const QString &correlationId, qint64 count, qint64 limit)
    {
        ApiError e;
        e.kind = ApiError::Kind::MalformedResponse;
        e.correlationId = correlationId;
        e.description =
            QCoreApplication::translate(
                "cc::OrderedPages",
                "The server reports %1 customers or pages, more than the %2 one listing reads; nothing past the limit was read.")
                .arg(QLocale().toString(count), QLocale().toString(limit));
        fail(e);
    }

    void onPage(int page, const Result<PageT> &r)
    {
        if (!r.ok()) {
            fail(r.error());
            return;
        }
        if (page == 1) {
            const PageT &first = r.value();
            m_summary.totalCount = std::max(0, first.totalCount);
            if (m_all) {
                // The server's own page size, when it used a smaller one than asked for.
                const int size = first.pageSize >= 1 && first.pageSize <= m_pageSize ? first.pageSize : m_pageSize;
                const qint64 byCount = (qint64(m_summary.totalCount) + size - 1) / size;
                const qint64 pages = std::min<qint64>(std::max(1, first.totalPages), std::max<qint64>(1, byCount));
                if (m_summary.totalCount > m_limits.maxRows) {
                    failTooMany(r.correlationId(), m_summary.totalCount, m_limits.maxRows);
                    return;
                }
                if (pages > m_limits.maxPages) {
                    failTooMany(r.correlationId(), pages, m_limits.maxPages);
                    return;
                }
                m_lastPage = int(pages);
            }
        }
        m_ready.insert(page, r.value());
        const int generation = m_generation;
        while (m_active && m_ready.contains(m_nextToHand)) {
            const int number = m_nextToHand++;
            PageT ready = m_ready.take(number);
            if (number > 1 && ready.items.isEmpty()) {
                stopAfter(number - 1);
                break;
            }
            if (!ready.hasNextPage && number < m_lastPage)
                stopAfter(number);
            dropSeen(ready);
            m_summary.rows += ready.items.size();
            ++m_summary.pages;
            if (m_summary.rows > m_limits.maxRows) {
                failTooMany(r.correlationId(), m_summary.rows, m_limits.maxRows);
                return;
            }
            const QPointer<QObject> alive(this);
            if (m_handlers.page)
                m_handlers.page(std::move(ready));
            if (!alive || generation != m_generation)
                return; // the handler ended, restarted or destroyed the listing
        }
        if (m_nextToHand > m_lastPage) {
            m_active = false;
            cancelCallsFrom(m_lastPage + 1);
            if (m_handlers.done)
                m_handlers.done(m_summary);
            return;
        }
        // Pages that arrived early wait for the one before them; at most twice as many as are in
        // flight, so a page that never comes cannot make the others pile up.
        while (m_calls.size() < m_concurrency && m_ready.size() < 2 * m_concurrency && m_nextToFetch <= m_lastPage)
            fetch(m_nextToFetch++);
    }

    // The listing ends with `page`: what was asked for after it is not wanted any more.
    void stopAfter(int page)
    {
        if (page >= m_lastPage)
            return;
        m_summary.stoppedEarly = true;
        m_lastPage = page;
        cancelCallsFrom(page + 1);
        for (auto it = m_ready.begin(); it != m_ready.end();)
            it = it.key() > page ? m_ready.erase(it) : std::next(it);
    }

    void cancelCallsFrom(int page)
    {
        for (auto it = m_calls.begin(); it != m_calls.end();) {
            if (it.key() >= page) {
                it.value().cancel();
                it = m_calls.erase(it);
            } else {
                ++it;
            }
        }
    }

    void dropSeen(PageT &page)
    {
        QList<qsizetype> repeated;
        for (qsizetype i = 0; i < page.items.size(); ++i) {
            const QUuid &id = page.items.at(i).id;
            if (m_seen.contains(id))
                repeated.append(i);
            else
                m_seen.insert(id);
        }
        if (repeated.isEmpty())
            return;
        m_summary.duplicates += int(repeated.size());
        for (auto it = repeated.crbegin(); it != repeated.crend(); ++it)
            page.items.removeAt(*it);
        if constexpr (std::is_same_v<PageT, CustomerSummaryPage>) {
            // The search texts were made for the items as they were; the receiver makes them anew.
            page.searchTexts.clear();
            page.searchEnds.clear();
        }
    }

    Fetch m_fetch;
    Handlers m_handlers;
    QMap<int, CallHandle> m_calls;
    QMap<int, PageT> m_ready;
    QSet<QUuid> m_seen;
    PagingSummary m_summary;
    PagingLimits m_limits;
    int m_pageSize = 1;
    int m_concurrency = 1;
    int m_lastPage = 1;
    int m_nextToHand = 1;
    int m_nextToFetch = 2;
    int m_generation = 0;
    bool m_all = true;
    bool m_active = false;
};

} // namespace cc
