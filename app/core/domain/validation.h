#pragma once

// Client-side checks, per field, run before anything is sent. Keys are normalised property paths
// (normalizePropertyPath), the same keys the server's 400 field errors map to, so a form shows both
// at the same place. Messages are in the UI language.

#include "types.h"
#include <core/api/apierror.h>

namespace cc::validation {

inline constexpr int MaxNameLength = 255;
inline constexpr int MaxEmailLength = 255;
inline constexpr int MaxInternalIdentifierLength = 255;
inline constexpr int MaxPhoneLength = 30;
inline constexpr int MaxSearchLength = 255;
inline constexpr int MaxPageSize = 2000;

bool isUuid(QStringView text);  // 8-4-4-4-12 hex, braces not allowed
bool isEmail(QStringView text); // a pragmatic shape check: local@domain.tld
bool isPhone(QStringView text); // digits, spaces, + - ( )

FieldErrors validate(const CustomerQuery &query);
FieldErrors validate(const AddProviderInstanceRequest &request, bool microsoftInstance);
FieldErrors validate(const MicrosoftCustomerData &data, QStringView pathPrefix = u"providercustomerdata");
FieldErrors validate(const McaUpdate &update, const QDate &today);
FieldErrors validate(const InternalIdentifierUpdate &update);
FieldErrors validate(const ResellerQuery &query);
FieldErrors validate(const McaQuery &query);
// offeredTypes: what the instance sells, when known (empty: not checked here; the server does).
FieldErrors validate(const MarginsUpdate &update, const QList<OfferType> &offeredTypes = {});

// Single-field rules, shared by the forms for as-you-type feedback.
QString checkRequired(QStringView value);
QString checkPersonName(QStringView value, bool required);
QString checkEmail(QStringView value, bool required);
QString checkPhone(QStringView value, bool required);
QString checkLength(QStringView value, int max);
QString checkMarginPercent(double percent, MarginRule rule);

} // namespace cc::validation
