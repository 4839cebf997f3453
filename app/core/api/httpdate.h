#pragma once

#include <QByteArrayView>
#include <QDateTime>

#include <optional>

namespace cc {

// An HTTP-date (RFC 9110, section 5.6.7) in any of its three forms, as UTC:
//   IMF-fixdate  "Sun, 06 Nov 1994 08:49:37 GMT"   (what servers must send)
//   RFC 850      "Sunday, 06-Nov-94 08:49:37 GMT"  (obsolete; a two-digit year is read within 50 years of now)
//   asctime      "Sun Nov  6 08:49:37 1994"        (obsolete)
// Anything else, or a date that does not exist, is nullopt. Used for Retry-After.
std::optional<QDateTime> parseHttpDate(QByteArrayView text, const QDateTime &now = QDateTime::currentDateTimeUtc());

// Milliseconds to wait from a Retry-After value (delay-seconds or an HTTP-date), at most capMs; a
// date in the past is 0. nullopt when the value is neither.
std::optional<int> retryAfterMs(QByteArrayView value, int capMs, const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace cc
