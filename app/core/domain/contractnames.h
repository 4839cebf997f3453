#pragma once

// Every name taken from the contract that the public docs did not show (`x-inferred` in
// docs/api/cloudcockpit.openapi.yaml, the project's copy of the contract), or that the app adds
// on top of it, lives here so that a correction against the live API is a one-line change.

#include <QLatin1StringView>

namespace cc::contract {

// GET /v1/Customers query parameters whose names the docs hid. GET /v1/Resellers describes the
// sort flag without its name too; the same one is assumed there.
inline constexpr QLatin1StringView AscendingOrderParam{"ascendingOrder"};
inline constexpr QLatin1StringView IncludeDeletedParam{"includeDeleted"};

// Customer properties beyond the documented ones (the sandbox sends them; the live API may not).
inline constexpr QLatin1StringView CustomerDomain{"domain"};
inline constexpr QLatin1StringView CustomerIsDeleted{"isDeleted"};
inline constexpr QLatin1StringView CustomerCreatedDate{"createdDate"};
inline constexpr QLatin1StringView ProviderCustomerOfferTypeMargins{"offerTypeMargins"};

// PriceMargin.value: only seen in a request example.
inline constexpr QLatin1StringView MarginValue{"value"};

// McaItem (GET /v1/Customers/mca and .../mca): when the agreement was accepted, and when a
// generated acceptance link stops working. The docs page was cut off before either.
inline constexpr QLatin1StringView McaAgreementDate{"agreementDate"};
inline constexpr QLatin1StringView McaLinkExpiresAt{"linkExpirationDate"};

// JWT claims for the role and the reseller the token acts for.
inline constexpr QLatin1StringView ClaimRoles{"roles"};
inline constexpr QLatin1StringView ClaimRole{"role"};
inline constexpr QLatin1StringView ClaimResellerId{"resellerId"};

// The provider of an instance is an opaque object; its "name" tells Microsoft instances apart.
inline constexpr QLatin1StringView ProviderName{"name"};

// OAuth: the Entra token endpoint of the contract and the CloudCockpit API scope.
inline constexpr QLatin1StringView DefaultApiUrl{"https://api.cloudcockpit.com"};
inline constexpr QLatin1StringView DefaultTokenUrl{
    "https://login.microsoftonline.com/4e806121-ff28-4286-ab4e-3be0a08f9ce0/oauth2/v2.0/token"};
inline constexpr QLatin1StringView ApiScope{"api://b92a36a4-feb8-4f47-a69c-29a180aa6d0a/.default"};

} // namespace cc::contract
