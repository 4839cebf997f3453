#pragma once

// A realistic customer page (kept out of the test file: moc does not parse multi-line raw strings).

#include <QByteArray>

namespace {
// NOLINTNEXTLINE
inline const QByteArray page =
    R"({"items":[{"id":"3f2b9c4e-8d1a-4c7e-9b0f-2a6d5e8c1b7a","companyName":"Contoso Lda","country":"PT",
"addressLine1":"Rua A","city":"Lisboa","state":"Lisboa","zip":"1000-001","firstName":"Ana","lastName":"Silva",
"email":"ana@contoso.pt","phone":"+351 21","internalIdentifier":null,"resellerId":null,"domain":"contoso","isDeleted":true,
"createdDate":"2024-01-02T03:04:05Z","providerCustomers":{"11111111-2222-4333-8444-555555555555":{
"providerInstanceId":"11111111-2222-4333-8444-555555555555","providerCustomerId":"pc-1","providerCustomerData":"{\"Domain\":\"contoso\"}",
"margin":{"value":12.5,"marginRule":{"name":"markup"}},"offerTypeMargins":{"License":{"value":3,"marginRule":{"name":"Margin"}},
"FutureType":{"value":1,"marginRule":{"name":"Markup"}}}}}}],"paginationParameters":{"pageNumber":2,"pageSize":1},
"totalPages":7,"totalCount":7,"hasPreviousPage":true,"hasNextPage":true,"continuationToken":null})";
inline const QByteArray envelope400 =
    R"({"statusCode":400,"type":"Validation","description":"Bad.","correlationId":"c-1","errors":[{"propertyName":"OfferTypeMargins[License].Value","description":["Too high.","Really."]},{"propertyName":"FirstName","description":"Required."}]})";
} // namespace
