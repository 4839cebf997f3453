#include "terminal.h"

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace ccadmin {

QString terminalSafe(const QString &text)
{
    QString s = text;
    for (QChar &c : s) {
        const char16_t u = c.unicode();
        if (u < 0x20)
            c = QChar(char16_t(0x2400 + u));
        else if (u == 0x7f)
            c = QChar(char16_t(0x2421));
        else if ((u >= 0x80 && u < 0xa0) || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) || u == 0x200e ||
                 u == 0x200f || u == 0x061c)
            c = QChar(QChar::ReplacementCharacter);
    }
    return s;
}

std::optional<QString> printableHttpsUrl(const QString &text)
{
    if (text.size() > 8192)
        return std::nullopt;
    for (QChar c : text)
        if (c.unicode() < 0x21 || c.unicode() == 0x7f || (c.unicode() >= 0x80 && c.unicode() < 0xa0))
            return std::nullopt;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"https" || url.host().isEmpty() || !url.userInfo().isEmpty())
        return std::nullopt;
    return QString::fromLatin1(url.toEncoded(QUrl::FullyEncoded));
}

QString promptSecret(const QString &prompt)
{
    if (!::isatty(STDIN_FILENO))
        return {};
    // Echo goes off before the prompt shows: a secret typed (or pasted) as soon as the prompt
    // appears must not be echoed in the moment between the two.
    termios old{};
    ::tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    std::fputs(qPrintable(prompt), stderr);
    std::fflush(stderr);
    char buffer[4096] = {};
    const bool ok = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    ::tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::fputs("\n", stderr);
    return ok ? QString::fromLocal8Bit(buffer).trimmed() : QString();
}

} // namespace ccadmin

namespace ccadmin {

QString promptLine(const QString &prompt)
{
    if (!::isatty(STDIN_FILENO))
        return {};
    std::fputs(qPrintable(prompt), stderr);
    std::fflush(stderr);
    char buffer[4096] = {};
    const bool ok = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    return ok ? QString::fromLocal8Bit(buffer).trimmed() : QString();
}

} // namespace ccadmin
