// The lean reader of customer pages (json::parseCustomerSummaryPage): simdjson's On Demand API reads
// only what the list shows, straight from the UTF-8 body into CustomerSummary rows, where the full
// parser builds a QJsonDocument and then every field of every Customer. A page that the lean reader
// cannot take goes to the full parser, so the two never disagree on a page the full one accepts.

#include "json.h"

#include "contractnames.h"

#include <simdjson.h>

#include <QDateTime>

#include <array>
#include <bit>
#include <cstring>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace cc::json {

namespace {

namespace od = simdjson::ondemand;

// Why the lean reader gave up; the full parser then decides and words the error.
struct Unreadable
{
};

template<typename T> T take(simdjson::simdjson_result<T> &&r)
{
    T value;
    if (std::move(r).get(value))
        throw Unreadable{};
    return value;
}

// 8-4-4-4-12 hex digits, as validation::isUuid; read straight into the QUuid (two per customer:
// QUuid::fromString after a validating pass cost an eighth of reading a page).
std::optional<QUuid> uuidFrom(std::string_view s)
{
    static constexpr auto hex = [] {
        std::array<quint8, 256> t{};
        for (auto &v : t)
            v = 0x80;
        for (int c = 0; c < 10; ++c)
            t[size_t('0' + c)] = quint8(c);
        for (int c = 0; c < 6; ++c)
            t[size_t('a' + c)] = t[size_t('A' + c)] = quint8(10 + c);
        return t;
    }();
    if (s.size() != 36 || s[8] != '-' || s[13] != '-' || s[18] != '-' || s[23] != '-')
        return std::nullopt;
    static constexpr std::array<quint8, 16> at{0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34};
    std::array<quint8, 16> b{};
    quint8 bad = 0;
    for (size_t i = 0; i < 16; ++i) {
        const quint8 hi = hex[quint8(s[at[i]])];
        const quint8 lo = hex[quint8(s[at[i] + 1])];
        bad |= hi | lo;
        b[i] = quint8(hi << 4 | lo);
    }
    if (bad & 0x80)
        return std::nullopt;
    return QUuid(uint(b[0]) << 24 | uint(b[1]) << 16 | uint(b[2]) << 8 | b[3], ushort(b[4] << 8 | b[5]), ushort(b[6] << 8 | b[7]),
                 b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
}

// A field's key as written when it holds no escape (every key a server writes), else unescaped:
// the same text either way, without a copy into the parser's string buffer for the common case.
// The raw key always ends in a quote (the document was checked) and the input is padded, so the
// scan, eight bytes at a time, stops inside the buffer.
std::string_view keyOf(od::field &field)
{
    const char *raw = field.key().raw();
    const char *end = raw;
    if constexpr (std::endian::native == std::endian::little) {
        constexpr quint64 ones = 0x0101010101010101ull;
        constexpr quint64 highs = 0x8080808080808080ull;
        for (;; end += 8) {
            quint64 word;
            std::memcpy(&word, end, 8);
            const quint64 quote = word ^ (ones * '"');
            const quint64 slash = word ^ (ones * '\\');
            // The lowest byte flagged is the first quote or backslash (flags above it may be false).
            const quint64 hit = (((quote - ones) & ~quote) | ((slash - ones) & ~slash)) & highs;
            if (hit) {
                end += std::countr_zero(hit) / 8;
                break;
            }
        }
    } else {
        while (*end != '"' && *end != '\\')
            ++end;
    }
    if (*end == '"')
        return {raw, size_t(end - raw)};
    return take(field.unescaped_key());
}

int digits(std::string_view s, size_t at, size_t count)
{
    int v = 0;
    for (size_t i = at; i < at + count; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * unsigned(m + (m > 2 ? -3 : 9)) + 2) / 5 + unsigned(d) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

// createdDate as QDateTime::fromString(text, Qt::ISODateWithMs).toSecsSinceEpoch() gives it, or 0
// when that is invalid. The common form (YYYY-MM-DDTHH:MM:SS[.f{1,3}] then Z or +HH:MM) is read
// here; anything else (no offset: local time; more digits; 24:00) is left to QDateTime.
qint64 createdSeconds(std::string_view s)
{
    if (s.empty())
        return 0;
    const auto slow = [s] {
        const QDateTime t = QDateTime::fromString(QString::fromUtf8(s.data(), qsizetype(s.size())), Qt::ISODateWithMs);
        return t.isValid() ? t.toSecsSinceEpoch() : 0;
    };
    if (s.size() < 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':')
        return slow();
    const int y = digits(s, 0, 4), mo = digits(s, 5, 2), d = digits(s, 8, 2);
    const int h = digits(s, 11, 2), mi = digits(s, 14, 2), sec = digits(s, 17, 2);
    if (y < 1 || mo < 1 || mo > 12 || d < 1 || h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59)
        return slow();
    static constexpr int monthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (d > monthDays[mo - 1] + (mo == 2 && leap))
        return slow();
    size_t at = 19;
    int ms = 0;
    if (at < s.size() && s[at] == '.') {
        size_t n = 0;
        while (at + 1 + n < s.size() && s[at + 1 + n] >= '0' && s[at + 1 + n] <= '9')
            ++n;
        if (n < 1 || n > 3)
            return slow();
        ms = digits(s, at + 1, n);
        for (size_t i = n; i < 3; ++i)
            ms *= 10;
        at += 1 + n;
    }
    int offsetSecs = 0;
    if (at + 1 == s.size() && s[at] == 'Z') {
        offsetSecs = 0;
    } else if (at + 6 == s.size() && (s[at] == '+' || s[at] == '-') && s[at + 3] == ':') {
        const int oh = digits(s, at + 1, 2), om = digits(s, at + 4, 2);
        if (oh < 0 || oh > 14 || om < 0 || om > 59)
            return slow();
        offsetSecs = (oh * 3600 + om * 60) * (s[at] == '-' ? -1 : 1);
    } else {
        return slow();
    }
    const qint64 msecs = ((daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec - offsetSecs) * 1000) + ms;
    return msecs / 1000; // as QDateTime::toSecsSinceEpoch(): truncated towards zero
}

// The last value of a key wins, as in QJsonObject; values are checked once the object is read, in
// the order the full parser checks them.
struct Slot
{
    od::json_type type = od::json_type::null;
    bool present = false;
    std::string_view text;
    bool flag = false;
    double number = 0;
};

void read(od::value value, Slot &slot)
{
    slot.present = true;
    slot.type = take(value.type());
    switch (slot.type) {
    case od::json_type::string: slot.text = take(value.get_string()); break;
    case od::json_type::boolean: slot.flag = take(value.get_bool()); break;
    case od::json_type::number: slot.number = take(value.get_double()); break;
    case od::json_type::null:
        slot.type = od::json_type::null;
        take(value.is_null());
        break;
    default: break; // an array or object where a scalar belongs: checked below
    }
}

// Reader's rules: a string, or null/missing; anything else is a shape error.
std::string_view stringOf(const Slot &s)
{
    if (!s.present || s.type == od::json_type::null)
        return {};
    if (s.type != od::json_type::string)
        throw Unreadable{};
    return s.text;
}

bool boolOf(const Slot &s, bool fallback)
{
    if (!s.present || s.type == od::json_type::null)
        return fallback;
    if (s.type != od::json_type::boolean)
        throw Unreadable{};
    return s.flag;
}

int intOf(const Slot &s, int fallback)
{
    if (!s.present || s.type == od::json_type::null)
        return fallback;
    if (s.type != od::json_type::number)
        throw Unreadable{};
    const double d = s.number;
    if (d >= -2147483648.0 && d <= 2147483647.0 && d == double(qint64(d)))
        return int(d);
    throw Unreadable{};
}

enum Key
{
    Id,
    CompanyName,
    Domain,
    InternalIdentifier,
    Country,
    City,
    Email,
    ResellerId,
    IsDeleted,
    CreatedDate,
    KeyCount
};

int keyIndex(std::string_view k)
{
    static constexpr std::array<std::pair<std::string_view, int>, KeyCount> keys{{
        {"id", Id},
        {"companyName", CompanyName},
        {"domain", Domain},
        {"internalIdentifier", InternalIdentifier},
        {"country", Country},
        {"city", City},
        {"email", Email},
        {"resellerId", ResellerId},
        {"isDeleted", IsDeleted},
        {"createdDate", CreatedDate},
    }};
    for (const auto &[name, key] : keys)
        if (name == k)
            return key;
    return -1;
}

// Whether a key names an offer type this version knows (as offerTypeFromName() reads it: trimmed,
// any case), without making a QString of every key of every customer.
bool isKnownOfferType(std::string_view key)
{
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (const OfferType t : allOfferTypes())
            out.push_back(offerTypeName(t).toLower().toStdString());
        return out;
    }();
    while (!key.empty() && (key.front() == ' ' || key.front() == '\t'))
        key.remove_prefix(1);
    while (!key.empty() && (key.back() == ' ' || key.back() == '\t'))
        key.remove_suffix(1);
    for (const std::string &name : names) {
        if (name.size() != key.size())
            continue;
        bool same = true;
        for (size_t i = 0; same && i < key.size(); ++i) {
            const char c = key[i];
            same = (c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c) == name[i];
        }
        if (same)
            return true;
    }
    // Anything unusual (other whitespace, non-ASCII): ask the full rule.
    for (const char c : key)
        if (quint8(c) >= 0x80 || (c < 0x20))
            return offerTypeFromName(QString::fromUtf8(key.data(), qsizetype(key.size()))).has_value();
    return false;
}

// A string or null, as the full parser's Reader::string() takes; anything else is its error to word.
void stringOrNull(od::value v)
{
    const od::json_type t = take(v.type());
    if (t != od::json_type::string && t != od::json_type::null)
        throw Unreadable{};
}

// A margin of the shape the full parser's readMargin() takes: null, or an object whose value is a
// number (or null) and whose marginRule is an object with a string name. One thing is let through
// on purpose: a rule name this version does not know (a rule the API added later) still lists
// the customer, though the full parser refuses it: one such customer must not hide the others.
void checkMargin(od::value v)
{
    const od::json_type t = take(v.type());
    if (t == od::json_type::null)
        return;
    if (t != od::json_type::object)
        throw Unreadable{};
    bool ruleNamed = false;
    for (auto fieldResult : take(v.get_object())) {
        od::field field = take(std::move(fieldResult));
        const std::string_view key = keyOf(field);
        if (key == std::string_view(contract::MarginValue.data(), size_t(contract::MarginValue.size()))) {
            const od::json_type vt = take(field.value().type());
            if (vt != od::json_type::number && vt != od::json_type::null)
                throw Unreadable{};
        } else if (key == "marginRule") {
            od::value rule = field.value();
            if (take(rule.type()) != od::json_type::object)
                throw Unreadable{};
            for (auto ruleFieldResult : take(rule.get_object())) {
                od::field ruleField = take(std::move(ruleFieldResult));
                if (keyOf(ruleField) != "name")
                    continue;
                od::value name = ruleField.value();
                if (take(name.type()) != od::json_type::string)
                    throw Unreadable{};
                ruleNamed = true;
            }
        }
    }
    if (!ruleNamed)
        throw Unreadable{};
}

// One entry of providerCustomers, checked as the full parser checks it (the list shows only how
// many there are): a page the full parser would refuse is never taken here. In any doubt the lean
// reader gives up and the full parser decides.
void checkProviderCustomer(od::value v)
{
    for (auto fieldResult : take(v.get_object())) {
        od::field field = take(std::move(fieldResult));
        const std::string_view key = keyOf(field);
        if (key == "providerInstanceId") {
            od::value id = field.value();
            const od::json_type t = take(id.type());
            if (t == od::json_type::null)
                continue;
            if (t != od::json_type::string || !uuidFrom(take(id.get_string())))
                throw Unreadable{};
        } else if (key == "providerCustomerId" || key == "providerCustomerData") {
            stringOrNull(field.value());
        } else if (key == "margin") {
            checkMargin(field.value());
        } else if (key == std::string_view(contract::ProviderCustomerOfferTypeMargins.data(),
                                           size_t(contract::ProviderCustomerOfferTypeMargins.size()))) {
            od::value margins = field.value();
            const od::json_type t = take(margins.type());
            if (t == od::json_type::null)
                continue;
            if (t != od::json_type::object)
                throw Unreadable{};
            for (auto entryResult : take(margins.get_object())) {
                od::field entry = take(std::move(entryResult));
                if (isKnownOfferType(keyOf(entry)))
                    checkMargin(entry.value());
            }
        }
    }
}

// instanceKeys: scratch space, reused from customer to customer.
CustomerSummary readCustomer(od::object object, std::vector<std::string_view> &instanceKeys)
{
    std::array<Slot, KeyCount> slots;
    // providerCustomers: only how many distinct keys it has, each of which must hold an object.
    instanceKeys.clear(); // views into the body or the parser's string buffer
    for (auto fieldResult : object) {
        od::field field = take(std::move(fieldResult));
        const std::string_view key = keyOf(field);
        if (key == "providerCustomers") {
            od::value v = field.value();
            const od::json_type type = take(v.type());
            instanceKeys.clear();
            if (type == od::json_type::null)
                continue;
            if (type != od::json_type::object)
                throw Unreadable{};
            for (auto entryResult : take(v.get_object())) {
                od::field entry = take(std::move(entryResult));
                const std::string_view instance = keyOf(entry);
                od::value value = entry.value();
                if (take(value.type()) != od::json_type::object)
                    throw Unreadable{};
                checkProviderCustomer(value);
                bool seen = false;
                for (const std::string_view k : instanceKeys)
                    seen = seen || k == instance;
                if (!seen)
                    instanceKeys.push_back(instance);
            }
            continue;
        }
        const int k = keyIndex(key);
        if (k >= 0)
            read(field.value(), slots[size_t(k)]);
    }

    CustomerSummary c;
    const Slot &id = slots[Id];
    if (!id.present || id.type != od::json_type::string)
        throw Unreadable{};
    const auto uuid = uuidFrom(id.text);
    if (!uuid)
        throw Unreadable{};
    c.id = *uuid;
    const std::string_view fields[CustomerSummary::FieldCount] = {
        stringOf(slots[CompanyName]), stringOf(slots[Domain]), stringOf(slots[InternalIdentifier]),
        stringOf(slots[Country]),     stringOf(slots[City]),   stringOf(slots[Email])};
    const Slot &reseller = slots[ResellerId];
    if (reseller.present && reseller.type != od::json_type::null) {
        const auto r = reseller.type == od::json_type::string ? uuidFrom(reseller.text) : std::nullopt;
        if (!r)
            throw Unreadable{};
        c.resellerId = *r;
    }
    c.isDeleted = boolOf(slots[IsDeleted], false);
    c.createdSecs = createdSeconds(stringOf(slots[CreatedDate]));
    qsizetype size = CustomerSummary::FieldCount;
    for (const std::string_view f : fields)
        size += qsizetype(f.size());
    c.text.reserve(size);
    for (int f = 0; f < CustomerSummary::FieldCount; ++f)
        c.setField(CustomerSummary::Field(f), QByteArrayView(fields[f].data(), qsizetype(fields[f].size())));
    c.providerCount = quint32(std::min<size_t>(instanceKeys.size(), std::numeric_limits<quint32>::max()));
    return c;
}

std::optional<CustomerSummaryPage> readPage(const QByteArray &body, bool withSearchText)
{
    // simdjson reads up to 64 bytes past the end of its input. A body with that much room allocated
    // behind it (the client reads pages into such buffers) is parsed in place; any other is copied
    // into a padded buffer each thread keeps (a fresh megabyte buffer a page costs more in page
    // faults than the copy).
    thread_local std::unique_ptr<char[]> buffer;
    thread_local size_t capacity = 0;
    const size_t needed = size_t(body.size()) + simdjson::SIMDJSON_PADDING;
    simdjson::padded_string_view input;
    if (size_t(body.capacity()) >= needed) {
        input = simdjson::padded_string_view(body.constData(), size_t(body.size()), size_t(body.capacity()));
    } else {
        if (capacity < needed || capacity > 4 * needed + (16 << 20)) {
            capacity = needed + needed / 4;
            buffer = std::make_unique_for_overwrite<char[]>(capacity);
        }
        std::memcpy(buffer.get(), body.constData(), size_t(body.size()));
        std::memset(buffer.get() + body.size(), 0, simdjson::SIMDJSON_PADDING);
        input = simdjson::padded_string_view(buffer.get(), size_t(body.size()), capacity);
    }
    thread_local od::parser parser;
    od::document doc = take(parser.iterate(input));
    od::object top = take(doc.get_object());

    CustomerSummaryPage page;
    Slot pageNumber, pageSize, totalPages, totalCount, hasPrevious, hasNext;
    bool sawItems = false;
    for (auto fieldResult : top) {
        od::field field = take(std::move(fieldResult));
        const std::string_view key = take(field.unescaped_key());
        od::value v = field.value();
        if (key == "items") {
            sawItems = true;
            page.items.clear();
            const od::json_type type = take(v.type());
            if (type == od::json_type::null)
                continue;
            if (type != od::json_type::array)
                throw Unreadable{};
            od::array array = take(v.get_array());
            page.items.reserve(qsizetype(take(array.count_elements())));
            std::vector<std::string_view> instanceKeys;
            for (auto itemResult : array) {
                od::value item = take(std::move(itemResult));
                if (take(item.type()) != od::json_type::object)
                    throw Unreadable{};
                page.items.append(readCustomer(take(item.get_object()), instanceKeys));
            }
        } else if (key == "paginationParameters") {
            pageNumber = pageSize = Slot{};
            const od::json_type type = take(v.type());
            if (type == od::json_type::null)
                continue;
            if (type != od::json_type::object)
                throw Unreadable{};
            for (auto pResult : take(v.get_object())) {
                od::field p = take(std::move(pResult));
                const std::string_view pk = take(p.unescaped_key());
                if (pk == "pageNumber")
                    read(p.value(), pageNumber);
                else if (pk == "pageSize")
                    read(p.value(), pageSize);
            }
        } else if (key == "totalPages") {
            read(v, totalPages);
        } else if (key == "totalCount") {
            read(v, totalCount);
        } else if (key == "hasPreviousPage") {
            read(v, hasPrevious);
        } else if (key == "hasNextPage") {
            read(v, hasNext);
        }
    }
    // Nothing may follow the object (On Demand reads only as far as it is asked to).
    const char *rest = nullptr;
    if (doc.current_location().get(rest) != simdjson::OUT_OF_BOUNDS)
        throw Unreadable{};
    if (!sawItems) // the full parser calls that an error
        throw Unreadable{};
    const int count = int(page.items.size());
    page.pageNumber = intOf(pageNumber, 1);
    page.pageSize = intOf(pageSize, count);
    page.totalPages = intOf(totalPages, 1);
    page.totalCount = intOf(totalCount, count);
    page.hasPreviousPage = boolOf(hasPrevious, page.pageNumber > 1);
    page.hasNextPage = boolOf(hasNext, false);
    if (page.totalCount < 0 || page.totalPages < 0)
        throw Unreadable{};
    if (withSearchText)
        page.makeSearchTexts();
    return page;
}

} // namespace

Parsed<CustomerSummaryPage> parseCustomerSummaryPage(const QByteArray &body, bool withSearchText)
{
    Parsed<CustomerSummaryPage> out;
    try {
        out.value = readPage(body, withSearchText);
        return out;
    } catch (const Unreadable &) {
    }
    // Not the common shape (or not JSON at all): the full parser decides, and says why.
    Parsed<CustomerPage> full = parseCustomerPage(body);
    if (!full.ok()) {
        out.error = full.error;
        return out;
    }
    CustomerSummaryPage page;
    page.items.reserve(full.value->items.size());
    for (const Customer &c : std::as_const(full.value->items))
        page.items.append(CustomerSummary::fromCustomer(c));
    page.pageNumber = full.value->pageNumber;
    page.pageSize = full.value->pageSize;
    page.totalPages = full.value->totalPages;
    page.totalCount = full.value->totalCount;
    page.hasPreviousPage = full.value->hasPreviousPage;
    page.hasNextPage = full.value->hasNextPage;
    if (withSearchText)
        page.makeSearchTexts();
    out.value = std::move(page);
    return out;
}

} // namespace cc::json
