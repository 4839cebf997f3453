#pragma once

// Parsing of ccadmin's option values: pure functions, so they can be tested and fuzzed alone.

#include <core/domain/types.h>

#include <QString>

#include <optional>

namespace ccadmin {

struct OfferTypeMarginArg
{
    cc::OfferTypeMargin margin;
};

// "License=12.5" or "AzurePlan=7:Margin" (the rule defaults to `defaultRule`).
std::optional<cc::OfferTypeMargin> parseOfferTypeMargin(const QString &text, cc::MarginRule defaultRule, QString *error);
std::optional<double> parsePercent(const QString &text, QString *error); // "12.5", "12,5" refused, "-3"
std::optional<QDate> parseDate(const QString &text, QString *error);     // YYYY-MM-DD
std::optional<QUuid> parseUuid(const QString &text, QString *error);
std::optional<cc::SearchField> parseSearchField(const QString &text, QString *error);

} // namespace ccadmin
