#include "httpdate.h"

#include <array>

namespace cc {

namespace {

// A tiny cursor over the header value: every step checks its bounds, so any input is safe.
struct Cursor
{
    QByteArrayView s;
    qsizetype i = 0;

    bool atEnd() const { return i >= s.size(); }
    bool eat(char c)
    {
        if (atEnd() || s[i] != c)
            return false;
        ++i;
        return true;
    }
    bool eat(QByteArrayView word)
    {
        if (s.size() - i < word.size() || s.sliced(i, word.size()) != word)
            return false;
        i += word.size();
        return true;
    }
    // Exactly `digits` ASCII digits (or 1–2 when spaceOk and the first is a space, for asctime's day).
    std::optional<int> number(int digits)
    {
        if (s.size() - i < digits)
            return std::nullopt;
        int v = 0;
        for (int k = 0; k < digits; ++k) {
            const char c = s[i + k];
            if (c < '0' || c > '9')
                return std::nullopt;
            v = v * 10 + (c - '0');
        }
        i += digits;
        return v;
    }
    std::optional<int> oneOf(const char *const *names, int count)
    {
        for (int k = 0; k < count; ++k)
            if (eat(QByteArrayView(names[k])))
                return k;
        return std::nullopt;
    }
};

constexpr const char *ShortDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr const char *LongDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
constexpr const char *Months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

std::optional<QDateTime> make(int year, int month, int day, int h, int m, int s)
{
    // Leap seconds (60) are allowed by the grammar; Qt has none, so they are read as :59.
    if (h > 23 || m > 59 || s > 60)
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    return QDateTime(date, QTime(h, m, std::min(s, 59)), Qt::UTC);
}

std::optional<std::array<int, 3>> time(Cursor &c)
{
    const auto h = c.number(2);
    if (!h || !c.eat(':'))
        return std::nullopt;
    const auto m = c.number(2);
    if (!m || !c.eat(':'))
        return std::nullopt;
    const auto s = c.number(2);
    if (!s)
        return std::nullopt;
    return std::array<int, 3>{*h, *m, *s};
}

} // namespace

std::optional<QDateTime> parseHttpDate(QByteArrayView text, const QDateTime &now)
{
    Cursor c{text.trimmed()};
    if (c.s.size() > 64)
        return std::nullopt;
    // IMF-fixdate and RFC 850 start with the day's name and a comma; asctime with the name and a space.
    const qsizetype start = c.i;
    if (c.oneOf(LongDays, 7) && c.eat(',') && c.eat(' ')) { // RFC 850: 06-Nov-94
        const auto day = c.number(2);
        if (!day || !c.eat('-'))
            return std::nullopt;
        const auto month = c.oneOf(Months, 12);
        if (!month || !c.eat('-'))
            return std::nullopt;
        const auto yy = c.number(2);
        if (!yy || !c.eat(' '))
            return std::nullopt;
        const auto t = time(c);
        if (!t || !c.eat(QByteArrayView(" GMT")) || !c.atEnd())
            return std::nullopt;
        // RFC 9110: a two-digit year that appears more than 50 years in the future is in the past century.
        int year = now.date().year() / 100 * 100 + *yy;
        if (year > now.date().year() + 50)
            year -= 100;
        return make(year, *month + 1, *day, (*t)[0], (*t)[1], (*t)[2]);
    }
    c.i = start;
    if (!c.oneOf(ShortDays, 7))
        return std::nullopt;
    if (c.eat(',')) { // IMF-fixdate: ", 06 Nov 1994 08:49:37 GMT"
        if (!c.eat(' '))
            return std::nullopt;
        const auto day = c.number(2);
        if (!day || !c.eat(' '))
            return std::nullopt;
        const auto month = c.oneOf(Months, 12);
        if (!month || !c.eat(' '))
            return std::nullopt;
        const auto year = c.number(4);
        if (!year || !c.eat(' '))
            return std::nullopt;
        const auto t = time(c);
        if (!t || !c.eat(QByteArrayView(" GMT")) || !c.atEnd())
            return std::nullopt;
        return make(*year, *month + 1, *day, (*t)[0], (*t)[1], (*t)[2]);
    }
    // asctime: " Nov  6 08:49:37 1994"
    if (!c.eat(' '))
        return std::nullopt;
    const auto month = c.oneOf(Months, 12);
    if (!month || !c.eat(' '))
        return std::nullopt;
    std::optional<int> day;
    if (c.eat(' '))
        day = c.number(1);
    else
        day = c.number(2);
    if (!day || !c.eat(' '))
        return std::nullopt;
    const auto t = time(c);
    if (!t || !c.eat(' '))
        return std::nullopt;
    const auto year = c.number(4);
    if (!year || !c.atEnd())
        return std::nullopt;
    return make(*year, *month + 1, *day, (*t)[0], (*t)[1], (*t)[2]);
}

std::optional<int> retryAfterMs(QByteArrayView value, int capMs, const QDateTime &now)
{
    const QByteArrayView v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    // delay-seconds = 1*DIGIT; a huge number is just "longer than the cap".
    bool digits = v.size() <= 64;
    for (char ch : v)
        digits = digits && ch >= '0' && ch <= '9';
    if (digits) {
        qint64 seconds = 0;
        for (char ch : v) {
            seconds = seconds * 10 + (ch - '0');
            if (seconds > capMs / 1000 + 1)
                return capMs;
        }
        return int(std::min<qint64>(seconds * 1000, capMs));
    }
    if (const auto when = parseHttpDate(v, now))
        return int(std::clamp<qint64>(now.msecsTo(*when), 0, capMs));
    return std::nullopt;
}

} // namespace cc
