#pragma once

// Internal: how CloudCockpitClient turns what happened to a request (a network error, a status, a
// redirect, an error envelope) into one ApiError, and which of those may pass on a retry.

#include "apierror.h"

#include <QNetworkReply>
#include <QStringList>
#include <QUrl>

#include <chrono>

class QSslError;

namespace cc::replyerrors {

inline constexpr int MaxRedirects = 5;

// A failure a GET may get past by asking again (a dropped or reset connection).
bool isTransientNetworkError(QNetworkReply::NetworkError e);

// The request got no HTTP answer: no connection, TLS refused, timed out (our own deadline too).
ApiError networkError(QNetworkReply::NetworkError code, const QStringList &sslErrors, std::chrono::milliseconds timeout);

// A TLS error, with the certificate it is about, for a message (TLS errors are never ignored).
QString describeSslError(const QSslError &error);

// Whether a write that ended this way may have reached the server and been carried out. Only an
// error that stops a request before it leaves (no connection, no TLS) or an answer the server
// gave (a status, a refusal) says for sure; a lost, late or unreadable answer does not.
bool writeOutcomeUnknown(ApiError::Kind kind, QNetworkReply::NetworkError netError, int status);

// An HTTP error status, and its ErrorResponse envelope when the body is one. The correlation ID
// the request was sent with stays when the envelope names none.
ApiError httpError(int status, const QByteArray &body, const QString &sentCorrelationId);

bool isRedirect(int status);
// Where a 3xx points, resolved against the request; an invalid URL when it says nowhere usable
// (no Location, or one that does not parse), so that it is never taken for the request's own URL.
QUrl redirectTarget(QNetworkReply *reply);
// Where a redirect pointed, for a message: no user info, query or fragment (they may hold tokens),
// percent-encoded (no control characters), and not longer than a line.
QString describeRedirectTarget(const QUrl &url);
// Why a redirect was not followed: a write, too many hops, or another origin.
ApiError refusedRedirect(const QUrl &target, bool write, int redirectsSoFar);

} // namespace cc::replyerrors
