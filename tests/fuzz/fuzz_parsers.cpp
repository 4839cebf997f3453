// libFuzzer targets for every parser of outside data. One source, one target per FUZZ_TARGET value
// (see CMakeLists.txt). Any crash, sanitizer report or broken invariant is a finding.

#include <core/api/apierror.h>
#include <core/api/httpdate.h>
#include <core/bulk/csv.h>
#include <core/domain/json.h>
#include <core/domain/types.h>
#include <core/domain/validation.h>

#include <options.h>
#include <terminal.h>

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <iterator>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
#if FUZZ_TARGET == 1 // error envelope
    cc::ApiError e;
    e.kind = cc::ApiError::Kind::Validation;
    if (cc::json::parseErrorEnvelope(bytes, e)) {
        (void)e.message();
        (void)e.details();
    }
#elif FUZZ_TARGET == 2  // customer page, full and lean: the lean reader agrees on every page the full one takes
    const auto page = cc::json::parseCustomerPage(bytes);
    const auto lean = cc::json::parseCustomerSummaryPage(bytes, true);
    if (page.ok()) {
        if (!lean.ok() || lean.value->items.size() != page.value->items.size() ||
            lean.value->totalCount != page.value->totalCount || lean.value->totalPages != page.value->totalPages ||
            lean.value->pageNumber != page.value->pageNumber || lean.value->pageSize != page.value->pageSize ||
            lean.value->hasNextPage != page.value->hasNextPage || lean.value->hasPreviousPage != page.value->hasPreviousPage)
            std::abort();
        for (qsizetype i = 0; i < page.value->items.size(); ++i) {
            const auto &c = page.value->items.at(i);
            (void)cc::json::toJson(c);
            const auto expected = cc::CustomerSummary::fromCustomer(c);
            const auto &s = lean.value->items.at(i);
            if (s.id != expected.id || s.text != expected.text || s.resellerId != expected.resellerId ||
                s.createdSecs != expected.createdSecs || s.providerCount != expected.providerCount ||
                s.isDeleted != expected.isDeleted ||
                lean.value->searchText(i) != QByteArrayView(cc::CustomerSummary::searchTextOf(expected.text)) ||
                !std::equal(std::begin(s.end), std::end(s.end), std::begin(expected.end)))
                std::abort();
        }
    } else if (!lean.ok() && lean.error.message != page.error.message) {
        std::abort();
    }
    (void)cc::json::parseCustomer(bytes);
#elif FUZZ_TARGET == 3  // provider instances
    const auto page = cc::json::parseProviderInstancePage(bytes);
    if (page.ok())
        for (const auto &i : page.value->items)
            (void)i.isMicrosoft(), (void)i.displayName();
#elif FUZZ_TARGET == 4  // token response, OAuth error, JSON string bodies
    (void)cc::json::parseTokenResponse(bytes);
    (void)cc::json::parseOAuthError(bytes);
    (void)cc::json::parseJsonString(bytes);
#elif FUZZ_TARGET == 5  // field paths: normalising is idempotent
    for (const QString &path : {QString::fromUtf8(bytes), QString::fromLatin1(bytes)}) {
        const QString key = cc::normalizePropertyPath(path);
        if (cc::normalizePropertyPath(key) != key)
            std::abort();
    }
#elif FUZZ_TARGET == 6  // JWT
    (void)cc::json::decodeJwt(QString::fromUtf8(bytes));
#elif FUZZ_TARGET == 7  // Microsoft customer data round trip
    if (const auto d = cc::MicrosoftCustomerData::fromJsonText(QString::fromUtf8(bytes))) {
        const auto again = cc::MicrosoftCustomerData::fromJsonText(d->toJsonText());
        // Contacts travel only when the primary contact is not kept (the API's rule).
        if (!again || again->domain != d->domain || again->keepPrimaryInformation != d->keepPrimaryInformation ||
            (!d->keepPrimaryInformation && again->email != d->email))
            std::abort();
    }
    (void)cc::validation::isEmail(QString::fromUtf8(bytes));
    (void)cc::validation::isPhone(QString::fromUtf8(bytes));
    (void)cc::validation::isUuid(QString::fromUtf8(bytes));
#elif FUZZ_TARGET == 8  // ccadmin option values
    const QString text = QString::fromUtf8(bytes);
    QString error;
    (void)ccadmin::parseOfferTypeMargin(text, cc::MarginRule::Markup, &error);
    (void)ccadmin::parsePercent(text, &error);
    (void)ccadmin::parseDate(text, &error);
    (void)ccadmin::parseUuid(text, &error);
    (void)ccadmin::parseSearchField(text, &error);
#elif FUZZ_TARGET == 9  // Retry-After: delay-seconds and HTTP-dates; a wait is never negative or past its cap
    const QDateTime now(QDate(2026, 12, 7), QTime(21, 0), Qt::UTC);
    if (const auto date = cc::parseHttpDate(bytes, now); date && (!date->isValid() || date->timeSpec() != Qt::UTC))
        std::abort();
    if (const auto ms = cc::retryAfterMs(bytes, 30000, now); ms && (*ms < 0 || *ms > 30000))
        std::abort();
#elif FUZZ_TARGET == 10 // what ccadmin prints of outside text: never a control or bidi character
    for (const QString &text : {QString::fromUtf8(bytes), QString::fromLatin1(bytes)}) {
        for (QChar c : ccadmin::terminalSafe(text)) {
            const char16_t u = c.unicode();
            if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069))
                std::abort();
        }
        if (const auto url = ccadmin::printableHttpsUrl(text)) {
            for (QChar c : *url)
                if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
                    std::abort();
            if (!url->startsWith(u"https://"))
                std::abort();
        }
    }
#elif FUZZ_TARGET == 11 // resellers: a page and one reseller; what --format json writes reads back
    const auto page = cc::json::parseResellerPage(bytes);
    const auto one = cc::json::parseReseller(bytes);
    if (one.ok() && bytes.size() > cc::json::MaxObjectBodyBytes)
        std::abort();
    if (page.ok()) {
        for (const auto &r : page.value->items) {
            const auto back = cc::json::parseReseller(QJsonDocument(cc::json::toJson(r)).toJson());
            // Texts may hold lone surrogates that UTF-8 cannot carry: compare what identifies it.
            if (!back.ok() || back.value->id != r.id)
                std::abort();
        }
    }
#elif FUZZ_TARGET == 12 // MCA: a page, one agreement and the refresh answer; json output reads back the same
    const auto page = cc::json::parseMcaPage(bytes);
    const auto one = cc::json::parseMcaItem(bytes);
    if (one.ok() && (bytes.size() > cc::json::MaxObjectBodyBytes || !cc::mcaStatusFromName(cc::mcaStatusName(one.value->status))))
        std::abort();
    if (page.ok()) {
        for (const auto &m : page.value->items) {
            const auto back = cc::json::parseMcaItem(QJsonDocument(cc::json::toJson(m)).toJson());
            if (!back.ok() || back.value->id != m.id || back.value->status != m.status ||
                back.value->customerId != m.customerId || back.value->providerInstanceId != m.providerInstanceId ||
                back.value->linkExpiresAt.toSecsSinceEpoch() != m.linkExpiresAt.toSecsSinceEpoch())
                std::abort();
            (void)cc::mcaStatusDisplayName(m.status);
        }
    }
    const auto refresh = cc::json::parseMcaRefresh(bytes);
    if (refresh.ok() && refresh.value->expirationMinutes &&
        (*refresh.value->expirationMinutes < 5 || *refresh.value->expirationMinutes > 10080))
        std::abort();
#elif FUZZ_TARGET == 13 // CSV reader: rows in order, and what the writer writes reads back the same
    const cc::csv::ReadResult read = cc::csv::read(bytes, 1024 * 1024);
    if (read.ok()) {
        int last = 0;
        QString written;
        const char d = read.table.delimiter;
        for (const cc::csv::Record &r : read.table.records) {
            if (r.row <= last || r.fields.isEmpty())
                std::abort();
            last = r.row;
            for (const QString &f : r.fields)
                if (cc::csv::looksLikeFormula(cc::csv::field(f, d)))
                    std::abort();
            // A field that the writer does not change reads back as itself (formula-looking ones
            // gain their ' on purpose).
            QStringList plain;
            for (const QString &f : r.fields)
                plain << (cc::csv::looksLikeFormula(f) ? QStringLiteral("x") : f);
            if (plain.size() == 1 && plain.front().isEmpty())
                continue; // a blank line: left out on reading
            written += cc::csv::line(plain, d);
        }
        const cc::csv::ReadResult again = cc::csv::read(written.toUtf8(), 64 * 1024 * 1024, d);
        if (!again.ok())
            std::abort();
    } else if (read.error.message.isEmpty()) {
        std::abort();
    }
#endif
    return 0;
}
