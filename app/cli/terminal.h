#pragma once

// What ccadmin writes to a terminal. Text from outside — a server's descriptions, field names,
// correlation IDs, OAuth errors, customer data, links — is data: it must never move the cursor,
// recolour or retitle the terminal (ESC, CSI, OSC 8 links), rewrite the line (CR), start a line of
// its own that a script would parse as ours ("correlation-id: …", "FIELD: …"), or reorder what is
// shown (bidi overrides). Every such string passes through terminalSafe() before it is printed,
// on both streams and in every format that is not a lossless data format (json and csv carry the
// data as it is, escaped by their own rules).

#include <QString>
#include <QUrl>

#include <optional>

namespace ccadmin {

// C0 controls (newline included) become their visible "control pictures" (U+2400 + code, so a
// newline shows as U+240A), DEL becomes U+2421, C1 controls and bidi embedding, override and
// isolate characters become U+FFFD. Everything else is kept.
QString terminalSafe(const QString &text);

// A link a server gave, if it is an absolute https URL that can be printed as one line (its
// fully encoded form: no spaces, no controls); nullopt otherwise.
std::optional<QString> printableHttpsUrl(const QString &text);

// Asks for a secret on the terminal, without echo, and reads one line (at most 4 KiB). Empty when
// stdin is not a terminal: a script gets a usage error rather than a hang on a prompt it cannot see.
QString promptSecret(const QString &prompt);

} // namespace ccadmin

namespace ccadmin {

// Asks for a line on the terminal, with echo (a tenant, a client ID). Empty when stdin is not a
// terminal, as promptSecret().
QString promptLine(const QString &prompt);

} // namespace ccadmin
