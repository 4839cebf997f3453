#pragma once

// An unsigned JWT with the given payload, for peers that never check signatures (scripted and
// hostile servers): the client reads its claims (roles, expiry) and sends it as the bearer.

#include <QByteArray>
#include <QString>

inline QString fakeJwt(const QByteArray &payload)
{
    const auto b64 = [](const QByteArray &b) {
        return b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return QString::fromLatin1(b64(R"({"alg":"none"})") + '.' + b64(payload) + ".sig");
}

// A CSP token that expires in 2100.
inline QString fakeCspJwt()
{
    return fakeJwt(R"({"roles":["csp"],"exp":4102444800})");
}
